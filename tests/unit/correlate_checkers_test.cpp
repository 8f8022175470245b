// Each claim checker against hand-built events, at the edges of its tolerances
// (core/data/correlate_tolerances.json): inside, just outside (partial), far outside (contradicted),
// and with nothing to check against (unverifiable).

#include <doctest/doctest.h>

#include "claims/values.hpp"
#include "correlate/checkers.hpp"
#include "correlate/correlate.hpp"
#include "correlate/device_match.hpp"
#include "correlate/ua_family.hpp"
#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

using namespace ownercheck;

namespace {

Event deposit(int y, int m, int d, double amount, const std::string& asset, int line) {
    Event e;
    e.type = EventType::Deposit;
    e.time = to_unix(y, m, d, 12);
    e.amount = amount;
    e.asset = asset;
    e.fiat = asset == "EUR" || asset == "USD" || asset == "GBP";
    e.src = {1, line};
    return e;
}

Event login(int y, int m, int d, const std::string& city, const std::string& country, const std::string& ua, const std::string& method, int line) {
    Event e;
    e.type = EventType::LoginSuccess;
    e.time = to_unix(y, m, d, 9);
    e.city = city;
    e.country = country;
    e.user_agent = ua;
    e.method = method;
    e.src = {0, line};
    return e;
}

Claim claim(const std::string& topic, nlohmann::ordered_json value) {
    Claim c;
    c.topic = topic;
    c.value = std::move(value);
    return c;
}

std::string verdict_of(Analysis& a, Claim c) {
    a.claims = {std::move(c)};
    check_claims(a);
    return a.claims[0].verdict;
}

const char* kChromeWin = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const char* kIosApp = "Kraken/2.47.0 (com.kraken.invest.app; build:2470; iOS 18.1.0) Alamofire/5.9.1";
const char* kS23App = "Kraken/2.47.0 (Android 14; SM-S911B)";

Analysis funding_case() {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    a.timeline = {deposit(2025, 12, 1, 949.91, "EUR", 2), deposit(2026, 2, 2, 1590.74, "USDT", 3)};
    return a;
}

}  // namespace

TEST_CASE("last_deposit: a sum thought in euros, sent as a stablecoin, beside older euro deposits") {
    Analysis a = funding_case();  // 949.91 EUR in December, 1,590.74 USDT on 2 February
    // "about 1,450 euros, I sent USDT": the newest deposit, about that much at a typical rate
    Claim c = claim("last_deposit", {{"amount", 1450.0}, {"decimals", 0}, {"amount_approx", true}, {"asset", "EUR"}, {"fiat", true},
                                     {"date", "2026-01"}, {"precision", "month"}});
    CHECK(verdict_of(a, c) == "partial");
    CHECK(a.claims[0].explanation.find("the newest deposit is not in EUR") != std::string::npos);
    // twice as much is no such payment
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 3000.0}, {"decimals", 0}, {"amount_approx", true}, {"asset", "EUR"}, {"fiat", true},
                                               {"date", "2026-01"}, {"precision", "month"}})) == "contradicted");
}

TEST_CASE("last_deposit: amount tolerance scales with how the number was written") {
    Analysis a = funding_case();
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1590.0}, {"decimals", 2}, {"asset", "USDT"}, {"date", "2026-02-02"}, {"precision", "day"}})) == "corroborated");
    // 2.4% off a number written to the cent: not corroborated, but the right asset and date
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1553.89}, {"decimals", 2}, {"asset", "USDT"}, {"date", "2026-01-31"}, {"precision", "day"}})) == "partial");
    // "about 1600": round numbers are judged loosely
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1600.0}, {"decimals", 0}, {"asset", "USDT"}, {"date", "2026-02-03"}, {"precision", "day"}})) == "corroborated");
    // the wrong asset is contradicted whatever the amount
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1590.74}, {"decimals", 2}, {"asset", "BTC"}, {"date", "2026-02-02"}, {"precision", "day"}})) == "contradicted");
    // amount half the real one, months off
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 800.0}, {"decimals", 2}, {"asset", "USDT"}, {"date", "2025-06-01"}, {"precision", "day"}})) == "contradicted");
    // an older deposit that matches is not "the last": partial
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 949.91}, {"decimals", 2}, {"asset", "EUR"}, {"date", "2025-12-01"}, {"precision", "day"}})) == "partial");
}

TEST_CASE("last_deposit: one sum sent as several transfers the same day") {
    Analysis a;
    a.now = to_unix(2026, 3, 1);
    Event second = deposit(2026, 2, 19, 1000, "BRL", 5);
    second.time += 60;
    a.timeline = {deposit(2026, 2, 6, 1500, "BRL", 3), deposit(2026, 2, 19, 1000, "BRL", 4), second};
    // "R$ 2 mil, em dois PIX de mil": the two rows add up to the claim, both cited
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 2000.0}, {"decimals", 0}, {"asset", "BRL"}, {"date", "2026-02-18"}, {"precision", "day"}})) == "corroborated");
    CHECK(a.claims[0].evidence.size() == 2);
    CHECK(a.claims[0].explanation.find("adding up to 2,000 BRL") != std::string::npos);
    // a sum no run of rows makes stays as before
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 3500.0}, {"decimals", 0}, {"asset", "BRL"}, {"date", "2026-02-18"}, {"precision", "day"}})) == "contradicted");
    // rows days apart are two deposits, not one sum
    a.timeline = {deposit(2026, 2, 10, 1000, "BRL", 3), deposit(2026, 2, 19, 1000, "BRL", 4)};
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 2000.0}, {"decimals", 0}, {"asset", "BRL"}, {"date", "2026-02-18"}, {"precision", "day"}})) != "corroborated");
}

