#include <doctest/doctest.h>

#include "ingest/timestamp.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;
using namespace ownercheck::ingest;

namespace {

// The instant as ISO text, or "none": failures show what was read.
std::string iso(std::string_view s, const TimeHints& h = {}) {
    auto t = parse_timestamp(s, h);
    if (!t) return "none";
    std::string out = format_iso_datetime(t->sec);
    if (t->ms) out += " +" + std::to_string(t->ms) + "ms";
    return out;
}

}  // namespace

TEST_CASE("ISO 8601 with zones, offsets and fractions") {
    CHECK(iso("2026-11-18T09:12:44Z") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18T09:12:44.123Z") == "2026-11-18T09:12:44Z +123ms");
    CHECK(iso("2026-11-18T09:12:44.123456789Z") == "2026-11-18T09:12:44Z +123ms");
    CHECK(iso("2026-11-18T11:12:44+02:00") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18T04:12:44-0500") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18T14:42:44+05:30") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18 09:12:44") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18 09:12") == "2026-11-18T09:12:00Z");
    CHECK(iso("2026-11-18 09:12:44 UTC") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18 10:12:44 CET") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18 11:12:44 UTC+2") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18 09:12:44 UTC0") == "2026-11-18T09:12:44Z");  // LBank: zero without its sign
    CHECK(iso("2026-11-18 09:12:44 UTC05") == "none");                 // a signless non-zero offset says nothing sure
    CHECK(iso("2026/11/18 09:12:44") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026-11-18") == "2026-11-18T00:00:00Z");
    CHECK(iso("\"2026-11-18T09:12:44Z\"") == "2026-11-18T09:12:44Z");
    CHECK(iso("20261118T091244Z") == "none");  // basic format with time is not supported: must not misread
}

TEST_CASE("Kraken ledger times with four-digit fractions") {
    CHECK(iso("2025-07-11 18:45:43.5171") == "2025-07-11T18:45:43Z +517ms");
    CHECK(iso("2025-07-11 18:45:43.1") == "2025-07-11T18:45:43Z +100ms");
}

TEST_CASE("epoch seconds, milliseconds, microseconds, nanoseconds") {
    CHECK(iso("1794993164") == "2026-11-18T09:12:44Z");
    CHECK(iso("1794993164123") == "2026-11-18T09:12:44Z +123ms");
    CHECK(iso("1794993164123456") == "2026-11-18T09:12:44Z +123ms");
    CHECK(iso("1794993164123456789") == "2026-11-18T09:12:44Z +123ms");
    CHECK(iso("1794993164.5") == "2026-11-18T09:12:44Z +500ms");
    CHECK(iso("12345") == "none");
    CHECK(iso("99999999999") == "none");  // 11 digits: neither seconds nor milliseconds
}

TEST_CASE("month names, RFC 2822, nginx, ctime") {
    CHECK(iso("18 Nov 2026 09:12:44") == "2026-11-18T09:12:44Z");
    CHECK(iso("18 November 2026 09:12") == "2026-11-18T09:12:00Z");
    CHECK(iso("Nov 18, 2026 9:12 PM") == "2026-11-18T21:12:00Z");
    CHECK(iso("November 18th, 2026 09:12:44") == "2026-11-18T09:12:44Z");
    CHECK(iso("Tue, 18 Nov 2026 09:12:44 +0000") == "2026-11-18T09:12:44Z");
    CHECK(iso("Wed, 18 Nov 2026 10:12:44 +0100") == "2026-11-18T09:12:44Z");
    CHECK(iso("18/Nov/2026:09:12:44 +0000") == "2026-11-18T09:12:44Z");
    CHECK(iso("[18/Nov/2026:10:12:44 +0100]") == "2026-11-18T09:12:44Z");
    CHECK(iso("Wed Nov 18 09:12:44 2026") == "2026-11-18T09:12:44Z");
    CHECK(iso("18-Nov-26 09:12") == "2026-11-18T09:12:00Z");
    CHECK(iso("18. März 2026 09:12") == "2026-03-18T09:12:00Z");
    CHECK(iso("18 févr. 2026 09:12") == "2026-02-18T09:12:00Z");
}

