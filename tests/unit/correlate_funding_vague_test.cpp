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