TEST_CASE("last_deposit: a purchase paid by card brought the money in") {
    Analysis a;
    a.now = to_unix(2026, 4, 21);
    a.timeline = {deposit(2026, 3, 9, 300, "EUR", 3)};
    Event card;
    card.type = EventType::Trade;
    card.raw_type = "Kartenkauf BTC (Visa \xE2\x80\xA2\xE2\x80\xA2" "4417)";
    card.time = to_unix(2026, 4, 7, 21);
    card.asset = "BTC";
    card.amount = 0.00688;
    card.src = {1, 9};
    a.timeline.push_back(card);
    CHECK(verdict_of(a, claim("last_deposit", {{"date", "2026-04-07"}, {"precision", "day"}, {"date_approx", true}})) == "corroborated");
    CHECK(a.claims[0].explanation.find("card purchase") != std::string::npos);
    // a trade paid from the balance is no deposit
    a.timeline.back().raw_type = "Kauf BTC (Guthaben)";
    CHECK(verdict_of(a, claim("last_deposit", {{"date", "2026-04-07"}, {"precision", "day"}, {"date_approx", true}})) != "corroborated");
}

TEST_CASE("last_deposit: date windows by precision, and nothing to check against") {
    Analysis a = funding_case();
    auto at = [&](const std::string& date, const std::string& precision) {
        return verdict_of(a, claim("last_deposit", {{"amount", 1590.74}, {"decimals", 2}, {"asset", "USDT"}, {"date", date}, {"precision", precision}}));
    };
    CHECK(at("2026-02-04", "day") == "corroborated");  // 2 days
    CHECK(at("2026-02-12", "day") == "partial");       // 10 days
    CHECK(at("2026-02", "month") == "corroborated");
    CHECK(at("2026-01", "month") == "partial");
    Analysis empty;
    empty.now = a.now;
    CHECK(verdict_of(empty, claim("last_deposit", {{"amount", 1.0}, {"asset", "BTC"}})) == "unverifiable");
    const auto& c = a.claims[0];
    CHECK(c.evidence.size() >= 1);
}

TEST_CASE("explanations carry the numbers and cite lines") {
    Analysis a = funding_case();
    a.claims = {claim("last_deposit", {{"amount", 1553.89}, {"decimals", 2}, {"asset", "USDT"}, {"date", "2026-01-31"}, {"precision", "day"}})};
    check_claims(a);
    CHECK(a.claims[0].explanation == "ledger shows a 1,590.74 USDT deposit on 2026-02-02 (amount 2.3% off, 2 days off)");
    REQUIRE(a.claims[0].evidence.size() == 1);
    CHECK(a.claims[0].evidence[0] == Ref{1, 3});
}

TEST_CASE("usual_location, devices, two_factor_method, last_login") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 25; ++i) a.timeline.push_back(login(2026, 2, 1 + i, "Hanoi", "VN", i % 2 ? kChromeWin : kIosApp, "password+totp", i + 1));
    a.timeline.push_back(login(2026, 3, 1, "Da Nang", "VN", kS23App, "password+sms", 11));
    CHECK(verdict_of(a, claim("usual_location", {{"city", "Hanoi"}, {"country", "VN"}})) == "corroborated");
    CHECK(verdict_of(a, claim("usual_location", {{"city_text", "Ханой"}})) == "corroborated");  // the gazetteer knows the Russian name
    CHECK(verdict_of(a, claim("usual_location", {{"city_text", "Hue"}, {"country", "VN"}})) == "partial");
    CHECK(verdict_of(a, claim("usual_location", {{"city", "Berlin"}, {"country", "DE"}})) == "contradicted");

    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"os", "Windows"}, {"browser", "Chrome"}}, {{"model", "iPhone"}, {"os", "iOS"}}}}})) == "corroborated");
    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"os", "Windows"}, {"browser", "Chrome"}}, {{"os", "Linux"}, {"browser", "Firefox"}}}}})) == "partial");
    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"os", "Mac OS X"}, {"browser", "Safari"}}}}})) == "contradicted");
    // seen once, on 1 of 26 logins: not the account's habit
    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"model", "Galaxy S23"}, {"os", "Android"}}}}})) == "contradicted");

    CHECK(verdict_of(a, claim("two_factor_method", {{"method", "totp"}})) == "corroborated");
    CHECK(verdict_of(a, claim("two_factor_method", {{"method", "security_key"}})) == "contradicted");
    CHECK(verdict_of(a, claim("two_factor_method", {{"method", "sms"}})) == "contradicted");

    // the newest login (2026-03-01) is the only one from the S23, first used in the days under
    // review: knowing its date does not vouch for the writer
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-03-02"}, {"precision", "day"}})) == "partial");
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-02-18"}, {"precision", "day"}})) == "partial");
    CHECK(verdict_of(a, claim("last_login", {{"date", "2025-06-08"}, {"precision", "day"}})) == "contradicted");
}

