// Application logs as their loggers print them, pasted from a shell: a stamp, a level and a
// message before the payload (Monolog, Ruby's Logger, zerolog behind `docker compose logs` with its
// colour codes), and events printed as Ruby hashes (Logstash's rubydebug, Fluent Bit's stdout).

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "ingest/terminal_colours.hpp"

using namespace ownercheck;

namespace {

// "type@time ip" of every event, one per line.
std::string events_of(const BlockIngest& b) {
    std::string out;
    for (const Event& e : b.event_list)
        out += std::string(event_type_name(e.type)) + "@" + std::to_string(e.time) + " " + e.ip.str() + "\n";
    return out;
}

}  // namespace

TEST_CASE("logger lines: Monolog's stamp, channel and level, the message naming the event before the JSON context") {
    const std::string text =
        "forge@app-02:~/current$ grep -h '\"user_id\":48213' storage/logs/laravel-2026-0*.log\n"
        "[2026-02-10 13:01:03] production.INFO: Login succeeded {\"user_id\":48213,\"ip\":\"201.17.153.40\",\"2fa\":\"totp\"}\n"
        "[2026-05-10 22:33:40] production.NOTICE: Password reset completed {\"user_id\":48213,\"ip\":\"177.69.214.36\"}\n"
        "[2026-05-10 22:34:51] production.WARNING: 2FA verification failed {\"user_id\":48213,\"ip\":\"177.69.214.36\",\"attempt\":1}\n"
        "[2026-05-11 11:46:41] production.INFO: Login failed: invalid credentials {\"user_id\":48213,\"ip\":\"201.17.131.228\"}\n"
        "[2026-05-11 12:00:00] production.INFO: Withdrawal sent {\"user_id\":48213,\"message\":\"0.1 BTC\",\"ip\":\"201.17.131.228\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 5);
    CHECK(events_of(b) ==
          "login_success@1770728463 201.17.153.40\n"
          "password_reset_completed@1778452420 177.69.214.36\n"
          "login_failure@1778452491 177.69.214.36\n"
          "login_failure@1778500001 201.17.131.228\n"
          "other@1778500800 201.17.131.228\n");  // the body's own "message" is kept: the prefix adds none
    CHECK(b.event_list[0].raw_type == "Login succeeded");
    CHECK(b.event_list[3].raw_type == "Login failed: invalid credentials");  // a colon inside a message is no syslog tag
}

TEST_CASE("logger lines: Ruby's Logger, severity letter, bracketed stamp with the process, request tag") {
    const std::string text =
        "I, [2026-03-09T10:13:52.228775 #3109]  INFO -- : [req-664257b5] Auth::SessionsController login.success user_id=448120 ip=88.241.23.17 mfa=totp\n"
        "W, [2026-06-06T17:02:44.118204 #3109]  WARN -- : [req-e1dccb87] Auth::MfaController mfa.failed user_id=448120 ip=88.241.90.202 reason=invalid_code\n"
        "I, [2026-03-16T17:20:05.112488 #3104]  INFO -- worker: [jid-1afc8f9b] Funding::FiatDepositJob deposit.credited user_id=448120 amount=15000.00 currency=TRY\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(events_of(b) ==
          "login_success@1773051232 88.241.23.17\n"
          "login_failure@1780765364 88.241.90.202\n"
          "deposit@1773681605 \n");
    CHECK(b.event_list[0].raw_type == "Auth::SessionsController login.success");
    CHECK(b.event_list[2].amount == doctest::Approx(15000));
}

TEST_CASE("logger lines: a container's name and a console logger's colours, with or without their ESC bytes") {
    const std::string with_escapes =
        "auth-1    | \x1b[90m2026-08-06T15:40:58Z\x1b[0m \x1b[32mINF\x1b[0m login ok \x1b[36masn=\x1b[0m4788 \x1b[36mcountry=\x1b[0mMY \x1b[36mip=\x1b[0m175.139.204.58 \x1b[36mmfa=\x1b[0mtotp\n"
        "auth-1    | \x1b[90m2026-08-07T15:40:58Z\x1b[0m \x1b[33mWRN\x1b[0m mfa failed \x1b[36mcountry=\x1b[0mSG \x1b[36mip=\x1b[0m128.199.84.213 \x1b[36mmfa=\x1b[0mtotp\n"
        "wallet-1  | \x1b[90m2026-08-08T15:40:58Z\x1b[0m \x1b[32mINF\x1b[0m login ok \x1b[36masn=\x1b[0m4788 \x1b[36mcountry=\x1b[0mMY \x1b[36mip=\x1b[0m175.139.204.58 \x1b[36mmfa=\x1b[0mtotp\n";
    std::string bare = with_escapes;
    for (size_t at; (at = bare.find('\x1b')) != std::string::npos;) bare.erase(at, 1);
    for (const std::string* text : {&with_escapes, static_cast<const std::string*>(&bare)}) {
        const BlockIngest b = ingest_block(0, *text);
        CHECK(b.warnings.empty());  // no "not UTF-8 text" for the ESC bytes
        CHECK(events_of(b) ==
              "login_success@1786030858 175.139.204.58\n"
              "login_failure@1786117258 128.199.84.213\n"
              "login_success@1786203658 175.139.204.58\n");
        REQUIRE(b.events == 3);
        CHECK(b.event_list[0].asn == "4788");
    }
    // A "[0m" now and then in a message is no terminal's colour.
    std::string out;
    CHECK_FALSE(ingest::strip_terminal_colours("note [0m one\nplain\n", false, out));
    CHECK(ingest::strip_terminal_colours("a\x1b[31mred\x1b[0m\n", true, out));
    CHECK(out == "ared\n");
}

