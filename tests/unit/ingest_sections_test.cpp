// Blocks holding several tables (ingest/sections.cpp): each read with its own header, lines and
// warnings cited as in the block, titles naming what a table's rows are.
#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"

using namespace ownercheck;

TEST_CASE("sections: two tables in one block, each with its own header; lines cited as in the block") {
    const std::string text =
        "Logins\n"                                              // 1
        "time,ip,country,event,result\n"                        // 2
        "2026-03-01 10:22:11,85.1.2.3,DE,login,success\n"       // 3
        "2026-03-02 11:02:54,185.220.101.4,DE,login,failed\n"   // 4
        "\n"                                                    // 5
        "Withdrawals\n"                                         // 6
        "date,asset,amount,address\n"                           // 7
        "2026-03-02 11:10:00,BTC,0.5,bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\n"  // 8
        "31/31/2026,ETH,2.0,0x742d35Cc6634C0532925a3b844Bc454e4438f44e\n";          // 9
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    CHECK(b.format_reason.find("2 tables") != std::string::npos);
    CHECK(b.rows == 4);
    CHECK(b.events == 3);
    CHECK(b.skipped == 1);
    REQUIRE(b.event_list.size() == 3);
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    const Event& w = b.event_list[2];
    CHECK(w.type == EventType::Withdrawal);  // from the title: the table has no type column
    CHECK(w.asset == "BTC");
    CHECK(w.amount == doctest::Approx(0.5));
    CHECK(w.address == "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
    CHECK(w.src.line == 8);
    REQUIRE_FALSE(b.warnings.empty());
    CHECK(b.warnings[0].line == 9);
}

TEST_CASE("sections: one table with blank lines inside stays one table") {
    const std::string text =
        "time,ip,event\n2026-03-01 10:22:11,85.1.2.3,login\n\n2026-03-02 10:22:11,85.1.2.4,login\n\n\n2026-03-03 10:22:11,85.1.2.5,login\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    CHECK(b.format_reason.find("tables") == std::string::npos);
    CHECK(b.events == 3);
    REQUIRE(b.event_list.size() == 3);
    CHECK(b.event_list[2].src.line == 7);
}