TEST_CASE("two_factor_method: a push prompt, and a phone number's '+' in the method field") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 10; ++i) a.timeline.push_back(login(2026, 2, 1 + i, "Liège", "BE", kChromeWin, "Duo Push iPhone 12 (+32 XXX XX 48 12)", i + 1));
    CHECK(verdict_of(a, claim("two_factor_method", {{"method", "push"}})) == "corroborated");
    CHECK(verdict_of(a, claim("two_factor_method", {{"method", "sms"}})) == "contradicted");
}

TEST_CASE("last_trade: named by its asset alone, against a funding history without trades") {
    Analysis a = funding_case();  // deposits only
    CHECK(verdict_of(a, claim("last_trade", {{"asset", "BTC"}, {"side", "buy"}})) == "unverifiable");
    CHECK(verdict_of(a, claim("last_trade", {{"asset", "BTC"}, {"amount", 0.01}})) == "contradicted");
}

TEST_CASE("last_deposit: against a paste of trades or withdrawals only, no deposit at all refutes nothing") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    Event trade = deposit(2026, 2, 20, 0.05, "BTC", 4);
    trade.type = EventType::Trade;
    a.timeline = {trade};
    Claim c = claim("last_deposit", {{"amount", 1000}, {"asset", "EUR"}, {"date", "2026-02"}, {"precision", "month"}});
    CHECK(verdict_of(a, c) == "unverifiable");
}

TEST_CASE("last_deposit: paid by card in a currency the ledger never holds, credited as a stablecoin") {
    Analysis a;
    a.now = to_unix(2026, 9, 2);
    a.timeline = {deposit(2026, 4, 12, 500, "USDT", 2), deposit(2026, 8, 29, 147.39, "USDT", 3)};
    // 400 GEL is about 148 USD: the 147.39 USDT that day
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 400}, {"asset", "GEL"}, {"fiat", true}, {"date", "2026-08-29"}, {"precision", "day"}})) == "partial");
    // 20,000 CNY is about 2,800 USD: not that deposit
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 20000}, {"asset", "CNY"}, {"fiat", true}, {"date", "2026-08-29"}, {"precision", "day"}})) ==
          "contradicted");
    // no sum named: nothing to convert
    CHECK(verdict_of(a, claim("last_deposit", {{"asset", "GEL"}, {"fiat", true}, {"date", "2026-08-29"}, {"precision", "day"}})) == "contradicted");
}

TEST_CASE("account_created: against created_at, else bounded by the first event") {
    Analysis a = funding_case();
    a.input.account.created_at = to_unix(2021, 8, 5);
    CHECK(verdict_of(a, claim("account_created", {{"date", "2021-08"}, {"precision", "month"}})) == "corroborated");
    CHECK(verdict_of(a, claim("account_created", {{"date", "2021-06"}, {"precision", "month"}})) == "partial");
    // a stated year months away from the creation is wrong, as a month 5 months off is
    CHECK(verdict_of(a, claim("account_created", {{"date", "2022"}, {"precision", "year"}})) == "contradicted");
    CHECK(verdict_of(a, claim("account_created", {{"date", "2021"}, {"precision", "year"}})) == "corroborated");
    CHECK(verdict_of(a, claim("account_created", {{"date", "2023-10"}, {"precision", "month"}})) == "contradicted");
    a.input.account.created_at = to_unix(2022, 1, 20);  // a new-year slip stays partial
    CHECK(verdict_of(a, claim("account_created", {{"date", "2021"}, {"precision", "year"}})) == "partial");
    a.input.account.created_at.reset();
    CHECK(verdict_of(a, claim("account_created", {{"date", "2026-01"}, {"precision", "month"}})) == "contradicted");  // after activity
    CHECK(verdict_of(a, claim("account_created", {{"date", "2019-01"}, {"precision", "month"}})) == "unverifiable");
}

TEST_CASE("identity claims are checked against the profile") {
    Analysis a;
    a.input.account.email = "Jane@Example.com";
    a.input.account.name = "Jane Q. Doe";
    a.input.account.residence_country = "DE";
    CHECK(verdict_of(a, claim("contact_email", {{"email", "jane@example.com"}})) == "corroborated");
    CHECK(verdict_of(a, claim("full_name", {{"name", "Jane Doe"}})) == "corroborated");
    // another script cannot be compared without a transliteration: neither match nor mismatch
    CHECK(verdict_of(a, claim("full_name", {{"name", "Джейн Доу"}})) == "unverifiable");
    CHECK(verdict_of(a, claim("full_name", {{"name", "John Smith"}})) == "contradicted");
    CHECK(verdict_of(a, claim("residence_country", {{"country", "FR"}})) == "contradicted");
    CHECK(verdict_of(a, claim("phone", {{"phone", "+4915112345678"}})) == "unverifiable");
}

TEST_CASE("residence_country: a move the logs show is partial, not a wrong fact") {
    Analysis a;
    a.now = to_unix(2026, 9, 10);
    a.input.account.residence_country = "DE";
    for (int m = 3; m <= 6; ++m) a.timeline.push_back(login(2026, m, 10, "Munich", "DE", kChromeWin, "sms", m));
    for (int d = 1; d <= 25; d += 4) a.timeline.push_back(login(2026, 8, d, "Lisboa", "PT", kChromeWin, "sms", 20 + d));
    CHECK(verdict_of(a, claim("residence_country", {{"country", "PT"}})) == "partial");
    CHECK(a.claims[0].explanation.find("a move the profile has not caught up with") != std::string::npos);
    // A country the sign-ins do not show stays contradicted.
    CHECK(verdict_of(a, claim("residence_country", {{"country", "FR"}})) == "contradicted");
    // So does one with no history in the profile's country before it (no move, just elsewhere).
    Analysis never;
    never.now = a.now;
    never.input.account.residence_country = "DE";
    for (int d = 1; d <= 25; d += 4) never.timeline.push_back(login(2026, 8, d, "Lisboa", "PT", kChromeWin, "sms", d));
    CHECK(verdict_of(never, claim("residence_country", {{"country", "PT"}})) == "contradicted");
}

