// Rows a database client copies as SQL INSERT statements (HeidiSQL, DBeaver, pg_dump
// --column-inserts, mysqldump --complete-insert): each tuple is a record keyed by the statement's
// column list, on the line where it starts, and a "details" value of key=value text fills the
// roles the columns leave empty.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "ingest/sql_inserts.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

TEST_CASE("sql inserts: HeidiSQL's export under its header comments, one tuple per line, NULLs and a details column") {
    const std::string text =
        "-- --------------------------------------------------------\n"
        "-- Host:                         10.12.0.31\n"
        "-- HeidiSQL Versione:            12.10.0.7000 (l'ultima)\n"
        "/*!40101 SET NAMES utf8 */;\n"
        "\n"
        "INSERT INTO `security_events` (`id`, `created_at`, `event`, `outcome`, `ip`, `city`, `country`, `details`) VALUES\n"
        "\t(6615796, '2025-11-20 10:53:20', 'login', 'success', '93.41.187.22', 'Firenze', 'IT', 'mfa=totp'),\n"
        "\t(7505562, '2026-02-26 20:09:37', 'deposit_credited', 'completed', NULL, NULL, NULL, 'asset=EUR amount=500.00 method=SEPA'),\n"
        "\t(7536480, '2026-02-26 20:12:04', 'trade_filled', 'filled', '93.41.187.22', 'Firenze', 'IT', 'pair=BTC/EUR side=buy qty=0.00673360 total=494.31'),\n"
        "\t(7536999, '2026-02-27 08:00:00', 'login', 'failed', '93.41.187.22', 'Firenze', 'IT', 'reason=it''s a wrong password');\n"
        "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    REQUIRE(b.events == 4);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].src.line == 7);  // the paste's own line numbers
    CHECK(b.event_list[0].time == to_unix(2025, 11, 20, 10, 53, 20));
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].city == "Firenze");
    CHECK(b.event_list[0].method == "totp");  // from the details' one pair
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].ip.empty());  // NULL is no address
    CHECK(b.event_list[1].asset == "EUR");
    CHECK(b.event_list[1].amount == doctest::Approx(500.0));
    CHECK(b.event_list[2].type == EventType::Trade);
    CHECK(b.event_list[2].asset == "BTC");
    CHECK(b.event_list[2].side == "buy");
    CHECK(b.event_list[2].amount == doctest::Approx(0.0067336));
    CHECK(b.event_list[3].type == EventType::LoginFailure);
    CHECK(b.event_list[3].src.line == 10);
}

TEST_CASE("sql inserts: one statement per line (pg_dump --column-inserts) and many tuples on one line") {
    std::string out;
    const std::string pg =
        "--\n-- PostgreSQL database dump\n--\n"
        "INSERT INTO public.logins (ts, ip, result) VALUES ('2026-03-01 10:00:00+00', '81.2.69.142', 'ok');\n"
        "INSERT INTO public.logins (ts, ip, result) VALUES ('2026-03-02 11:00:00+00'::timestamptz, '81.2.69.143', 'ok');\n";
    REQUIRE(ingest::rewrite_sql_inserts(pg, out));
    const BlockIngest b = ingest_block(0, pg);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].src.line == 4);
    CHECK(b.event_list[1].src.line == 5);
    CHECK(b.event_list[1].ip == "81.2.69.143");
    CHECK(b.event_list[1].time == to_unix(2026, 3, 2, 11, 0, 0));

    // mysqldump's extended insert: every tuple on the statement's line, each cites that line
    const std::string dump =
        "INSERT INTO `logins` (`ts`,`ip`,`result`) VALUES ('2026-03-01 10:00:00','81.2.69.142','ok'),('2026-03-02 11:00:00','81.2.69.143','ok');\n";
    const BlockIngest d = ingest_block(0, dump);
    REQUIRE(d.events == 2);
    CHECK(d.event_list[0].src.line == 1);
    CHECK(d.event_list[1].src.line == 1);
    CHECK(d.event_list[1].ip == "81.2.69.143");
}

TEST_CASE("sql inserts: a statement without a column list, or prose that says INSERT INTO, is not rewritten") {
    std::string out;
    CHECK_FALSE(ingest::rewrite_sql_inserts("INSERT INTO `logins` VALUES ('2026-03-01 10:00:00','81.2.69.142','ok');\n", out));
    CHECK_FALSE(ingest::rewrite_sql_inserts("the agent said: insert into the ticket the values you see\n", out));
    CHECK(out.empty());
    // a tuple cut by the paste keeps the tuples before it
    const std::string cut =
        "INSERT INTO t (ts, ip) VALUES\n('2026-03-01 10:00:00', '81.2.69.142'),\n('2026-03-02 11:00:00', '81.2.\n";
    REQUIRE(ingest::rewrite_sql_inserts(cut, out));
    CHECK(ingest_block(0, cut).events == 1);
}
