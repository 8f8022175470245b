// Event streams read in a console: kafka-console-consumer lines (a stamp, a key, the event as
// JSON) under the shell command that ran it, and a Redis stream printed by redis-cli's XRANGE.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"

using namespace ownercheck;

TEST_CASE("console streams: kafka-console-consumer lines are JSON behind their stamp and key") {
    const std::string text =
        "deploy@ops-bastion-2:~$ kafka-console-consumer.sh --bootstrap-server kafka-03:9092 --topic account-events --property print.timestamp=true --property print.key=true | grep -F 'user-4471902'\n"
        "CreateTime:1756965023500\tuser-4471902\t{\"type\":\"auth.login.succeeded\",\"occurred_at\":\"2025-09-04T05:50:23.357Z\",\"ip\":\"85.105.44.187\",\"geo\":{\"country\":\"TR\",\"city\":\"Istanbul\"}}\n"
        "CreateTime:1757006441948\tuser-4471902\t{\"type\":\"wallet.deposit.credited\",\"occurred_at\":\"2025-09-04T17:20:41.940Z\",\"asset\":\"USDT\",\"amount\":\"800.00\"}\n"
        "CreateTime:1757017154625\tuser-4471902\t{\"type\":\"auth.login.succeeded\",\"occurred_at\":\"2025-09-04T20:19:14.533Z\",\"ip\":\"188.3.57.204\"}\n"
        "Processed a total of 2318604 messages\n"
        "deploy@ops-bastion-2:~$ \n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "jsonl");  // its first row's "CreateTime" is no header over JSON cells
    CHECK(b.events == 3);
    CHECK(b.rows == 3);  // the consumer's footer and the prompt left at the end are the console's
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].ip == "85.105.44.187");
    CHECK(b.event_list[1].type == EventType::Deposit);
}

TEST_CASE("console streams: redis-cli XRANGE entries, one record each, timed by their ID") {
    const std::string text =
        "127.0.0.1:6379> XLEN acct:events:3391047\n"
        "(integer) 2\n"
        "127.0.0.1:6379> XRANGE acct:events:3391047 - +\n"
        "1) 1) \"1762873932957-0\"\n"
        "   2)  1) \"type\"\n"
        "       2) \"login\"\n"
        "       3) \"ip\"\n"
        "       4) \"37.248.155.127\"\n"
        "       5) \"city\"\n"
        "       6) \"Warsaw\"\n"
        "2) 1) \"1763139761223-0\"\n"
        "   2) 1) \"type\"\n"
        "      2) \"deposit\"\n"
        "      3) \"currency\"\n"
        "      4) \"PLN\"\n"
        "      5) \"amount\"\n"
        "      6) \"2000.00\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "jsonl");
    REQUIRE(b.events == 2);
    CHECK(b.rows == 2);
    CHECK(b.event_list[0].src.line == 4);  // cited at the entry's first line
    CHECK(b.event_list[0].time == 1762873932);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].ip == "37.248.155.127");
    CHECK(b.event_list[0].city == "Warsaw");
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].amount == doctest::Approx(2000));
    CHECK(b.event_list[1].asset == "PLN");
}

TEST_CASE("console streams: numbered lines that are no stream entries are left alone") {
    const std::string text =
        "1) \"ip\"\n"
        "2) \"37.248.155.127\"\n"
        "3) \"city\"\n"
        "4) \"Warsaw\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format != "jsonl");
}