TEST_CASE("user agents read minimally") {
    using correlate::parse_ua;
    CHECK(parse_ua(kIosApp).os == "iOS");
    CHECK(parse_ua(kIosApp).app);
    CHECK(parse_ua(kS23App).model == "Galaxy S23");
    CHECK(parse_ua("Kraken/2.46.1 (Android 15; Pixel 8) okhttp/4.12.0").model == "Pixel 8");
    CHECK(parse_ua(kChromeWin).browser == "Chrome");
    CHECK(parse_ua("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15").browser == "Safari");
    CHECK(parse_ua("python-requests/2.32.3").automation);
}

TEST_CASE("last_deposit: a near miss of an older deposit is not the last one") {
    Analysis a = funding_case();
    a.timeline.push_back(deposit(2026, 3, 1, 350, "EUR", 4));
    // "my last deposit was 1,200 EUR": 26% off the December one, and a newer deposit followed
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1200.0}, {"decimals", 0}, {"asset", "EUR"}})) == "contradicted");
    // the same near miss of the newest deposit stays partial
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 450.0}, {"decimals", 0}, {"asset", "EUR"}})) == "partial");
}

TEST_CASE("devices: the days under review cannot vouch for the writer") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 20; ++i) a.timeline.push_back(login(2026, 1, 1 + i, "Hanoi", "VN", kIosApp, "", i + 1));
    // the writer's own sign-ins, three of them, in the last days
    for (int i = 0; i < 3; ++i) a.timeline.push_back(login(2026, 3, 10 + i, "Hanoi", "VN", kChromeWin, "", 30 + i));
    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"os", "Windows"}, {"browser", "Chrome"}}}}})) == "unverifiable");
    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"os", "Windows"}, {"browser", "Chrome"}}, {{"model", "iPhone"}, {"os", "iOS"}}}}})) == "corroborated");
    // "the app" names nothing to check
    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"text", "app"}, {"app", true}}}}})) == "unverifiable");
}

TEST_CASE("usual_location: logs without cities say so") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 10; ++i) a.timeline.push_back(login(2026, 2, 1 + i, "", "SG", kIosApp, "", i + 1));
    a.claims = {claim("usual_location", {{"city", "Singapore"}, {"country", "SG"}})};
    check_claims(a);
    CHECK(a.claims[0].verdict == "partial");
    CHECK(a.claims[0].explanation == "10 of 10 successful logins are from SG (100%); the logs record no city to check the claimed one against");
}

TEST_CASE("last_login: the newest login vouches only from a device the history knows") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 20; ++i) a.timeline.push_back(login(2026, 1, 1 + i, "Hanoi", "VN", i % 2 ? kChromeWin : kIosApp, "totp", i + 1));
    // the owner's own laptop, in the days under review: corroborated
    a.timeline.push_back(login(2026, 3, 12, "Hanoi", "VN", kChromeWin, "totp", 30));
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-03-12"}, {"precision", "day"}})) == "corroborated");
    // then a phone the account never used gets in: whoever did knows the date, so it is partial
    a.timeline.push_back(login(2026, 3, 13, "Hanoi", "VN", kS23App, "totp", 31));
    a.claims = {claim("last_login", {{"date", "2026-03-13"}, {"precision", "day"}})};
    check_claims(a);
    CHECK(a.claims[0].verdict == "partial");
    CHECK(a.claims[0].explanation.find("first used in the period under review") != std::string::npos);
    // a short history cannot set the recent days apart: corroborated as before
    Analysis thin;
    thin.now = a.now;
    thin.timeline.push_back(login(2026, 3, 1, "Hanoi", "VN", kChromeWin, "totp", 1));
    thin.timeline.push_back(login(2026, 3, 13, "Hanoi", "VN", kS23App, "totp", 2));
    CHECK(verdict_of(thin, claim("last_login", {{"date", "2026-03-13"}, {"precision", "day"}})) == "corroborated");
}

TEST_CASE("last_login: the newest login vouches only from a network the history knows") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 20; ++i) {
        a.timeline.push_back(login(2026, 1, 1 + i, "Madrid", "ES", kChromeWin, "totp", i + 1));
        a.timeline.back().asn = "3352";  // Movistar
    }
    a.timeline.push_back(login(2026, 3, 12, "Madrid", "ES", kChromeWin, "totp", 30));
    a.timeline.back().asn = "3352";
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-03-12"}, {"precision", "day"}})) == "corroborated");
    // the same browser from a provider the account never used ("ontem à noite, daqui de São Paulo")
    a.timeline.push_back(login(2026, 3, 13, "Sao Paulo", "BR", kChromeWin, "totp", 31));
    a.timeline.back().asn = "28573";  // Claro
    a.claims = {claim("last_login", {{"date", "2026-03-13"}, {"precision", "day"}})};
    check_claims(a);
    CHECK(a.claims[0].verdict == "partial");
    CHECK(a.claims[0].explanation.find("from a network first used in the period under review") != std::string::npos);
}

