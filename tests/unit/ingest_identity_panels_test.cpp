// Sign-in logs of identity products as copied from their admin pages: Salesforce's Login History
// download (a "Login Type" that is no action, postal codes and coordinates that are no sums) and
// Duo's Authentication Log copied from the browser (cells wrapped over lines, the access device
// cell holding the device, its address and its place).

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"

using namespace ownercheck;

TEST_CASE("identity panels: Salesforce Login History") {
    const std::string text =
        "\"Username\",\"Login Time\",\"Source IP\",\"Login Type\",\"Status\",\"Browser\",\"Platform\",\"Country\",\"City\",\"Postal Code\",\"Latitude\",\"Longitude\"\n"
        "\"t.kranz@gmx.de.kunden\",\"11/5/2025 6:40:02 AM\",\"79.246.73.50\",\"Remote Access 2.0\",\"Success\",\"Unknown\",\"Android 15\",\"Germany\",\"Cologne\",\"50667\",\"50.9333\",\"6.95\"\n"
        "\"t.kranz@gmx.de.kunden\",\"11/4/2025 7:47:03 PM\",\"169.150.196.77\",\"Chatter Communities External User\",\"Failed: Computer activation pending\",\"Firefox 144\",\"Windows 10\",\"Germany\",\"Frankfurt am Main\",\"60313\",\"50.1155\",\"8.6842\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    for (const auto& w : b.warnings) CHECK(w.message.find("amount") == std::string::npos);  // "'Postal Code' read as amount"
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].amount == 0);
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[1].city == "Frankfurt am Main");
}

TEST_CASE("identity panels: Duo's Authentication Log, each row wrapped over lines") {
    const std::string text =
        "Authentication Log\n"
        "Showing 1-3 of 3 items\n"
        "Timestamp (UTC)\tResult\tUser\tApplication\tTrust Assessment\tAccess Device\tAuthentication Method\n"
        "Nov 17, 2025 8:02:36 AM\tDenied\n"
        "No response\tjmarechal\tExchange — Web Login\tNot Assessed\tWindows 11\n"
        "Chrome 142.0.7444.60\n"
        "81.241.122.57\n"
        "Liège, Wallonia, Belgium\tDuo Push\n"
        "iPhone 12 (+32 XXX XX 48 12)\n"
        "Nov 12, 2025 7:26:31 PM\tGranted\n"
        "User approved\tjmarechal\tExchange — Web Login\tNot Assessed\tWindows 11\n"
        "Chrome 142.0.7444.60\n"
        "81.241.122.57\n"
        "Liège, Wallonia, Belgium\tDuo Push\n"
        "iPhone 12 (+32 XXX XX 48 12)\n"
        "81.241.122.57\n"
        "Liège, Wallonia, Belgium\n"
        "Nov 8, 2025 9:20:50 PM\tGranted\n"
        "Remembered device\tjmarechal\tExchange — Web Login\tNot Assessed\tiOS 26.0.1\n"
        "Mobile Safari 26.0\n"
        "213.49.140.151\n"
        "Brussels, Brussels Capital, Belgium\tRemembered device\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].src.line == 10);
    CHECK(b.event_list[1].ip == "81.241.122.57");
    CHECK(b.event_list[1].city == "Liège");
    CHECK(b.event_list[1].country == "BE");
    CHECK(b.event_list[1].user_agent.view().find("81.241") == std::string_view::npos);  // the device, without its address
    CHECK(b.event_list[1].method.view().rfind("Duo Push", 0) == 0);
    CHECK(b.event_list[2].ip == "213.49.140.151");
}
