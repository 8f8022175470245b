// A funding claim that names no amount and only a period ("bitcoin, in the autumn") fits the
// ledger but is what anyone who read one statement e-mail could say: partial, never corroborated.

#include <doctest/doctest.h>

#include "correlate/correlate.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

namespace {

Event deposit(int y, int m, int d, double amount, const std::string& asset, int line) {
    Event e;
    e.type = EventType::Deposit;
    e.time = to_unix(y, m, d, 12);
    e.amount = amount;
    e.asset = asset;
    e.src = {1, line};
    return e;
}

std::string verdict(nlohmann::ordered_json value) {
    Analysis a;
    a.now = to_unix(2026, 11, 20);
    a.timeline = {deposit(2026, 3, 2, 0.05, "BTC", 2), deposit(2026, 10, 14, 0.12, "BTC", 3)};
    Claim c;
    c.topic = "last_deposit";
    c.value = std::move(value);
    a.claims = {c};
    check_claims(a);
    return a.claims[0].verdict;
}

}  // namespace

TEST_CASE("funding: no amount and only a month, season or year is partial; an amount or a day corroborates") {
    CHECK(verdict({{"asset", "BTC"}, {"date", "2026-10"}, {"precision", "month"}}) == "partial");
    CHECK(verdict({{"asset", "BTC"}, {"date", "2026"}, {"precision", "year"}}) == "partial");
    CHECK(verdict({{"asset", "BTC"}, {"date", "2026-09"}, {"precision", "month"}, {"date_to", "2026-11"}}) == "partial");  // "in the autumn"
    CHECK(verdict({{"asset", "BTC"}, {"amount", 0.12}, {"decimals", 2}, {"date", "2026-10"}, {"precision", "month"}}) == "corroborated");
    CHECK(verdict({{"asset", "BTC"}, {"date", "2026-10-14"}, {"precision", "day"}}) == "corroborated");
}

TEST_CASE("funding: a range of sums fits any sum inside it") {
    // "between 0.1 and 0.15 BTC in October": the 0.12 BTC deposit lies inside
    CHECK(verdict({{"asset", "BTC"}, {"amount", 0.1}, {"amount_to", 0.15}, {"decimals", 2}, {"date", "2026-10"}, {"precision", "month"}}) == "corroborated");
    // "between 0.2 and 0.3 BTC": no deposit of that size
    CHECK(verdict({{"asset", "BTC"}, {"amount", 0.2}, {"amount_to", 0.3}, {"decimals", 1}, {"date", "2026-10"}, {"precision", "month"}}) != "corroborated");
}

namespace {

Claim checked(const std::string& topic, nlohmann::ordered_json value, std::vector<Event> timeline) {
    Analysis a;
    a.now = to_unix(2026, 2, 22, 6);
    a.timeline = std::move(timeline);
    Claim c;
    c.topic = topic;
    c.value = std::move(value);
    a.claims = {c};
    check_claims(a);
    return a.claims[0];
}

}  // namespace

TEST_CASE("funding: a withdrawal held before it went out, with the sum claimed, cannot vouch for whoever made it") {
    std::vector<Event> t{deposit(2025, 12, 20, -0.03, "BTC", 2), deposit(2026, 2, 21, -0.05, "BTC", 3)};
    for (auto& e : t) e.type = EventType::Withdrawal;
    t[1].success = false;  // "On Hold"
    const nlohmann::ordered_json tried = {{"amount", 0.05}, {"decimals", 2}, {"asset", "BTC"}, {"date", "2026-02-21"}, {"precision", "day"}};
    const Claim held = checked("last_withdrawal", tried, t);
    CHECK(held.verdict == "unverifiable");
    CHECK(held.explanation.find("did not go through") != std::string::npos);
    // The last one that went out still corroborates ...
    const Claim done = checked("last_withdrawal", {{"amount", 0.03}, {"decimals", 2}, {"asset", "BTC"}, {"date", "2025-12-20"}, {"precision", "day"}}, t);
    CHECK(done.verdict == "corroborated");
    // ... and another sum is checked against the rows that went out, as before.
    CHECK(checked("last_withdrawal", {{"amount", 1.0}, {"decimals", 0}, {"asset", "BTC"}, {"date", "2026-02-21"}, {"precision", "day"}}, t).verdict ==
          "contradicted");
}

TEST_CASE("funding: a trade claimed by what it cost is checked against the row's counter sum") {
    Event trade = deposit(2026, 2, 16, 0.00643, "BTC", 3);
    trade.type = EventType::Trade;
    trade.side = "buy";
    trade.counter_amount = 49500;
    trade.counter_asset = "INR";
    const nlohmann::ordered_json cost = {{"asset", "BTC"}, {"quote_amount", 49000.0}, {"quote_amount_to", 50000.0}, {"amount_approx", true}, {"side", "buy"}};
    const Claim c = checked("last_trade", cost, {trade});
    CHECK(c.verdict == "corroborated");
    CHECK(c.explanation.find("for 49,500 INR") != std::string::npos);
    nlohmann::ordered_json dear = cost;
    dear["quote_amount"] = 90000.0;
    dear["quote_amount_to"] = 95000.0;
    CHECK(checked("last_trade", dear, {trade}).verdict != "corroborated");
}