TEST_CASE("funding claims: a mention with nothing specific is no proof") {
    Analysis a = funding_case();
    Event w;
    w.type = EventType::Withdrawal;
    w.time = to_unix(2026, 3, 13, 8);
    w.src = {0, 9};  // "withdrawal requested" in a security log: no amount, no asset
    a.timeline.push_back(w);
    // "my withdrawal is blocked": no amount, date or asset
    CHECK(verdict_of(a, claim("last_withdrawal", nlohmann::ordered_json::object())) == "unverifiable");
    // "my last deposit was in USDT": the asset fits, but it is a guess anyone can make
    CHECK(verdict_of(a, claim("last_deposit", {{"asset", "USDT"}})) == "partial");
    CHECK(verdict_of(a, claim("last_deposit", {{"asset", "BTC"}})) == "contradicted");
    // with an amount and a date it is checked as before
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1590.74}, {"decimals", 2}, {"asset", "USDT"}, {"date", "2026-02-02"}, {"precision", "day"}})) ==
          "corroborated");
}

TEST_CASE("last_login: the session of a password reset under review vouches for nobody") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 20; ++i) a.timeline.push_back(login(2026, 1, 1 + i, "Hanoi", "VN", kChromeWin, "totp", i + 1));
    Event reset;
    reset.type = EventType::PasswordResetCompleted;
    reset.time = to_unix(2026, 3, 13, 8);
    reset.src = {0, 40};
    a.timeline.push_back(reset);
    // the familiar laptop's user agent, an hour after the reset: whoever reset the password
    a.timeline.push_back(login(2026, 3, 13, "Hanoi", "VN", kChromeWin, "totp", 41));
    a.claims = {claim("last_login", {{"date", "2026-03-13"}, {"precision", "day"}})};
    check_claims(a);
    CHECK(a.claims[0].verdict == "partial");
    CHECK(a.claims[0].explanation.find("password_reset") != std::string::npos);
    // a reset long before the newest login does not taint it
    a.timeline[20].time = to_unix(2026, 3, 10, 8);
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-03-13"}, {"precision", "day"}})) == "corroborated");
}

TEST_CASE("funding claims: a held or refused request, or a request line without an amount, is no ledger row") {
    Analysis a = funding_case();
    Event held = deposit(2026, 3, 10, 2000, "USDT", 7);
    held.success = false;  // "Deposit HELD" / "Levantamento bloqueado"
    a.timeline.push_back(held);
    Event request;
    request.type = EventType::Deposit;
    request.time = to_unix(2026, 3, 12, 8);
    request.src = {0, 8};
    a.timeline.push_back(request);
    // the newest deposit that moved money is still the 1,590.74 USDT one
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1590.74}, {"decimals", 2}, {"asset", "USDT"}, {"date", "2026-02-02"}, {"precision", "day"}})) ==
          "corroborated");
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 2000}, {"decimals", 0}, {"asset", "USDT"}, {"date", "2026-03-10"}, {"precision", "day"}})) !=
          "corroborated");
}

TEST_CASE("user agents: a model after a comma, and the mobile builds of a browser") {
    using correlate::parse_ua;
    CHECK(parse_ua("Kraken App 2.46 (Android 15, Pixel 8)").model == "Pixel 8");
    CHECK(parse_ua("Kraken App 2.46 (Android 15, SM-S921B)").model == "Galaxy S24");
    // a comma after the parenthesis closes is not a field: "(KHTML, like Gecko)" names no phone
    CHECK(parse_ua("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36").model.empty());
    Event e;
    e.user_agent = "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36";
    e.ua.browser = "Chrome Mobile";
    e.ua.os = "Android";
    CHECK(correlate::ua_family(e).browser == "Chrome");
    e.ua.browser = "Mobile Safari";
    CHECK(correlate::ua_family(e).browser == "Safari");
    e.ua.browser = "Firefox iOS";
    CHECK(correlate::ua_family(e).browser == "Firefox");
    // an app's embedded page is not the browser
    e.ua.browser = "Chrome Mobile WebView";
    CHECK(correlate::ua_family(e).browser == "Chrome Mobile WebView");
}