TEST_CASE("ruby hashes: Logstash's rubydebug records under its start-up lines, and Fluent Bit's stdout") {
    const std::string rubydebug =
        "[2026-02-16T08:31:12,811][INFO ][logstash.runner          ] Starting Logstash {\"logstash.version\"=>\"9.2.4\"}\n"
        "{\n"
        "    \"@timestamp\" => 2025-11-18T18:24:01.205Z,\n"
        "         \"event\" => {\n"
        "        \"action\" => \"user-login\",\n"
        "       \"outcome\" => \"success\"\n"
        "    },\n"
        "        \"source\" => {\n"
        "        \"ip\" => \"80.187.98.151\",\n"
        "        \"as\" => {\n"
        "            \"number\" => 3320,\n"
        "            \"organization\" => {\n"
        "                \"name\" => \"Deutsche Telekom AG\"\n"
        "            }\n"
        "        }\n"
        "    }\n"
        "}\n"
        "{\n"
        "    \"@timestamp\" => 2025-11-19T20:12:11.389Z,\n"
        "         \"event\" => {\n"
        "        \"action\" => \"user-login\",\n"
        "       \"outcome\" => \"failure\"\n"
        "    },\n"
        "        \"source\" => {\n"
        "        \"ip\" => \"91.34.118.203\"\n"
        "    }\n"
        "}\n"
        "[2026-02-16T08:33:04,230][INFO ][logstash.runner          ] Logstash shut down.\n";
    const BlockIngest r = ingest_block(0, rubydebug);
    REQUIRE(r.events == 2);
    CHECK(events_of(r) == "login_success@1763490241 80.187.98.151\nlogin_failure@1763583131 91.34.118.203\n");
    CHECK(r.event_list[0].asn == "3320");
    CHECK(r.event_list[0].org == "Deutsche Telekom AG");
    CHECK(r.event_list[0].src.line == 2);  // the record's first line in the paste

    const std::string fluent =
        "Fluent Bit v4.0.3\n"
        "[2026/03/09 02:11:47] [ info] [sp] stream processor started\n"
        "[0] auth.member: [[1765274612.452516494, {}], {\"event\"=>\"auth.login\", \"result\"=>\"success\", \"ip\"=>\"223.39.140.12\", \"asn\"=>9644}]\n"
        "[1] auth.member: [1765427544.693891165, {\"event\"=>\"auth.login\", \"result\"=>\"failed\", \"ip\"=>\"223.38.21.117\", \"note\"=>nil}]\n";
    const BlockIngest f = ingest_block(0, fluent);
    REQUIRE(f.events == 2);
    CHECK(events_of(f) == "login_success@1765274612 223.39.140.12\nlogin_failure@1765427544 223.38.21.117\n");
    CHECK(f.event_list[0].asn == "9644");
}

TEST_CASE("logger lines: the zone the block's label names in brackets, unless a stamp or a header names one") {
    const std::string text =
        "[2026-02-10 13:01:03] production.INFO: Login succeeded {\"ip\":\"201.17.153.40\"}\n"
        "[2026-02-11 08:00:00] production.INFO: Login succeeded {\"ip\":\"201.17.153.40\",\"time\":\"2026-02-11T08:00:00Z\"}\n";
    const BlockIngest brasilia = ingest_block(0, text, 0, "Laravel — storage/logs (horário de Brasília)");
    REQUIRE(brasilia.events == 2);
    CHECK(brasilia.event_list[0].time == 1770728463 + 3 * 3600);  // 13:01:03 in Brasília is 16:01:03 UTC
    CHECK(brasilia.event_list[1].time == 1770796800);             // the body's own stamp says UTC
    CHECK(brasilia.format_reason.find("UTC-03:00 (the block's label names it)") != std::string::npos);
    const BlockIngest kst = ingest_block(0, "time,event,ip\n2026-02-10 13:01:03,login,1.2.3.4\n", 0, "Logins (UTC+9)");
    REQUIRE(kst.events == 1);
    CHECK(kst.event_list[0].time == 1770728463 - 9 * 3600);
    const BlockIngest header = ingest_block(0, "Zeit (UTC),event,ip\n2026-02-10 13:01:03,login,1.2.3.4\n", 0, "Logins (UTC+9)");
    REQUIRE(header.events == 1);
    CHECK(header.event_list[0].time == 1770728463);  // the column's header wins
    const BlockIngest plain = ingest_block(0, text, 0, "Logins (CSV export)");
    CHECK(plain.event_list[0].time == 1770728463);
}