TEST_CASE("US and European numeric dates, AM/PM, 2-digit years") {
    CHECK(iso("11/18/2026 09:12:44 PM") == "2026-11-18T21:12:44Z");
    CHECK(iso("11/18/2026 12:05:00 AM") == "2026-11-18T00:05:00Z");
    CHECK(iso("11/18/2026 12:05 PM") == "2026-11-18T12:05:00Z");
    CHECK(iso("18.11.2026 09:12") == "2026-11-18T09:12:00Z");
    CHECK(iso("18/11/2026 09:12:44") == "2026-11-18T09:12:44Z");  // 18 cannot be a month
    CHECK(iso("18.11.26 09:12") == "2026-11-18T09:12:00Z");
    CHECK(iso("11/18/26 9:12 pm") == "2026-11-18T21:12:00Z");
    CHECK(iso("31/31/2026") == "none");
    CHECK(iso("2026-02-30 10:00") == "none");
    CHECK(iso("2026-11-18 25:00") == "none");
    CHECK(iso("13/13/2026 10:00") == "none");
}

TEST_CASE("ambiguous day/month order follows the hints, then the separator") {
    TimeHints dmy;
    dmy.order = DateOrder::DMY;
    TimeHints mdy;
    mdy.order = DateOrder::MDY;
    CHECK(iso("03/04/2026 10:00", dmy) == "2026-04-03T10:00:00Z");
    CHECK(iso("03/04/2026 10:00", mdy) == "2026-03-04T10:00:00Z");
    CHECK(iso("03/04/2026 10:00") == "2026-03-04T10:00:00Z");  // slash alone: US order
    CHECK(iso("03.04.2026 10:00") == "2026-04-03T10:00:00Z");  // dots alone: day first
    // A value that decides wins over a wrong hint.
    CHECK(iso("25/04/2026 10:00", mdy) == "2026-04-25T10:00:00Z");
}

TEST_CASE("the date order is voted over the whole column") {
    CHECK(vote_date_order("03/04/2026 10:00\n05/04/2026 11:00\n25/04/2026 09:00\n") == DateOrder::DMY);
    CHECK(vote_date_order("04/03/2026 10:00\n04/05/2026 11:00\n04/25/2026 09:00\n") == DateOrder::MDY);
    CHECK(vote_date_order("03/04/2026 10:00\n05/04/2026 11:00\n") == DateOrder::Unknown);
    // IP addresses and version numbers do not vote.
    CHECK(vote_date_order("83.2.47.154 Chrome/131.0.6778.104 iOS 18.1.0") == DateOrder::Unknown);
}

TEST_CASE("Oracle's dotted clock, with all three parts only") {
    CHECK(iso("24-MAR-27 08.02.47.955000 AM +00:00") == "2027-03-24T08:02:47Z +955ms");
    CHECK(iso("23-MAR-27 12.30.05.118000 PM +00:00") == "2027-03-23T12:30:05Z +118ms");
    CHECK(iso("18.11.2026 09.12.44") == "2026-11-18T09:12:44Z");
    CHECK(iso("18.11.2026 09.12") == "none");  // two parts: not a clock
}

TEST_CASE("two-digit dates are read year first only when that puts the rows in order") {
    // A Bitfinex ledger, newest first: 27-01-12 is 12 January 2027; read day first the years
    // would jump 2012, 2002, 2023.
    const char* ledger = "Deposit,27-01-12 19:41:07\nTrade,26-12-02 17:22:40\nDeposit,26-11-10 19:51:02\nDeposit,25-09-23 18:40:11\n";
    REQUIRE(vote_date_order(ledger) == DateOrder::YMD);
    TimeHints ymd;
    ymd.order = DateOrder::YMD;
    CHECK(iso("27-01-12 19:41:07", ymd) == "2027-01-12T19:41:07Z");
    CHECK(iso("2027-01-12 19:41:07", ymd) == "2027-01-12T19:41:07Z");  // four-digit years are not affected
    // Day first in order, year first not: stays day first.
    CHECK(vote_date_order("12-01-27 10:00\n13-01-27 10:00\n20-02-27 10:00\n") == DateOrder::DMY);
    // Neither reading in order, or too few dates to tell: no year-first reading.
    CHECK(vote_date_order("05-03-26 10:00\n01-02-26 10:00\n09-03-26 10:00\n") != DateOrder::YMD);
    CHECK(vote_date_order("27-01-12 10:00\n26-12-02 10:00\n") != DateOrder::YMD);
}