TEST_CASE("devices: a new phone tried only from the account's own addresses neither confirms nor refutes") {
    const char* kIphoneSafari = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    auto failure = [&](int d, const std::string& ip, int line) {
        Event e = login(2026, 3, d, "Lyon", "FR", kIphoneSafari, "", line);
        e.type = EventType::LoginFailure;
        e.success = false;
        e.failure_reason = "invalid_otp";
        e.ip = ip;
        return e;
    };
    auto base = [] {
        Analysis a;
        a.now = to_unix(2026, 3, 14);
        for (int i = 0; i < 20; ++i) {
            Event e = login(2026, 1, 1 + i, "Lyon", "FR", i % 2 ? kChromeWin : kS23App, "", i + 1);
            e.ip = i % 3 ? "90.45.112.8" : "90.45.97.210";
            a.timeline.push_back(e);
        }
        return a;
    };
    const nlohmann::ordered_json value = {{"devices", {{{"model", "Galaxy S23"}, {"os", "Android"}}, {{"os", "Windows"}, {"browser", "Chrome"}}, {{"text", "iPhone 16"}, {"model", "iPhone"}, {"os", "iOS"}}}}};
    {
        Analysis a = base();
        a.timeline.push_back(failure(12, "90.45.112.8", 40));
        a.timeline.push_back(failure(13, "90.45.97.210", 41));
        a.claims = {claim("devices", value)};
        check_claims(a);
        CHECK(a.claims[0].verdict == "corroborated");
        CHECK(a.claims[0].explanation.find("tried in 2 failed sign-ins") != std::string::npos);
    }
    {
        // the same ISP and city, but an address the account never used: still never seen
        Analysis a = base();
        a.timeline.push_back(failure(12, "90.45.112.8", 40));
        a.timeline.push_back(failure(13, "90.45.201.77", 41));
        CHECK(verdict_of(a, claim("devices", value)) == "partial");
    }
    {
        // the new phone also changed a setting: it is not a phone that only knocked
        Analysis a = base();
        a.timeline.push_back(failure(12, "90.45.112.8", 40));
        Event change = failure(13, "90.45.112.8", 41);
        change.type = EventType::PasswordChanged;
        change.success = true;
        a.timeline.push_back(change);
        CHECK(verdict_of(a, claim("devices", value)) == "partial");
    }
    {
        // tried before the period under review and never got in: not a new phone
        Analysis a = base();
        a.timeline.push_back(failure(12, "90.45.112.8", 40));
        Event old = failure(1, "90.45.112.8", 41);
        old.time = to_unix(2026, 1, 25, 9);
        a.timeline.push_back(old);
        CHECK(verdict_of(a, claim("devices", value)) == "partial");
    }
    {
        // no device the account knows, only the new one: nothing vouches
        Analysis a = base();
        a.timeline.push_back(failure(12, "90.45.112.8", 40));
        CHECK(verdict_of(a, claim("devices", {{"devices", {{{"text", "iPhone 16"}, {"model", "iPhone"}, {"os", "iOS"}}}}})) == "unverifiable");
    }
}

TEST_CASE("devices: a user agent that hides the phone's model cannot refute the model claimed") {
    // Chrome on Android sends "Android 10; K" for every phone; the UA tables read "K" as a device.
    Event e;
    e.user_agent = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Mobile Safari/537.36";
    e.ua.os = "Android";
    e.ua.browser = "Chrome Mobile";
    e.ua.device = "K";
    const correlate::UaFamily u = correlate::ua_family(e);
    CHECK(u.model.empty());
    const auto pixel = nlohmann::ordered_json::parse(R"j({"text": "Pixel 8 (Chrome)", "model": "Pixel 8", "os": "Android", "browser": "Chrome"})j");
    CHECK(correlate::device_matches(pixel, u));
    const auto iphone = nlohmann::ordered_json::parse(R"({"text": "iPhone 15", "model": "iPhone", "os": "iOS"})");
    CHECK_FALSE(correlate::device_matches(iphone, u));
    // A model the string does name still has to be the one claimed.
    Event named;
    named.user_agent = "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    CHECK_FALSE(correlate::device_matches(pixel, correlate::ua_family(named)));
}

TEST_CASE("devices: model codes in user agents are the names clients use (core/data/correlate_device_models.json)") {
    using correlate::parse_ua;
    auto chrome = [](const std::string& code) {
        return "Mozilla/5.0 (Linux; Android 14; " + code + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    };
    CHECK(parse_ua(chrome("SM-A546E")).model == "Galaxy A54");
    CHECK(parse_ua(chrome("SM-A546U1")).model == "Galaxy A54");
    CHECK(parse_ua(chrome("SM-A556E")).model == "Galaxy A55");
    CHECK(parse_ua(chrome("CPH2449")).model == "OnePlus 11");
    CHECK(parse_ua(chrome("2201116SG")).model == "Xiaomi Redmi Note 11 Pro 5G");
    CHECK(parse_ua(chrome("VOG-L29")).model == "Huawei P30 Pro");
    CHECK(parse_ua(chrome("Pixel 7a")).model == "Pixel 7a");  // Pixels say their name
    CHECK(parse_ua("Exchange/3.22.1 (Android 14; SM-A546E) okhttp/4.12.0").model == "Galaxy A54");
    // an app built on okhttp, as the enrich stage reads it, is the phone's app, not a script
    Event app;
    app.user_agent = "Exchange/3.22.1 (Android 14; SM-A546E) okhttp/4.12.0";
    CHECK(correlate::ua_family(app).automation);  // unread by enrich: "okhttp" is all it says
    app.ua.kind = "app";
    app.ua.browser = "Exchange app";
    app.ua.os = "Android";
    CHECK_FALSE(correlate::ua_family(app).automation);
    CHECK(correlate::ua_family(app).app);
    CHECK(correlate::ua_family(app).model == "Galaxy A54");

    // The claim as the client wrote it, read by the claims stage, against ten logins from the phone.
    auto verdict = [&](const std::string& said, const std::string& ua) {
        const auto found = claims::find_devices(claims::fold(said), said);
        REQUIRE(found.size() == 1);
        nlohmann::ordered_json d = {{"text", found[0].text}, {"os", found[0].os}};
        if (!found[0].model.empty()) d["model"] = found[0].model;
        Analysis a;
        a.now = to_unix(2026, 3, 14);
        for (int i = 0; i < 10; ++i) a.timeline.push_back(login(2026, 1, 1 + i, "Lyon", "FR", ua, "", i + 1));
        return verdict_of(a, claim("devices", {{"devices", {d}}}));
    };
    CHECK(verdict("Samsung A54", chrome("SM-A546E")) == "corroborated");
    CHECK(verdict("Galaxy A54", chrome("SM-A546B")) == "corroborated");
    CHECK(verdict("Galaxy A54", chrome("SM-A556E")) == "contradicted");  // an A55 is not an A54
    CHECK(verdict("OnePlus 11", "Mozilla/5.0 (Linux; Android 14; CPH2449) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36") ==
          "corroborated");
    CHECK(verdict("Galaxy S24+", chrome("SM-S926B")) == "corroborated");
    CHECK(verdict("Galaxy S24 Plus", chrome("SM-S926B")) == "corroborated");
    CHECK(verdict("Galaxy S24 Ultra", chrome("SM-S921B")) == "contradicted");
    CHECK(verdict("Galaxy Note 20 Ultra", chrome("SM-N986B")) == "corroborated");
    CHECK(verdict("Galaxy Z Fold 5", chrome("SM-F946B")) == "corroborated");
    CHECK(verdict("Samsung Flip 5", chrome("SM-F731B")) == "corroborated");
    CHECK(verdict("Redmi Note 10 Pro", chrome("M2101K6G")) == "corroborated");
    CHECK(verdict("Xiaomi Redmi Note 8", chrome("Redmi Note 8 Pro")) == "corroborated");
    CHECK(verdict("Huawei P30 Pro", chrome("VOG-L29")) == "corroborated");
    CHECK(verdict("Pixel 7", chrome("Pixel 7a")) == "contradicted");
}

