// Holidays as dates (claims/holidays.cpp, core/data/claims_holidays.json): the days each names in
// its most recent occurrence, the week before or after it, the year written beside it, a weekday
// within it, and the words that make a name something else ("em Natal" is the city).

#include <doctest/doctest.h>

#include "claims/holidays.hpp"
#include "claims/text.hpp"
#include "claims_test_support.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;

namespace {

// The days of the first holiday of the sentence, as "YYYY-MM-DD..YYYY-MM-DD", or "none".
std::string days_of(const std::string& sentence, int y, int m, int d) {
    const auto found = find_holidays(fold_str(sentence), CivilDate{y, m, d});
    if (found.empty()) return "none";
    auto iso = [](int64_t day) {
        const CivilDate c = civil_from_days(day);
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
        return std::string(buf);
    };
    return iso(found.front().first_day) + ".." + iso(found.front().last_day);
}

}  // namespace

TEST_CASE("holidays: Easter and the days counted from it") {
    CHECK(easter_day(2024) == days_from_civil(2024, 3, 31));
    CHECK(easter_day(2025) == days_from_civil(2025, 4, 20));
    CHECK(easter_day(2026) == days_from_civil(2026, 4, 5));
    CHECK(easter_day(2027) == days_from_civil(2027, 3, 28));
    CHECK(days_of("quarta-feira de cinzas", 2026, 2, 24) == "2026-02-18..2026-02-18");
    CHECK(days_of("no Carnaval", 2026, 3, 1) == "2026-02-14..2026-02-17");
    CHECK(days_of("Pfingsten", 2026, 6, 1) == "2026-05-24..2026-05-24");
}

TEST_CASE("holidays: the most recent occurrence, the week before or after, a year beside the name") {
    // "nach Ostern" on 21 April 2026: the week after 5 April
    CHECK(days_of("direkt nach Ostern", 2026, 4, 21) == "2026-04-06..2026-04-12");
    // "before Christmas" on 20 December, once that week has begun: this Christmas, not last year's
    CHECK(days_of("just before Christmas", 2026, 12, 20) == "2026-12-18..2026-12-24");
    CHECK(days_of("just before Christmas", 2026, 12, 10) == "2025-12-18..2025-12-24");
    // plain "Christmas" in early December: the last one that has happened
    CHECK(days_of("at Christmas", 2026, 12, 10) == "2025-12-25..2025-12-25");
    CHECK(days_of("Weihnachten 2024", 2026, 12, 10) == "2024-12-25..2024-12-25");
    CHECK(days_of("2025年春节", 2026, 12, 10) == "2025-01-29..2025-02-04");
    // lunar and Islamic calendars, words after the name
    CHECK(days_of("추석 지나고", 2026, 10, 20) == "2026-09-27..2026-10-03");
    CHECK(days_of("春节前", 2026, 3, 1) == "2026-02-10..2026-02-16");
    CHECK(days_of("bayramdan sonra", 2026, 4, 1) == "2026-03-23..2026-03-29");
    CHECK(days_of("ramazan bayramında", 2026, 4, 1) == "2026-03-20..2026-03-22");
    CHECK(days_of("dopo la Befana", 2026, 2, 1) == "2026-01-07..2026-01-13");
    CHECK(days_of("Thanksgiving", 2026, 12, 1) == "2026-11-26..2026-11-26");
}

TEST_CASE("holidays: a name that is something else, and no holiday at all") {
    CHECK(days_of("Moro em Natal desde 2019", 2026, 4, 1) == "none");
    CHECK(days_of("antes do Natal", 2026, 12, 20) == "2026-12-18..2026-12-24");
    CHECK(days_of("I deposited 500 EUR last week", 2026, 4, 1) == "none");
}

TEST_CASE("holidays: in a reply, a weekday beside a holiday is that weekday within it") {
    using claims_test::claims_of;
    const auto cs = claims_of("Letzte Einzahlung: direkt nach Ostern, am Dienstag abends, 500 Euro per Karte.", to_unix(2026, 4, 21, 9));
    const auto it = std::find_if(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "last_deposit"; });
    REQUIRE(it != cs.end());
    CHECK(it->value["date"] == "2026-04-07");
    CHECK_FALSE(it->value.contains("date_to"));
    // without the weekday, the week after Easter
    const auto week = claims_of("Letzte Einzahlung: direkt nach Ostern, 500 Euro per Karte.", to_unix(2026, 4, 21, 9));
    const auto w = std::find_if(week.begin(), week.end(), [](const Claim& c) { return c.topic == "last_deposit"; });
    REQUIRE(w != week.end());
    CHECK(w->value["date"] == "2026-04-06");
    CHECK(w->value["date_to"] == "2026-04-12");
}
