// Grids pasted one cell per line (ingest/formats/stacked.cpp): headers in either shape, records
// that miss a cell, text after the grid, and replies that only look rhythmic.
#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

TEST_CASE("stacked cells: a title, a header one cell per line, a record missing a cell, a pager") {
    const std::string text =
        "Login history\n"  // 1
        "Date\nIP address\nLocation\nDevice\nStatus\n"  // 2-6
        "2026-03-01 10:22:11 UTC\n85.1.2.3\nBerlin, Germany\nChrome (Windows)\nSuccess\n"  // 7-11
        "2026-03-02 11:02:54 UTC\n185.220.101.4\nFrankfurt, Germany\nFirefox (Linux)\nFailed\n"  // 12-16
        "2026-03-03 08:00:00 UTC\n85.1.2.3\nBerlin, Germany\nSuccess\n"  // 17-20: no device cell
        "2026-03-04 09:30:00 UTC\n85.1.2.9\nBerlin, Germany\nChrome (Windows)\nSuccess\n"  // 21-25
        "\n"
        "Showing 1-4 of 4\n";  // 27
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "stacked_cells");
    CHECK(b.rows == 4);
    CHECK(b.events == 4);
    REQUIRE(b.event_list.size() == 4);
    CHECK(format_iso_datetime(b.event_list[0].time) == "2026-03-01T10:22:11Z");
    CHECK(b.event_list[0].src.line == 7);
    CHECK(b.event_list[0].city == "Berlin");
    CHECK(b.event_list[0].country == "DE");
    CHECK(b.event_list[0].user_agent == "Chrome (Windows)");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[1].ip == "185.220.101.4");
    CHECK(b.event_list[3].src.line == 21);
    CHECK(b.event_list[3].ip == "85.1.2.9");
    bool short_record = false, pager = false;
    for (const auto& w : b.warnings) {
        short_record = short_record || (w.line == 17 && w.message.find("4 cells for 5 columns") != std::string::npos);
        pager = pager || (w.line == 27 && w.message.find("not read") != std::string::npos);
    }
    CHECK(short_record);
    CHECK(pager);
}

TEST_CASE("stacked cells: no header, the event before the time") {
    const std::string text =
        "Sign-in\n2026-03-01T10:22:11Z\n85.1.2.3\nSuccess\n"
        "Password changed\n2026-03-01T10:25:00Z\n85.1.2.3\nSuccess\n"
        "Sign-in\n2026-03-02T07:00:00Z\n203.0.113.7\nFailed\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "stacked_cells");
    REQUIRE(b.event_list.size() == 3);
    CHECK(b.event_list[0].src.line == 1);
    CHECK(b.event_list[1].type == EventType::PasswordChanged);
    CHECK(b.event_list[2].type == EventType::LoginFailure);
    CHECK(b.event_list[2].ip == "203.0.113.7");
}

TEST_CASE("stacked cells: dates on lines of their own in a reply are not a grid") {
    const std::string reply =
        "Account created:\n2021-03-01\nLast deposit:\n2026-11-02\nLast login:\n2026-11-18\nThanks\n";
    CHECK_FALSE(looks_like_logs(reply));
    CHECK(ingest_block(0, reply).format != "stacked_cells");
}