TEST_CASE("data: no device model code begins another (the table is read in key order, the shorter would win)") {
    const auto& models = data_table("correlate_device_models.json")["models"];
    std::vector<std::string> keys;
    for (const auto& [k, v] : models.items()) {
        CHECK(v.is_string());
        keys.push_back(k);
    }
    CHECK(keys.size() > 200);
    for (const auto& a : keys)
        for (const auto& b : keys)
            if (a != b && b.rfind(a, 0) == 0) FAIL_CHECK(a << " begins " << b);
}

TEST_CASE("devices: a maker the logs rarely name is not another maker's model") {
    Analysis a;
    a.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 20; ++i) a.timeline.push_back(login(2026, 1, 1 + i, "Hanoi", "VN", kS23App, "password+totp", i + 1));
    // "meu celular Motorola": the account's phone is a Galaxy S23
    CHECK(verdict_of(a, claim("devices", {{"devices", {{{"os", "Android"}, {"family", "Motorola"}}}}})) == "contradicted");
    // a phone whose model the user agent leaves out could be the Motorola
    Analysis b;
    b.now = to_unix(2026, 3, 14);
    for (int i = 0; i < 20; ++i)
        b.timeline.push_back(login(2026, 1, 1 + i, "Hanoi", "VN", "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 Chrome/127.0 Mobile Safari/537.36", "password+totp", i + 1));
    CHECK(verdict_of(b, claim("devices", {{"devices", {{{"os", "Android"}, {"family", "Motorola"}}}}})) == "corroborated");
}

TEST_CASE("last_login: a named day three weeks from the newest sign-in is wrong, not a slip") {
    Analysis a;
    a.now = to_unix(2026, 5, 21);
    for (int i = 0; i < 20; ++i) a.timeline.push_back(login(2026, 4, 1 + i, "Manchester", "GB", kChromeWin, "password+totp", i + 1));
    // newest 2026-04-20; "last Tuesday" = 2026-05-19
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-05-19"}, {"precision", "day"}, {"date_approx", true}})) == "contradicted");
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-04-25"}, {"precision", "day"}})) == "partial");
}

TEST_CASE("last_deposit: the newest one with amount and date both a little off is an owner's memory") {
    Analysis a = funding_case();
    // "end of January, about 1,300 USDT" for 1,590.74 USDT on 2 February: neither right on
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 1300.0}, {"decimals", 0}, {"asset", "USDT"}, {"date", "2026-01"}, {"precision", "month"}})) == "partial");
    // the older deposit, both a little off, is no memory of "the last one"
    CHECK(verdict_of(a, claim("last_deposit", {{"amount", 800.0}, {"decimals", 0}, {"asset", "EUR"}, {"date", "2025-11"}, {"precision", "month"}})) == "contradicted");
}

TEST_CASE("last_login: remembered to the day; sign-ins after the claimed last one are someone's") {
    Analysis a;
    a.now = to_unix(2026, 5, 21);
    for (int i = 0; i < 20; ++i) a.timeline.push_back(login(2026, 4, 1 + i, "Manchester", "GB", kChromeWin, "password+totp", i + 1));
    // newest 2026-04-20. "Yesterday" (said on 24 April): a relative phrase, but four days off
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-04-24"}, {"precision", "day"}, {"date_approx", true}})) == "partial");
    // "Thursday 16 April": four more days of sign-ins followed it
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-04-16"}, {"precision", "day"}})) == "partial");
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-04-20"}, {"precision", "day"}})) == "corroborated");
    CHECK(verdict_of(a, claim("last_login", {{"date", "2026-04-21"}, {"precision", "day"}, {"date_approx", true}})) == "corroborated");
}