TEST_CASE("syslog stamps without a year take the reference year") {
    TimeHints h;
    CHECK(iso("Nov 18 09:12:44", h) == "none");
    h.reference_year = 2026;
    h.reference_time = to_unix(2026, 11, 20);
    CHECK(iso("Nov 18 09:12:44", h) == "2026-11-18T09:12:44Z");
    CHECK(iso("Dec 30 09:12:44", h) == "2025-12-30T09:12:44Z");  // after "now": last year
}

TEST_CASE("a timestamp prefix in free text") {
    size_t n = 0;
    auto t = parse_timestamp_prefix("2026-11-18 09:12:44 sshd[311]: Failed password", {}, n);
    REQUIRE(t);
    CHECK(format_iso_datetime(t->sec) == "2026-11-18T09:12:44Z");
    CHECK(n == 19);
    CHECK_FALSE(parse_timestamp_prefix("2026-11-18abc", {}, n));
    CHECK_FALSE(parse_timestamp_prefix("hello world", {}, n));
}

TEST_CASE("Chinese, Japanese and Korean dates; JavaScript Date strings") {
    CHECK(iso("2026\xE5\xB9\xB4" "11\xE6\x9C\x88" "18\xE6\x97\xA5 09:12:44") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026\xE5\xB9\xB4" "11\xE6\x9C\x88" "3\xE6\x97\xA5") == "2026-11-03T00:00:00Z");
    CHECK(iso("2026\xE5\xB9\xB4" "11\xE6\x9C\x88" "18\xE6\x97\xA5 \xE4\xB8\x8B\xE5\x8D\x88" "9:12") == "2026-11-18T21:12:00Z");
    CHECK(iso("2026\xEB\x85\x84 11\xEC\x9B\x94 18\xEC\x9D\xBC \xEC\x98\xA4\xED\x9B\x84 9:12:44") == "2026-11-18T21:12:44Z");
    CHECK(iso("Wed Nov 18 2026 10:12:44 GMT+0100 (Central European Standard Time)") == "2026-11-18T09:12:44Z");
    CHECK(iso("2026\xE5\xB9\xB4" "13\xE6\x9C\x88" "18\xE6\x97\xA5") == "none");
}

TEST_CASE("Korean dotted dates: a dot and a space after each field") {
    CHECK(iso("2026. 9. 3. \xEC\x98\xA4\xED\x9B\x84 2:47:23") == "2026-09-03T14:47:23Z");  // 오후
    CHECK(iso("2026. 9. 3. \xEC\x98\xA4\xEC\xA0\x84 12:05:00") == "2026-09-03T00:05:00Z");  // 오전
    CHECK(iso("2026. 11. 18. 09:12") == "2026-11-18T09:12:00Z");
    CHECK(iso("2026. 11. 18.") == "2026-11-18T00:00:00Z");
    CHECK(iso("2026. 13. 18.") == "none");
    CHECK(iso("2026.11.18 09:12") == "2026-11-18T09:12:00Z");  // the compact form still reads
}

TEST_CASE("Russian dates: genitive month abbreviations and the year mark") {
    CHECK(iso("3 \xD1\x81\xD0\xB5\xD0\xBD\xD1\x82. 2026 \xD0\xB3., 14:47") == "2026-09-03T14:47:00Z");  // 3 сент. 2026 г., 14:47
    CHECK(iso("1 \xD0\xBC\xD0\xB0\xD1\x80. 2026 \xD0\xB3., 09:32:10") == "2026-03-01T09:32:10Z");     // 1 мар. 2026 г.
    CHECK(iso("18 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2026 \xD0\xB3.") == "2026-11-18T00:00:00Z");  // 18 ноября 2026 г.
    CHECK(iso("18 \xD0\xBC\xD0\xB0\xD1\x8F 2026 09:12") == "2026-05-18T09:12:00Z");  // 18 мая 2026
    CHECK(iso("18 \xD0\xB3\xD0\xBE\xD0\xB4 2026") == "none");  // not a month
}

TEST_CASE("capitalised non-ASCII month names are folded without a locale") {
    CHECK(iso("3 Сент. 2026") == "2026-09-03T00:00:00Z");
    CHECK(iso("3 СЕНТ. 2026 г., 14:47") == "2026-09-03T14:47:00Z");
    CHECK(iso("3 Mär 2026") == "2026-03-03T00:00:00Z");
    CHECK(iso("3 MÄRZ 2026 10:00") == "2026-03-03T10:00:00Z");
    CHECK(iso("3 Şubat 2026") == "2026-02-03T00:00:00Z");
    CHECK(iso("3 Février 2026") == "2026-02-03T00:00:00Z");
    CHECK(iso("3 Ağustos 2026") == "2026-08-03T00:00:00Z");
    CHECK(iso("Déc 3, 2026") == "2026-12-03T00:00:00Z");
    CHECK(iso("3 Sentyabrya 2026") == "none");  // transliterations are not month names
}

TEST_CASE("slash dates no value decides: the block's language settles them, dots are day-first") {
    TimeHints day_first;
    day_first.slash_order = DateOrder::DMY;
    TimeHints month_first;
    month_first.slash_order = DateOrder::MDY;
    CHECK(iso("03/09/2026 10:00", day_first) == "2026-09-03T10:00:00Z");
    CHECK(iso("03/09/2026 10:00", month_first) == "2026-03-09T10:00:00Z");
    CHECK(iso("03/09/2026 10:00") == "2026-03-09T10:00:00Z");  // no hint: the US reading
    // The values themselves and the block's vote come before the language.
    CHECK(iso("03/25/2026", day_first) == "2026-03-25T00:00:00Z");
    TimeHints voted = day_first;
    voted.order = DateOrder::MDY;
    CHECK(iso("03/09/2026", voted) == "2026-03-09T00:00:00Z");
    // The language hint is for slashes only: dotted dates are day-first whatever the block.
    CHECK(iso("03.09.2026", month_first) == "2026-09-03T00:00:00Z");
}

TEST_CASE("a word between date and clock: Kibana's @ and the panel languages' 'at'") {
    CHECK(iso("Mar 1, 2026 @ 10:22:11.123") == "2026-03-01T10:22:11Z +123ms");
    CHECK(iso("1 mars 2026 \xC3\xA0 10:22") == "2026-03-01T10:22:00Z");
    CHECK(iso("1. M\xC3\xA4rz 2026 um 10:22") == "2026-03-01T10:22:00Z");
    CHECK(iso("1 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2026 \xD0\xB3. \xD0\xB2 10:22") == "2026-03-01T10:22:00Z");
    CHECK(iso("1 de mar\xC3\xA7o de 2026 \xC3\xA0s 10:22") == "2026-03-01T10:22:00Z");
    CHECK(iso("1 marzo 2026 alle 10:22") == "2026-03-01T10:22:00Z");
    CHECK(iso("1 Mart 2026 saat 10:22") == "2026-03-01T10:22:00Z");
    CHECK(iso("1 de marzo de 2026 a las 10:22") == "2026-03-01T10:22:00Z");
    CHECK(iso("2026-03-01 at10:22") == "none");  // the word must stand alone
}

TEST_CASE("IANA zone names after a stamp, with their daylight-saving rules") {
    CHECK(iso("2026-03-01 10:22:11 Europe/Berlin") == "2026-03-01T09:22:11Z");
    CHECK(iso("2026-07-01 10:22:11 Europe/Berlin") == "2026-07-01T08:22:11Z");
    CHECK(iso("2026-03-29 00:30:00 Europe/Berlin") == "2026-03-28T23:30:00Z");  // before the switch
    CHECK(iso("2026-03-29 03:30:00 Europe/Berlin") == "2026-03-29T01:30:00Z");  // after it
    CHECK(iso("2026-01-15 10:22:11 America/New_York") == "2026-01-15T15:22:11Z");
    CHECK(iso("2026-03-08 03:30:00 America/New_York") == "2026-03-08T07:30:00Z");  // second Sunday of March
    CHECK(iso("2026-01-15 10:22:11 Australia/Sydney") == "2026-01-14T23:22:11Z");  // southern summer
    CHECK(iso("2026-07-15 10:22:11 Australia/Sydney") == "2026-07-15T00:22:11Z");
    CHECK(iso("2026-07-01 10:22:11 (Asia/Seoul)") == "2026-07-01T01:22:11Z");
    CHECK(iso("2026-07-01T10:22:11 America/Argentina/Buenos_Aires") == "2026-07-01T13:22:11Z");
    CHECK(iso("2026-07-01 10:22:11 Mars/Olympus") == "none");  // an unknown zone is not read as UTC
}