TEST_CASE("devices: an iPad signs in as Safari on a Mac (iPadOS asks for desktop sites)") {
    Event e;
    e.user_agent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15";
    e.ua.os = "Mac OS X";
    e.ua.browser = "Safari";
    const correlate::UaFamily u = correlate::ua_family(e);
    const auto ipad = nlohmann::ordered_json::parse(R"({"text": "iPad", "model": "iPad", "os": "iOS"})");
    CHECK(correlate::device_matches(ipad, u));
    // Chrome on a Mac is a Mac: an iPad's Chrome says "CriOS" and iOS
    Event chrome;
    chrome.user_agent = kChromeWin;
    chrome.ua.os = "Mac OS X";
    chrome.ua.browser = "Chrome";
    CHECK_FALSE(correlate::device_matches(ipad, correlate::ua_family(chrome)));
    const auto iphone = nlohmann::ordered_json::parse(R"({"text": "iPhone", "model": "iPhone", "os": "iOS"})");
    CHECK_FALSE(correlate::device_matches(iphone, u));
}

TEST_CASE("funding claims: 'I never withdrew' against the ledger, and '$' for the ledger's own dollar") {
    Analysis a = funding_case();  // two deposits, no withdrawal
    CHECK(verdict_of(a, claim("last_withdrawal", {{"none", true}})) == "corroborated");
    CHECK(verdict_of(a, claim("last_deposit", {{"none", true}})) == "contradicted");
    Analysis empty;
    empty.now = a.now;
    CHECK(verdict_of(empty, claim("last_withdrawal", {{"none", true}})) == "unverifiable");
    // "never withdrew any crypto": a withdrawal to the bank is no crypto one
    Event bank = deposit(2026, 1, 10, -500.0, "EUR", 5);
    bank.type = EventType::Withdrawal;
    a.timeline.insert(a.timeline.begin(), bank);
    CHECK(verdict_of(a, claim("last_withdrawal", {{"none", true}, {"crypto", true}})) == "corroborated");
    CHECK(verdict_of(a, claim("last_withdrawal", {{"none", true}})) == "contradicted");
    // "c'est quelqu'un d'autre qui a vidé mon compte": a withdrawal in the days under review is the ticket's own
    Analysis emptied = funding_case();
    Event gone = deposit(2026, 3, 10, -0.5, "BTC", 6);
    gone.type = EventType::Withdrawal;
    emptied.timeline.push_back(gone);
    CHECK(verdict_of(emptied, claim("last_withdrawal", {{"none", true}})) == "unverifiable");

    Analysis aud;
    aud.now = to_unix(2026, 4, 21);
    aud.timeline = {deposit(2026, 4, 2, 1500.0, "AUD", 4)};
    aud.timeline[0].fiat = true;
    auto dollars = nlohmann::ordered_json{{"amount", 1500.0}, {"asset", "USD"}, {"fiat", true}, {"currency_sign", "$"}, {"date", "2026-04-02"}, {"precision", "day"}};
    CHECK(verdict_of(aud, claim("last_deposit", dollars)) == "corroborated");
    dollars.erase("currency_sign");  // "1,500 USD" said so is not the Australian dollar
    CHECK(verdict_of(aud, claim("last_deposit", dollars)) == "contradicted");
}

TEST_CASE("withdrawal_address: money that went there vouches; an address only added, or refused, is partial") {
    Analysis a;
    a.now = to_unix(2026, 10, 20);
    Event added;
    added.type = EventType::WithdrawalAddressAdded;
    added.time = to_unix(2026, 9, 16, 20);
    added.address = "TNr8Ukw32EReUWHBHoXgP65eYefGkKq2Vw";
    added.src = {0, 3};
    Event refused = added;
    refused.type = EventType::Withdrawal;
    refused.success = false;
    refused.src = {0, 4};
    a.timeline = {added, refused};
    const auto claimed = nlohmann::ordered_json{{"address", "TNr8…q2Vw"}};
    CHECK(verdict_of(a, claim("withdrawal_address", claimed)) == "partial");
    Event sent = refused;
    sent.success = true;
    sent.time = to_unix(2026, 9, 20, 20);
    a.timeline.push_back(sent);
    CHECK(verdict_of(a, claim("withdrawal_address", claimed)) == "corroborated");
}

TEST_CASE("last_withdrawal: a security log's line for a ledger's withdrawal is that money again, not a second row") {
    // The ledger signs it -12,500; the security log's result says "12.500,00 TRY" (read unsigned).
    // Summed as a run, the two made 0 TRY, an amount with no difference to compare (and the
    // verdict then read an empty optional: native and wasm disagreed).
    Analysis a;
    a.now = to_unix(2026, 6, 12);
    Event log_line = deposit(2026, 5, 14, 12500.0, "TRY", 25);
    log_line.type = EventType::Withdrawal;
    log_line.fiat = true;
    log_line.src = {1, 25};
    Event ledger = deposit(2026, 5, 14, -12500.0, "TRY", 6);
    ledger.type = EventType::Withdrawal;
    ledger.fiat = true;
    ledger.src = {2, 6};
    a.timeline = {log_line, ledger};
    const auto claimed = nlohmann::ordered_json{{"amount", 15000.0}, {"asset", "TRY"}, {"fiat", true}, {"date", "2026-05"}, {"precision", "month"}};
    a.claims = {claim("last_withdrawal", claimed)};
    check_claims(a);
    CHECK(a.claims[0].verdict == "partial");
    CHECK(a.claims[0].explanation.find("adding up") == std::string::npos);
}
