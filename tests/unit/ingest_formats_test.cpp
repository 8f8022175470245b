// One block per format, including the nasty ones: the events and the honest counts.
#include <doctest/doctest.h>

#include <string>

#include "enrich/user_agent.hpp"
#include "ingest/ingest.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

namespace {

std::string when(const Event& e) { return format_iso_datetime(e.time); }

}  // namespace

TEST_CASE("csv: quoted fields with commas, quotes and newlines; BOM; CRLF") {
    const std::string text =
        "\xEF\xBB\xBF" "Date (UTC),Action,IP Address,User-Agent,Status,Country\r\n"
        "2026-11-18 09:12:44,Sign-in,83.2.47.154,\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)\",OK,DE\r\n"
        "2026-11-18 10:00:00,login,83.2.47.155,\"say \"\"hi\"\"\nsecond line\",Failed (wrong 2FA code),FR\r\n"
        "\r\n"
        "2026-11-18 11:00:00,Password changed,83.2.47.156,curl/8.0,success,Germany\r\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    CHECK(b.rows == 3);
    CHECK(b.events == 3);
    CHECK(b.skipped == 0);
    REQUIRE(b.event_list.size() == 3);
    const Event& a = b.event_list[0];
    CHECK(a.type == EventType::LoginSuccess);
    CHECK(when(a) == "2026-11-18T09:12:44Z");
    CHECK(a.ip == "83.2.47.154");
    CHECK(a.user_agent == "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)");
    CHECK(a.country == "DE");
    CHECK(a.src.line == 2);
    const Event& f = b.event_list[1];
    CHECK(f.type == EventType::LoginFailure);
    CHECK_FALSE(f.success);
    CHECK(f.failure_reason == "invalid_otp");
    CHECK(f.user_agent == "say \"hi\"\nsecond line");
    CHECK(f.src.line == 3);
    const Event& p = b.event_list[2];
    CHECK(p.type == EventType::PasswordChanged);
    CHECK(p.src.line == 6);  // the quoted newline and the blank line still count as lines
    CHECK(p.country == "DE");
}

TEST_CASE("csv: ragged rows and unquoted commas inside the user agent") {
    const std::string text =
        "time,ip,user_agent,result\n"
        "2026-11-18T09:12:44Z,1.2.3.4,Mozilla/5.0 (KHTML, like Gecko) Chrome,ok\n"
        "2026-11-18T09:13:44Z,1.2.3.4\n"
        "31/31/2026,1.2.3.4,x,ok\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    CHECK(b.rows == 3);
    CHECK(b.events == 2);
    CHECK(b.skipped == 1);
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].user_agent == "Mozilla/5.0 (KHTML, like Gecko) Chrome");
    CHECK(b.event_list[0].success);
    bool saw_timestamp_warning = false;
    for (const auto& w : b.warnings)
        if (w.line == 4 && w.message == "unparseable timestamp '31/31/2026'") saw_timestamp_warning = true;
    CHECK(saw_timestamp_warning);
}

TEST_CASE("csv: European dates resolved from the whole column") {
    const std::string text =
        "Datum;Aktion;IP\n"
        "03.04.2026 10:00;Anmeldung;1.1.1.1\n"
        "25.04.2026 10:00;Anmeldung;1.1.1.2\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    REQUIRE(b.events == 2);
    CHECK(when(b.event_list[0]) == "2026-04-03T10:00:00Z");
    CHECK(b.event_list[0].type == EventType::LoginSuccess);

    const std::string us =
        "When,What,IP\n"
        "04/03/2026 10:00 AM,login,1.1.1.1\n"
        "04/25/2026 10:00 PM,login,1.1.1.2\n";
    const BlockIngest u = ingest_block(0, us);
    REQUIRE(u.events == 2);
    CHECK(when(u.event_list[0]) == "2026-04-03T10:00:00Z");
    CHECK(when(u.event_list[1]) == "2026-04-25T22:00:00Z");
}

TEST_CASE("tsv copied from a web page, with 'City, Country' locations") {
    const std::string text =
        "Date\tAction\tIP address\tLocation\tDevice\tResult\n"
        "2025-10-25 04:46:53\tSign-in\t45.45.214.87\tAshburn, United States\tKraken/2.46.1 (Android 15; Pixel 8) okhttp/4.12.0\tOK\n"
        "2025-10-26 04:46:53\tSign-in\t45.45.214.87\tBerlin, DE\tMozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\tFailed (wrong password)\n";
    const BlockIngest b = ingest_block(3, text);
    CHECK(b.format == "tsv");
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].city == "Ashburn");
    CHECK(b.event_list[0].country == "US");
    CHECK(b.event_list[0].user_agent == "Kraken/2.46.1 (Android 15; Pixel 8) okhttp/4.12.0");
    CHECK(b.event_list[0].src.block == 3);
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[1].failure_reason == "invalid_password");
    CHECK(b.event_list[1].country == "DE");
}

TEST_CASE("jsonl with nested geo, epoch milliseconds and a broken line") {
    const std::string text =
        "{\"ts\": \"2026-09-03T14:47:23Z\", \"type\": \"auth.login\", \"ip\": \"45.254.33.61\", \"geo\": {\"country\": \"VN\", \"city\": \"Ho Chi Minh City\", \"asn\": 45899, \"org\": \"VNPT Corp\"}, \"ua\": \"Kraken/2.48.0\", \"status\": \"failed:invalid_otp\"}\n"
        "{\"timestamp\": 1794993164123, \"eventType\": \"user.session.start\", \"client\": {\"ipAddress\": \"2001:db8::1\", \"userAgent\": {\"rawUserAgent\": \"Mozilla/5.0 \\u00e9\"}}, \"outcome\": {\"result\": \"SUCCESS\"}}\n"
        "{\"ts\": \"2026-09-03T14:47:23Z\", \"type\": \n"
        "{\"ts\": \"2026-07-06T06:13:19Z\", \"type\": \"account.email.change_request\", \"new_email\": \"x@proton.me\", \"status\": \"success\"}\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "jsonl");
    CHECK(b.rows == 4);
    CHECK(b.events == 3);
    CHECK(b.skipped == 1);
    REQUIRE(b.event_list.size() == 3);
    const Event& a = b.event_list[0];
    CHECK(a.type == EventType::LoginFailure);
    CHECK(a.failure_reason == "invalid_otp");
    CHECK(a.country == "VN");
    CHECK(a.city == "Ho Chi Minh City");
    CHECK(a.asn == "45899");
    CHECK(a.org == "VNPT Corp");
    const Event& o = b.event_list[1];
    CHECK(o.type == EventType::LoginSuccess);
    CHECK(when(o) == "2026-11-18T09:12:44Z");
    CHECK(o.time_ms == 123);
    CHECK(o.ip == "2001:db8::1");
    CHECK(o.user_agent == "Mozilla/5.0 \xC3\xA9");
    CHECK(b.event_list[2].type == EventType::EmailChangeRequested);
    CHECK(b.event_list[2].email == "x@proton.me");
    CHECK(b.event_list[2].src.line == 4);
}

TEST_CASE("jsonl: escaped keys and values, nested keys that change from record to record, arrays") {
    // Keys and values are views into the paste unless escaped; nested keys are remembered by their
    // order in the record, so a record with other nested keys at the same place must not reuse them.
    const std::string text =
        "{\"t\\u0073\": \"2026-09-03T14:47:23Z\", \"geo\": {\"country\": \"VN\", \"city\": \"Hanoi\"}, \"ip\": \"1.2.3.4\"}\n"
        "{\"ts\": \"2026-09-03T14:48:23Z\", \"geo\": {\"city\": \"Lyon\", \"country\": \"FR\"}, \"ip\": \"1.2.3.5\"}\n"
        "{\"ts\": \"2026-09-03T14:49:23Z\", \"client\": {\"geo\": {\"c\\u006funtry\": \"DE\"}, \"ip\": \"1.2.3.6\"}, "
        "\"tags\": [\"a\", {\"city\": \"x\"}], \"city\": \"Ber\\\"lin\\n\"}\n"
        "{\"ts\": \"2026-09-03T14:50:23Z\", \"geo\": {\"country\": null, \"city\": \"Oslo\"}, \"ip\": \"1.2.3.7\"}\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "jsonl");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 4);
    CHECK(when(b.event_list[0]) == "2026-09-03T14:47:23Z");
    CHECK(b.event_list[0].country == "VN");
    CHECK(b.event_list[0].city == "Hanoi");
    CHECK(b.event_list[1].country == "FR");
    CHECK(b.event_list[1].city == "Lyon");
    CHECK(b.event_list[2].country == "DE");
    CHECK(b.event_list[2].ip == "1.2.3.6");
    CHECK(b.event_list[2].city == "Ber\"lin");
    CHECK(b.event_list[3].country.empty());
    CHECK(b.event_list[3].city == "Oslo");
    CHECK(b.event_list[3].ip == "1.2.3.7");
}

TEST_CASE("json: a pretty-printed array and an API wrapper keep each record's line") {
    const std::string text =
        "[\n"
        "  {\n"
        "    \"date\": \"2026-11-18T09:12:44Z\",\n"
        "    \"action\": \"login\",\n"
        "    \"ip\": \"1.2.3.4\"\n"
        "  },\n"
        "  {\"date\": \"2026-11-19T09:12:44Z\", \"action\": \"withdrawal_address.added\", \"address\": \"bc1qxyz\"}\n"
        "]\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].src.line == 2);
    CHECK(b.event_list[1].src.line == 7);
    CHECK(b.event_list[1].type == EventType::WithdrawalAddressAdded);
    CHECK(b.event_list[1].address == "bc1qxyz");

    const std::string wrapped = "{\"data\": {\"total\": 2, \"logins\": [\n"
                                "{\"created_at\": \"2026-11-18 09:12:44\", \"ip_address\": \"1.2.3.4\"},\n"
                                "{\"created_at\": \"2026-11-18 09:13:44\", \"ip_address\": \"1.2.3.5\"}]}}\n";
    const BlockIngest w = ingest_block(0, wrapped);
    CHECK(w.format == "json");
    CHECK(w.rows == 2);
    REQUIRE(w.events == 2);
    CHECK(w.event_list[1].src.line == 3);
    CHECK(w.event_list[1].type == EventType::LoginSuccess);
}

TEST_CASE("kv lines with quoted values and escapes, timestamp first") {
    const std::string text =
        "2026-07-09T20:47:35Z event=auth.login result=failed:invalid_otp ip=83.2.47.154 country=PL city=\"Warsaw\" asn=AS5617 ua=\"Mozilla/5.0 (Mac) \\\"quoted\\\"\"\n"
        "time=2026-07-09T21:00:00Z event=2fa_reset_request result=success ip=83.2.47.154\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "kv");
    REQUIRE(b.events == 2);
    const Event& a = b.event_list[0];
    CHECK(a.type == EventType::LoginFailure);
    CHECK(a.failure_reason == "invalid_otp");
    CHECK(a.asn == "5617");
    CHECK(a.city == "Warsaw");
    CHECK(a.user_agent == "Mozilla/5.0 (Mac) \"quoted\"");
    CHECK(b.event_list[1].type == EventType::TwoFactorResetRequested);
}

TEST_CASE("terminal table aligned with spaces; pipe table") {
    const std::string text =
        "TIME                 EVENT     IP              USER AGENT                    RESULT\n"
        "-------------------  --------  --------------  ----------------------------  ------\n"
        "2026-11-18 09:12:44  login     1.2.3.4         Mozilla/5.0 (Windows NT 10.0) ok\n"
        "2026-11-18 09:13:44  login     1.2.3.4         curl/8.0                      failed\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "table");
    CHECK(b.rows == 2);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].user_agent.rfind("Mozilla/5.0 (Windows NT 10.0)", 0) == 0);
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[1].user_agent == "curl/8.0");

    const std::string pipes =
        "| time                 | ip      | status |\n"
        "|----------------------|---------|--------|\n"
        "| 2026-11-18 09:12:44  | 1.2.3.4 | ok     |\n";
    const BlockIngest p = ingest_block(0, pipes);
    CHECK(p.format == "table");
    CHECK(p.rows == 1);
    REQUIRE(p.events == 1);
    CHECK(p.event_list[0].ip == "1.2.3.4");
}

TEST_CASE("headerless csv: columns recognised by their values") {
    const std::string text =
        "2026-11-18T09:12:44Z,1.2.3.4,DE,login,success\n"
        "2026-11-18T09:13:44Z,1.2.3.5,FR,login,failure\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    CHECK(b.rows == 2);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].ip == "1.2.3.4");
    CHECK(b.event_list[0].country == "DE");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
}

TEST_CASE("kraken ledger: trade legs joined, pending rows not double-counted, staked assets") {
    const std::string text =
        "\"txid\",\"refid\",\"time\",\"type\",\"subtype\",\"aclass\",\"subclass\",\"asset\",\"wallet\",\"amount\",\"fee\",\"balance\",\"amountusd\"\n"
        "\"\",\"QDEP1\",\"2025-05-15 08:15:00\",\"deposit\",\"\",\"currency\",\"fiat\",\"ZEUR\",\"spot / main\",\"949.91\",\"0\",\"\",\"1000\"\n"
        "\"L1\",\"QDEP1\",\"2025-05-15 08:16:00\",\"deposit\",\"\",\"currency\",\"fiat\",\"ZEUR\",\"spot / main\",\"949.91\",\"0\",\"949.91\",\"1000\"\n"
        "\"L2\",\"TR1\",\"2025-06-06 07:26:32.5171\",\"trade\",\"tradespot\",\"currency\",\"crypto\",\"XXBT\",\"spot / main\",\"0.0100\",\"0\",\"0.01\",\"900\"\n"
        "\"L3\",\"TR1\",\"2025-06-06 07:26:32.5171\",\"trade\",\"tradespot\",\"currency\",\"fiat\",\"ZEUR\",\"spot / main\",\"-902.93\",\"1.5\",\"45.48\",\"900\"\n"
        "\"L4\",\"ST1\",\"2025-07-01 00:00:00\",\"staking\",\"\",\"currency\",\"crypto\",\"DOT28.S\",\"earn / bonded\",\"0.5\",\"0\",\"0.5\",\"3\"\n"
        "\"L5\",\"AW1\",\"2025-08-01 00:00:00\",\"withdrawal\",\"\",\"currency\",\"crypto\",\"XETH\",\"spot / main\",\"-1.0000000000\",\"0.0035\",\"0\",\"3000\"\n";
    const BlockIngest b = ingest_block(1, text);
    CHECK(b.format == "kraken_ledger");
    CHECK(b.rows == 6);
    CHECK(b.skipped == 0);
    CHECK(b.events == 4);
    REQUIRE(b.event_list.size() == 4);
    const Event& dep = b.event_list[0];
    CHECK(dep.type == EventType::Deposit);
    CHECK(dep.asset == "EUR");
    CHECK(dep.fiat);
    CHECK(dep.src.line == 3);
    REQUIRE(dep.also.size() == 1);
    CHECK(dep.also[0].line == 2);
    const Event& tr = b.event_list[1];
    CHECK(tr.type == EventType::Trade);
    CHECK(tr.asset == "BTC");
    CHECK(tr.asset_raw == "XXBT");
    CHECK(tr.side == "buy");
    CHECK(tr.amount == doctest::Approx(0.01));
    CHECK(tr.counter_asset == "EUR");
    CHECK(tr.counter_amount == doctest::Approx(902.93));
    CHECK(tr.time_ms == 517);
    REQUIRE(tr.also.size() == 1);
    CHECK(tr.also[0].line == 5);
    CHECK(b.event_list[2].type == EventType::Staking);
    CHECK(b.event_list[2].asset == "DOT");
    CHECK(b.event_list[3].type == EventType::Withdrawal);
    CHECK(b.event_list[3].asset == "ETH");
    CHECK(b.event_list[3].amount == doctest::Approx(-1.0));
    CHECK(b.event_list[3].fee == doctest::Approx(0.0035));
}

TEST_CASE("kraken ledger: the 10-column variant; a sell against fiat") {
    const std::string text =
        "\"txid\",\"refid\",\"time\",\"type\",\"subtype\",\"aclass\",\"asset\",\"amount\",\"fee\",\"balance\"\n"
        "\"LA\",\"T5\",\"2025-10-05 18:50:45\",\"trade\",\"tradespot\",\"currency\",\"XXRP\",\"-360.34\",\"0\",\"113.57\"\n"
        "\"LB\",\"T5\",\"2025-10-05 18:50:45\",\"trade\",\"tradespot\",\"currency\",\"ZGBP\",\"1307.98\",\"0\",\"3877.18\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "kraken_ledger");
    CHECK(b.rows == 2);
    REQUIRE(b.events == 1);
    CHECK(b.event_list[0].asset == "XRP");
    CHECK(b.event_list[0].side == "sell");
    CHECK(b.event_list[0].counter_asset == "GBP");
}

TEST_CASE("kraken trades.csv") {
    const std::string text =
        "\"txid\",\"ordertxid\",\"pair\",\"time\",\"type\",\"ordertype\",\"price\",\"cost\",\"fee\",\"vol\",\"margin\",\"misc\",\"ledgers\"\n"
        "\"TX1\",\"O1\",\"XXBTZEUR\",\"2025-06-06 07:26:32.5171\",\"buy\",\"market\",\"90293.0\",\"902.93\",\"1.44\",\"0.01\",\"0\",\"\",\"L2,L3\"\n"
        "\"TX2\",\"O2\",\"ADA/USD\",\"2025-06-07 07:26:32\",\"sell\",\"limit\",\"0.5\",\"50\",\"0.1\",\"100\",\"0\",\"\",\"L4,L5\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "kraken_trades");
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].asset == "BTC");
    CHECK(b.event_list[0].counter_asset == "EUR");
    CHECK(b.event_list[0].side == "buy");
    CHECK(b.event_list[0].counter_amount == doctest::Approx(902.93));
    CHECK(b.event_list[1].asset == "ADA");
    CHECK(b.event_list[1].side == "sell");
    CHECK(b.event_list[1].amount == doctest::Approx(-100.0));
}

TEST_CASE("lines: sshd auth log") {
    const std::string text =
        "2026-11-18T09:12:44Z host sshd[311]: Failed password for root from 203.0.113.9 port 22 ssh2\n"
        "2026-11-18T09:13:44Z host sshd[311]: Accepted publickey for alice from 198.51.100.7 port 50022 ssh2\n"
        "this line has no time\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "lines");
    CHECK(b.rows == 3);
    CHECK(b.events == 2);
    CHECK(b.skipped == 1);
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].ip == "203.0.113.9");
    CHECK(b.event_list[0].failure_reason == "invalid_password");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].ip == "198.51.100.7");
    CHECK(b.format_reason.find("each line scanned") != std::string::npos);

    // Syslog stamps without a year, resolved against the case's "now".
    const BlockIngest s = ingest_block(0, "Nov 18 09:12:44 host sshd[1]: Accepted password for bob from 192.0.2.1 port 22\n",
                                       to_unix(2026, 11, 20));
    REQUIRE(s.events == 1);
    CHECK(when(s.event_list[0]) == "2026-11-18T09:12:44Z");
}

TEST_CASE("robustness: empty, garbage, invalid UTF-8, one huge line") {
    const BlockIngest e = ingest_block(0, "");
    CHECK(e.format == "empty");
    CHECK(e.rows == 0);
    CHECK(ingest_block(0, "   \n\n").format == "empty");

    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
    const BlockIngest g = ingest_block(0, garbage);
    CHECK(g.warnings_total > 0);
    CHECK(g.events <= g.rows);
    CHECK(g.rows == g.events + g.skipped);

    const std::string bad_utf8 = "time,ip,city\n2026-11-18T09:12:44Z,1.2.3.4,M\xFC" "nchen\n";
    const BlockIngest u = ingest_block(0, bad_utf8);
    REQUIRE(u.events == 1);
    CHECK(u.event_list[0].city == "M\xEF\xBF\xBDnchen");
    CHECK(u.warnings_total >= 1);

    std::string huge(10 * 1024 * 1024, 'a');
    const BlockIngest h = ingest_block(0, huge);
    CHECK(h.rows == 1);
    CHECK(h.skipped == 1);
    CHECK(h.warnings.at(0).message.size() < 200);

    const std::string unterminated = "time,ip,ua\n2026-11-18T09:12:44Z,1.2.3.4,\"never closed\n2026-11-18T09:13:44Z,1.2.3.5,x\n";
    const BlockIngest q = ingest_block(0, unterminated);
    CHECK(q.rows == 2);
    CHECK(q.events == 2);
}

TEST_CASE("looks_like_logs tells pasted logs from a client's reply") {
    CHECK(looks_like_logs("time,ip\n2026-11-18T09:12:44Z,1.2.3.4\n"));
    CHECK(looks_like_logs("2026-11-18 09:12:44 login ok\n2026-11-18 09:13:44 login ok\n"));
    CHECK_FALSE(looks_like_logs("Hello, I lost my phone. I last logged in from Berlin two weeks ago.\nThanks, Anna"));
    CHECK_FALSE(looks_like_logs(""));
}

TEST_CASE("lines: nginx access log status and user agent") {
    const std::string text =
        "203.0.113.9 - - [18/Nov/2026:09:12:44 +0000] \"POST /login HTTP/1.1\" 401 512 \"-\" \"python-requests/2.32.3\"\n"
        "203.0.113.9 - - [18/Nov/2026:10:12:45 +0100] \"POST /login HTTP/1.1\" 200 512 \"-\" \"python-requests/2.32.3\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "lines");
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].ip == "203.0.113.9");
    CHECK(b.event_list[0].user_agent == "python-requests/2.32.3");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(when(b.event_list[1]) == "2026-11-18T09:12:45Z");
}

TEST_CASE("exports beyond the sample: Entra ID sign-ins, Okta System Log, Coinbase, Auth0") {
    const std::string entra =
        "Date (UTC),Request ID,User agent,User,Username,User type,Application,IP address,Location,Status,Sign-in error code,Failure reason,Client app,Browser,Autonomous system number\n"
        "2026-11-18T09:12:44Z,abc,\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\",Anna Berg,anna@contoso.com,Member,Office 365,203.0.113.7,\"Berlin, Berlin, DE\",Failure,50126,Invalid username or password.,Browser,Chrome 131,3320\n";
    const BlockIngest e = ingest_block(0, entra);
    REQUIRE(e.events == 1);
    CHECK(e.event_list[0].type == EventType::LoginFailure);
    CHECK(e.event_list[0].failure_reason == "invalid_password");
    CHECK(e.event_list[0].user_agent == "Mozilla/5.0 (Windows NT 10.0; Win64; x64)");
    CHECK(e.event_list[0].email == "anna@contoso.com");
    CHECK(e.event_list[0].city == "Berlin");
    CHECK(e.event_list[0].country == "DE");
    CHECK(e.event_list[0].asn == "3320");

    const std::string okta =
        "[{\"actor\":{\"alternateId\":\"anna@example.com\"},\"client\":{\"userAgent\":{\"rawUserAgent\":\"Mozilla/5.0 (Macintosh)\",\"browser\":\"SAFARI\"},"
        "\"ipAddress\":\"198.51.100.4\",\"geographicalContext\":{\"city\":\"Lisbon\",\"country\":\"Portugal\"}},"
        "\"eventType\":\"user.session.start\",\"outcome\":{\"result\":\"FAILURE\",\"reason\":\"INVALID_CREDENTIALS\"},"
        "\"published\":\"2026-11-18T09:12:44.123Z\",\"securityContext\":{\"asNumber\":12345,\"asOrg\":\"meo\"}}]";
    const BlockIngest o = ingest_block(0, okta);
    REQUIRE(o.events == 1);
    const Event& oe = o.event_list[0];
    CHECK(oe.type == EventType::LoginFailure);
    CHECK(oe.failure_reason == "invalid_password");
    CHECK(oe.user_agent == "Mozilla/5.0 (Macintosh)");
    CHECK(oe.country == "PT");
    CHECK(oe.city == "Lisbon");
    CHECK(oe.asn == "12345");
    CHECK(oe.email == "anna@example.com");

    const std::string coinbase =
        "Transactions\nUser,anna@example.com,abc\n"
        "ID,Timestamp,Transaction Type,Asset,Quantity Transacted,Price Currency,Price at Transaction,Subtotal,Total (inclusive of fees and/or spread),Fees and/or Spread,Notes\n"
        "1,2026-11-03 10:00:00 UTC,Buy,BTC,0.01,EUR,\"\xE2\x82\xAC" "90,000.00\",\xE2\x82\xAC" "900.00,\xE2\x82\xAC" "905.00,\xE2\x82\xAC" "5.00,Bought 0.01 BTC\n";
    const BlockIngest c = ingest_block(0, coinbase);
    CHECK(c.format == "csv");
    CHECK(c.rows == 1);
    REQUIRE(c.events == 1);
    CHECK(c.event_list[0].type == EventType::Trade);
    CHECK(c.event_list[0].side == "buy");
    CHECK(c.event_list[0].asset == "BTC");
    CHECK(c.event_list[0].amount == doctest::Approx(0.01));
    CHECK(c.event_list[0].counter_asset == "EUR");
    CHECK(c.event_list[0].src.line == 4);

    const BlockIngest a = ingest_block(0, "date\ttype\tdescription\tip\n1794993164000\tfp\tWrong email or password.\t203.0.113.9\n");
    REQUIRE(a.events == 1);
    CHECK(a.event_list[0].type == EventType::LoginFailure);
    CHECK(a.event_list[0].failure_reason == "invalid_password");
}

TEST_CASE("a funding export without a type column takes its kind from the block label") {
    const std::string text =
        "Date(UTC),Coin,Network,Amount,TransactionFee,Address,TXID,Status\n"
        "2026-11-03 10:00:00,BTC,BTC,0.5,0.0002,bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh,abc123,Completed\n";
    const BlockIngest w = ingest_block(0, text, 0, "Withdrawal history");
    REQUIRE(w.events == 1);
    CHECK(w.event_list[0].type == EventType::Withdrawal);
    CHECK(w.event_list[0].address == "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
    CHECK(w.event_list[0].txid == "abc123");
    CHECK(w.event_list[0].fee == doctest::Approx(0.0002));
    const BlockIngest d = ingest_block(0, text, 0, "Deposit history");
    REQUIRE(d.events == 1);
    CHECK(d.event_list[0].type == EventType::Deposit);
    const BlockIngest n = ingest_block(0, text);
    REQUIRE(n.events == 1);
    CHECK(n.event_list[0].type == EventType::Deposit);  // positive amount, nothing else to go on
}

TEST_CASE("columns with unknown header words are recognised by their values") {
    const std::string text =
        "Wann,Adresse des Rechners,Ergebnis\n"
        "2026-11-18 09:12:44,203.0.113.9,fehlgeschlagen\n"
        "2026-11-18 09:13:44,203.0.113.9,erfolgreich\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    REQUIRE(b.events == 2);
    CHECK(when(b.event_list[0]) == "2026-11-18T09:12:44Z");
    CHECK(b.event_list[0].ip == "203.0.113.9");
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
}

TEST_CASE("headers in capitalised non-ASCII words: Cyrillic, accented Latin, Turkish") {
    const std::string ru =
        "\xD0\x92\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F,IP-\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB5\xD1\x81,\xD0\xA1\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB0\n"  // Время,IP-адрес,Страна
        "2026-09-03 14:47:23,83.2.47.154,PL\n";
    const BlockIngest b = ingest_block(0, ru);
    CHECK(b.format == "csv");
    REQUIRE(b.events == 1);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].ip == "83.2.47.154");
    CHECK(b.event_list[0].country == "PL");
    const std::string tr = "Tarih,IP Adresi,\xC3\x9Clke,\xC5\x9E" "ehir,Olay\n2026-09-03 14:47:23,83.2.47.154,TR,Istanbul,Giri\xC5\x9F\n";  // Ülke, Şehir, Giriş
    const BlockIngest t = ingest_block(0, tr);
    REQUIRE(t.events == 1);
    CHECK(t.warnings.empty());
    CHECK(t.event_list[0].city == "Istanbul");
    CHECK(t.event_list[0].country == "TR");
    CHECK(t.event_list[0].type == EventType::LoginSuccess);
    const std::string fr = "Date;\xC3\x89v\xC3\xA9nement;Statut\n03/09/2026 14:47:23;Connexion;\xC3\x89" "chec (mot de passe incorrect)\n";  // Événement, Échec
    const BlockIngest f = ingest_block(0, fr);
    REQUIRE(f.events == 1);
    CHECK(f.event_list[0].type == EventType::LoginFailure);
    CHECK(f.event_list[0].failure_reason == "invalid_password");
}

TEST_CASE("psql and MySQL output: borders, row-count footers, an empty last cell") {
    const std::string psql =
        "     created_at      | ip          | status  | reason\n"
        "---------------------+-------------+---------+-------------\n"
        " 2026-09-03 14:47:23 | 83.2.47.154 | success |\n"
        " 2026-09-03 14:48:23 | 83.2.47.154 | failure | invalid_otp\n"
        "(2 rows)\n";
    const BlockIngest p = ingest_block(0, psql);
    CHECK(p.format == "table");
    CHECK(p.rows == 2);
    CHECK(p.skipped == 0);
    CHECK(p.warnings.empty());
    REQUIRE(p.events == 2);
    CHECK(p.event_list[1].failure_reason == "invalid_otp");
    const std::string mysql =
        "+---------------------+-------------+---------+\n"
        "| created_at          | ip          | status  |\n"
        "+---------------------+-------------+---------+\n"
        "| 2026-09-03 14:47:23 | 83.2.47.154 | success |\n"
        "+---------------------+-------------+---------+\n"
        "1 row in set (0.00 sec)\n";
    const BlockIngest m = ingest_block(0, mysql);
    CHECK(m.format == "table");
    CHECK(m.rows == 1);
    CHECK(m.skipped == 0);
    CHECK(m.warnings.empty());
}

TEST_CASE("decimal commas: decided once per amount column") {
    // ';' with values that tell: "-22,553" is -22.553 because "0,5" shows the column's decimal comma.
    const std::string de =
        "Zeitpunkt;Vorgang;W\xC3\xA4hrung;Betrag;Geb\xC3\xBChr\n"
        "03.09.2026 14:47:23;Einzahlung;EUR;1.234,5;0\n"
        "04.09.2026 14:47:23;Auszahlung;SOL;-22,553;0,01\n"
        "05.09.2026 14:47:23;Verkauf;BTC;-0,5;0\n";
    const BlockIngest b = ingest_block(0, de);
    CHECK(b.format == "csv");
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].amount == doctest::Approx(1234.5));
    CHECK(b.event_list[0].type == EventType::Deposit);
    CHECK(b.event_list[1].amount == doctest::Approx(-22.553));
    CHECK(b.event_list[1].fee == doctest::Approx(0.01));
    CHECK(b.event_list[1].type == EventType::Withdrawal);
    CHECK(b.event_list[2].type == EventType::Trade);
    CHECK(b.event_list[2].side == "sell");  // "Verkauf" holds "kauf" but is a sale
    // ',' with decimal points elsewhere in the column: "1,234" stays one thousand two hundred…
    const std::string us = "time,type,asset,amount\n2026-09-03 14:47:23,deposit,EUR,\"1,234\"\n2026-09-04 14:47:23,deposit,EUR,0.5\n";
    const BlockIngest u = ingest_block(0, us);
    REQUIRE(u.events == 2);
    CHECK(u.event_list[0].amount == doctest::Approx(1234));
}

TEST_CASE("access log: the action comes from the request line, not the referrer or user agent") {
    const std::string text =
        "83.2.47.154 - - [03/Sep/2026:14:47:23 +0000] \"POST /api/v1/login HTTP/1.1\" 401 512 \"https://exchange.example/login\" "
        "\"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "lines");
    REQUIRE(b.events == 1);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].ip == "83.2.47.154");
}

TEST_CASE("json: name/value parameter arrays become named fields (Google Workspace login audit)") {
    const std::string text =
        "{\"kind\": \"admin#reports#activities\", \"items\": [\n"
        "{\"id\": {\"time\": \"2026-09-03T14:47:23.000Z\", \"applicationName\": \"login\"}, \"ipAddress\": \"83.2.47.154\", "
        "\"events\": [{\"type\": \"login\", \"name\": \"login_failure\", \"parameters\": [{\"name\": \"login_type\", \"value\": \"google_password\"}, "
        "{\"name\": \"login_failure_type\", \"value\": \"login_failure_invalid_password\"}]}]}\n"
        "]}\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    CHECK(b.warnings.empty());
    REQUIRE(b.events == 1);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].failure_reason == "invalid_password");
    CHECK(b.event_list[0].ip == "83.2.47.154");
}

namespace {

bool warns(const BlockIngest& b, std::string_view part) {
    for (const auto& w : b.warnings)
        if (w.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("csv: slash dates no value decides are read in the block's language order, with a warning") {
    // Every day <= 12: only the language can tell. A French panel writes the day first.
    const std::string fr =
        "Date et heure;Adresse IP;Événement;Statut\n"
        "03/09/2026 10:00:00;1.1.1.1;Connexion;Réussi\n"
        "05/09/2026 11:00:00;1.1.1.2;Connexion;Échec\n";
    const BlockIngest f = ingest_block(0, fr);
    REQUIRE(f.events == 2);
    CHECK(when(f.event_list[0]) == "2026-09-03T10:00:00Z");
    CHECK(when(f.event_list[1]) == "2026-09-05T11:00:00Z");
    CHECK(warns(f, "read day-first"));

    // Values in a day-first language count as much as headers (Russian events, English header).
    const std::string ru =
        "time,ip,event,result\n"
        "03/09/2026 10:00,1.1.1.1,Вход,Успешно\n"
        "04/09/2026 10:00,1.1.1.1,Вход,Успешно\n";
    const BlockIngest r = ingest_block(0, ru);
    REQUIRE(r.events == 2);
    CHECK(when(r.event_list[1]) == "2026-09-04T10:00:00Z");

    // An English block keeps the US order, and says it guessed.
    const std::string en =
        "Timestamp,IP,Event,Status\n"
        "03/09/2026 10:00 AM,1.1.1.1,Sign-in,Success\n"
        "05/09/2026 11:00 AM,1.1.1.2,Sign-in,Failed\n";
    const BlockIngest e = ingest_block(0, en);
    REQUIRE(e.events == 2);
    CHECK(when(e.event_list[0]) == "2026-03-09T10:00:00Z");
    CHECK(warns(e, "read month-first"));

    // One row that tells decides the whole column, whatever the language; no guess, no warning.
    const std::string told =
        "Date et heure;Adresse IP;Événement;Statut\n"
        "03/09/2026 10:00:00;1.1.1.1;Connexion;Réussi\n"
        "03/25/2026 11:00:00;1.1.1.2;Connexion;Réussi\n";
    const BlockIngest t = ingest_block(0, told);
    REQUIRE(t.events == 2);
    CHECK(when(t.event_list[0]) == "2026-03-09T10:00:00Z");
    CHECK_FALSE(warns(t, "guess"));

    // Dotted dates are day-first everywhere, even in an English block, and need no warning.
    const std::string dots =
        "Timestamp,IP,Event,Status\n"
        "03.09.2026 10:00,1.1.1.1,Sign-in,Success\n";
    const BlockIngest d = ingest_block(0, dots);
    REQUIRE(d.events == 1);
    CHECK(when(d.event_list[0]) == "2026-09-03T10:00:00Z");
    CHECK_FALSE(warns(d, "guess"));
}

TEST_CASE("json lines: the language order of slash dates is decided once for the block") {
    const std::string text =
        "{\"zeitpunkt\": \"03/09/2026 10:00\", \"ereignis\": \"Anmeldung\", \"ip\": \"1.1.1.1\"}\n"
        "{\"zeitpunkt\": \"04/09/2026 10:00\", \"ereignis\": \"Anmeldung\", \"ip\": \"1.1.1.1\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(when(b.event_list[0]) == "2026-09-03T10:00:00Z");
    CHECK(when(b.event_list[1]) == "2026-09-04T10:00:00Z");
    CHECK(warns(b, "day-first language ('zeitpunkt')"));
}

TEST_CASE("country names in the panel's language read as ISO codes; city names are kept as printed") {
    const std::string text =
        "Время,IP-адрес,Страна,Город,Событие\n"
        "2026-09-03 10:00,1.1.1.1,Германия,Берлин,Вход\n"
        "2026-09-03 10:01,1.1.1.1,Allemagne,Francfort,Вход\n"
        "2026-09-03 10:02,1.1.1.1,Almanya,Münih,Вход\n"
        "2026-09-03 10:03,1.1.1.1,德国,柏林,Вход\n"
        "2026-09-03 10:04,1.1.1.1,독일,베를린,Вход\n"
        "2026-09-03 10:05,1.1.1.1,Alemanha,Berlim,Вход\n"
        "2026-09-03 10:06,1.1.1.1,Россия,Москва,Вход\n"
        "2026-09-03 10:07,1.1.1.1,Países Bajos,Ámsterdam,Вход\n"
        "2026-09-03 10:08,1.1.1.1,Vereinigtes Königreich,Londres,Вход\n"
        "2026-09-03 10:09,1.1.1.1,大韩民国,首尔,Вход\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 10);
    const char* want[] = {"DE", "DE", "DE", "DE", "DE", "DE", "RU", "NL", "GB", "KR"};
    for (size_t i = 0; i < 10; ++i) {
        CAPTURE(i);
        CHECK(b.event_list[i].country == want[i]);
    }
    // The enrich stage places the city (gazetteer exonyms); ingest keeps what the log printed.
    CHECK(b.event_list[6].city == "Москва");
    CHECK(b.event_list[9].city == "首尔");

    // "City, Country" locations with a localised country.
    const std::string loc = "Datum\tOrt\tIP\n2026-09-03 10:00\tMailand, Italien\t1.1.1.1\n";
    const BlockIngest l = ingest_block(0, loc);
    REQUIRE(l.events == 1);
    CHECK(l.event_list[0].country == "IT");
    CHECK(l.event_list[0].city == "Mailand");
}

TEST_CASE("csv: a web table copied with its pager below, even with a single row") {
    const BlockIngest b = ingest_block(0, "Date,IP,Event\n2026-03-01 10:22:11,85.1.2.3,login\nShowing 1-1 of 1 results\nPrevious | Next\n");
    CHECK(b.format == "csv");
    CHECK(b.rows == 1);
    CHECK(b.skipped == 0);
    REQUIRE(b.event_list.size() == 1);
    CHECK(b.event_list[0].ip == "85.1.2.3");
    REQUIRE(b.warnings.size() == 2);
    CHECK(b.warnings[0].line == 3);
    CHECK(b.warnings[0].message.find("not a row of the table") != std::string::npos);
}

TEST_CASE("json lines: an event holding an array of objects is one record, not a wrapper (Okta's request.ipChain)") {
    const std::string text =
        R"({"eventType": "user.session.start", "published": "2026-08-07T00:22:44.845Z", "outcome": {"result": "SUCCESS"}, )"
        R"("client": {"ipAddress": "121.130.45.10", "geographicalContext": {"city": "Busan", "country": "South Korea"}}, )"
        R"("request": {"ipChain": [{"ip": "121.130.45.10", "version": "V4"}]}})" "\n"
        R"({"eventType": "user.session.start", "published": "2026-08-08T01:00:00Z", "outcome": {"result": "FAILURE"}, )"
        R"("client": {"ipAddress": "121.130.47.201"}, "request": {"ipChain": [{"ip": "121.130.47.201"}, {"ip": "10.0.0.1"}]}})" "\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "jsonl");
    CHECK(b.rows == 2);
    CHECK(b.events == 2);
    CHECK(b.skipped == 0);
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].ip == "121.130.45.10");
    CHECK(b.event_list[0].city == "Busan");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    // A real wrapper (no time of its own) still gives its records.
    const BlockIngest w = ingest_block(0, R"({"data": [{"time": "2026-08-07T00:22:44Z", "event": "login", "ip": "1.2.3.4"}, {"time": "2026-08-07T01:22:44Z", "event": "login", "ip": "1.2.3.5"}]})");
    CHECK(w.events == 2);
}

TEST_CASE("json lines behind a text prefix: Loki exports and syslog lines carrying JSON") {
    const std::string loki =
        R"(2026-11-15T09:34:52.440Z {app="auth-api", env="prod"} {"event": "login", "result": "failure", "ip": "159.89.102.37", "geo": {"cc": "DE", "city": "Frankfurt am Main"}, "reason": "invalid_otp"})" "\n"
        R"(2026-11-15T09:33:40.077Z {app="auth-api", env="prod"} {"event": "login", "result": "success", "ip": "159.89.102.37"})" "\n";
    const BlockIngest b = ingest_block(0, loki);
    CHECK(b.format == "jsonl");
    CHECK(b.events == 2);
    REQUIRE(b.event_list.size() == 2);
    CHECK(when(b.event_list[0]) == "2026-11-15T09:34:52Z");
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].ip == "159.89.102.37");
    CHECK(b.event_list[0].city == "Frankfurt am Main");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    const std::string syslog =
        R"(Nov 18 09:12:44 auth-01 authd[311]: {"event": "login", "ip": "81.2.69.142", "result": "ok"})" "\n"
        R"(Nov 18 09:13:44 auth-01 authd[311]: {"event": "login", "ip": "81.2.69.142", "result": "failed", "ts": "2026-11-18T09:13:40Z"})" "\n";
    const BlockIngest s = ingest_block(0, syslog, to_unix(2026, 11, 20, 0, 0, 0));
    CHECK(s.events == 2);
    REQUIRE(s.event_list.size() == 2);
    CHECK(when(s.event_list[0]) == "2026-11-18T09:12:44Z");
    CHECK(when(s.event_list[1]) == "2026-11-18T09:13:40Z");  // the body's own time wins
}

TEST_CASE("key=value: syslog lines name the event after the 'host app[pid]:' tag; src is the address; geo 'IT/Rome'") {
    const std::string text =
        R"(Nov 12 18:24:31 web-auth-01 authd[7202]: LOGIN OK user=marco@libero.it src=151.38.20.1 geo=IT/Milan mfa=totp ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15")" "\n"
        R"(Nov 12 18:26:12 web-acct-01 account-svc[950]: API_KEY_CREATED user=marco@libero.it src=151.38.20.1 key_id=AK-77f1c)" "\n"
        R"(Nov 12 18:31:05 wallet-02 wallet-svc[6823]: WITHDRAWAL_REQUESTED user=marco@libero.it src=151.38.20.1 asset=BTC amount=0.34 status=HELD_FOR_REVIEW)" "\n"
        R"(Nov 13 07:58:16 web-auth-01 authd[7202]: LOGIN FAIL user=marco@libero.it src=151.38.20.1 geo=Milan/IT reason=account_locked)" "\n";
    const BlockIngest b = ingest_block(0, text, to_unix(2026, 11, 20, 0, 0, 0));
    CHECK(b.format == "kv");
    REQUIRE(b.event_list.size() == 4);
    const Event& login = b.event_list[0];
    CHECK(login.type == EventType::LoginSuccess);
    CHECK(login.ip == "151.38.20.1");
    CHECK(login.country == "IT");
    CHECK(login.city == "Milan");
    CHECK(when(login) == "2026-11-12T18:24:31Z");
    CHECK(b.event_list[1].type == EventType::ApiKeyCreated);
    CHECK(b.event_list[2].type == EventType::Withdrawal);
    CHECK(b.event_list[2].asset == "BTC");
    CHECK(b.event_list[3].type == EventType::LoginFailure);
    CHECK(b.event_list[3].country == "IT");  // city first, country after: as before
    CHECK(b.event_list[3].city == "Milan");
    // the tag alone before the pairs names no event
    const BlockIngest tag = ingest_block(0, "Nov 12 18:24:31 auth-svc-01 login[2935]: ip=5.228.91.17 result=ok\nNov 12 18:25:31 auth-svc-01 login[2935]: ip=5.228.91.17 result=ok\n",
                                         to_unix(2026, 11, 20, 0, 0, 0));
    REQUIRE(tag.event_list.size() == 2);
    CHECK(tag.event_list[0].raw_type.empty());
    // logfmt with the time in front and the event in a key: unchanged
    const BlockIngest l = ingest_block(0, "2026-07-09T20:47:35Z event=auth.login ip=1.2.3.4 status=ok\n2026-07-09T21:47:35Z event=auth.login ip=1.2.3.4 status=ok\n");
    REQUIRE(l.event_list.size() == 2);
    CHECK(l.event_list[0].raw_type == "auth.login");
}

TEST_CASE("terminal sessions: sqlite3 -box and -column output behind its prompt lines read as tables") {
    const std::string box =
        "sqlite> .mode box\n"
        "sqlite> SELECT time, type, asset, amount FROM ledger WHERE uid = 7;\n"
        "\xE2\x94\x8C\xE2\x94\x80\xE2\x94\x80\xE2\x94\xAC\xE2\x94\x80\xE2\x94\x80\xE2\x94\x90\n"  // ┌──┬──┐ (a frame rule)
        "\xE2\x94\x82        time         \xE2\x94\x82  type   \xE2\x94\x82 asset \xE2\x94\x82 amount \xE2\x94\x82\n"
        "\xE2\x94\x9C\xE2\x94\x80\xE2\x94\x80\xE2\x94\xBC\xE2\x94\x80\xE2\x94\x80\xE2\x94\xA4\n"
        "\xE2\x94\x82 2025-11-03 17:20:11 \xE2\x94\x82 deposit \xE2\x94\x82 EUR   \xE2\x94\x82   1000 \xE2\x94\x82\n"
        "\xE2\x94\x82 2025-11-03 17:34:02 \xE2\x94\x82 trade   \xE2\x94\x82 EUR   \xE2\x94\x82   -600 \xE2\x94\x82\n"
        "\xE2\x94\x94\xE2\x94\x80\xE2\x94\x80\xE2\x94\xB4\xE2\x94\x80\xE2\x94\x80\xE2\x94\x98\n";
    const BlockIngest b = ingest_block(0, box);
    CHECK(b.rows == 2);
    CHECK(b.events == 2);
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].type == EventType::Deposit);
    CHECK(b.event_list[0].amount == 1000);
    CHECK(b.event_list[0].asset == "EUR");
    CHECK(b.event_list[0].src.line == 6);  // lines of the paste, prompts and frames counted
    const std::string column =
        "$ sqlite3 -header -column audit.db \"SELECT ts, ip, city, result FROM logins\"\n"
        "ts                         ip              city       result\n"
        "-------------------------  --------------  ---------  ------------------------\n"
        "2026-08-04T19:18:45-03:00  201.17.86.142   Sao Paulo  failed: invalid 2FA code\n"
        "2026-07-31T13:05:28-03:00  201.17.86.142   Sao Paulo  ok\n";
    const BlockIngest c = ingest_block(0, column);
    CHECK(c.rows == 2);
    REQUIRE(c.event_list.size() == 2);
    CHECK(c.event_list[0].type == EventType::LoginFailure);
    CHECK(c.event_list[0].failure_reason == "invalid_otp");
    CHECK(c.event_list[1].type == EventType::LoginSuccess);
    CHECK(c.event_list[1].city == "Sao Paulo");
    CHECK(c.event_list[1].src.line == 5);
}

TEST_CASE("free-text timelines: the leading clause names the action; a device before the place in parentheses") {
    const std::string text =
        "Feb 2, 2026 6:00:47 AM \xE2\x80\x94 Login succeeded from 78.34.101.12 (Exchange app 4.2 on Android (Pixel 7), Cologne, DE) \xE2\x80\x94 2FA: authenticator app\n"
        "Feb 3, 2026 7:22:50 AM \xE2\x80\x94 Login succeeded from 78.34.101.12 (Firefox 124 on Linux, Cologne, DE) \xE2\x80\x94 2FA: authenticator app\n"
        "Mar 3, 2026, 21:26 \xE2\x80\x94 Email change requested to giulia.mi@gmail.com from 2.38.91.177 \xE2\x80\x94 awaiting confirmation\n"
        "Mar 3, 2026, 21:30 \xE2\x80\x94 Withdrawal confirmation failed: authenticator code invalid (2.38.91.177)\n"
        "Mar 3, 2026, 21:31 \xE2\x80\x94 Login from 85.243.105.33 with iPhone14,2 / Exchange iOS 5.12.1\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.event_list.size() == 5);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);  // not a 2FA change ("2FA: authenticator app")
    CHECK(b.event_list[0].user_agent == "Exchange app 4.2 on Android (Pixel 7)");
    CHECK(b.event_list[0].city == "Cologne");
    CHECK(b.event_list[0].country == "DE");
    CHECK(b.event_list[1].user_agent == "Firefox 124 on Linux");
    CHECK(b.event_list[1].city == "Cologne");
    CHECK(b.event_list[2].type == EventType::EmailChangeRequested);
    CHECK(b.event_list[3].type == EventType::LoginFailure);
    CHECK(b.event_list[3].failure_reason == "invalid_otp");
    CHECK(b.event_list[4].type != EventType::PhoneChanged);  // "iPhone" + "Exchange" is no phone change
}

TEST_CASE("cef: header name is the event; unquoted extension values with spaces; custom fields named by their labels") {
    const std::string text =
        "CEF:0|Vaultex|AuthGateway|4.2.1|100|Login success|3|rt=1786679723000 src=77.34.128.19 suser=sergey@gmail.com cs1Label=geo "
        "cs1=Novosibirsk, RU cs2Label=mfa cs2=sms requestClientApplication=Mozilla/5.0 (Linux; Android 14; 23127PN0CG) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36 outcome=success\n"
        "Nov 18 09:12:44 siem-01 CEF:0|Vaultex|AuthGateway|4.2.1|101|Login failed|5|src=188.162.14.201 msg=wrong \\= password outcome=failure\n"
        "CEF:0|Vaultex|AuthGateway|4.2.1|200|Password changed|3|rt=1786680000000 src=188.162.14.201\n";
    const BlockIngest b = ingest_block(0, text, to_unix(2026, 11, 20, 0, 0, 0));
    CHECK(b.format == "cef");
    CHECK(b.rows == 3);
    CHECK(b.events == 3);
    REQUIRE(b.event_list.size() == 3);
    const Event& a = b.event_list[0];
    CHECK(a.type == EventType::LoginSuccess);
    CHECK(a.time == 1786679723);
    CHECK(a.ip == "77.34.128.19");
    CHECK(a.city == "Novosibirsk");
    CHECK(a.country == "RU");
    CHECK(a.user_agent == "Mozilla/5.0 (Linux; Android 14; 23127PN0CG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(when(b.event_list[1]) == "2026-11-18T09:12:44Z");  // the syslog stamp in front
    CHECK(b.event_list[2].type == EventType::PasswordChanged);
}

TEST_CASE("lines: a panel's heading above the first dated line is a title, not skipped records") {
    const std::string text =
        "Giulia Ferrari \xC2\xB7 User \xC2\xB7 giulia.ferrari@libero.it\n"
        "Activity (times in UTC)\n"
        "\n"
        "Mar 3, 2026, 21:26 \xE2\x80\x94 Login succeeded from 2.38.91.177 (Chrome on Windows, Rome, IT)\n"
        "Mar 3, 2026, 21:30 \xE2\x80\x94 Login failed from 2.38.91.177\n"
        "no date here\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "lines");
    CHECK(b.rows == 3);
    CHECK(b.events == 2);
    CHECK(b.skipped == 1);  // the undated line among the records still counts
    REQUIRE_FALSE(b.warnings.empty());
    CHECK(b.warnings[0].line == 1);
    CHECK(b.warnings[0].message.find("title") != std::string::npos);
    // Nothing dated at all: the lines are records that could not be read, as before.
    const BlockIngest none = ingest_block(0, "first line of prose, without a date\nsecond line\n");
    CHECK(none.rows == none.skipped);
}

TEST_CASE("csv: a state column ('uf' = PR) is a region, never the country; 'provedor' is the network") {
    const std::string text =
        "data_hora,ip,cidade,uf,provedor,status\n"
        "15/09/2026 11:05:26,187.56.20.11,Curitiba,PR,TELEFONICA BRASIL S.A,ok\n"
        "16/09/2026 11:05:26,187.56.20.12,Curitiba,PR,TELEFONICA BRASIL S.A,ok\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].country.empty());  // PR is Paraná here, not Puerto Rico
    CHECK(b.event_list[0].city == "Curitiba");
    CHECK(b.event_list[0].org == "TELEFONICA BRASIL S.A");
}

TEST_CASE("places: a country word at either end of a spaced place; a lone unknown name is a city, not a country") {
    const std::string text =
        "time\tevent\tip\tlocation\n"
        "2026-11-01 10:00:00\tlogin\t1.224.60.5\t\xEB\x8C\x80\xED\x95\x9C\xEB\xAF\xBC\xEA\xB5\xAD \xEC\x84\x9C\xEC\x9A\xB8\n"  // 대한민국 서울
        "2026-11-02 10:00:00\tlogin\t1.224.60.6\tBerlin Germany\n"
        "2026-11-03 10:00:00\tlogin\t1.224.60.7\tCuritiba\n"
        "2026-11-04 10:00:00\tlogin\t1.224.60.8\tDE\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.event_list.size() == 4);
    CHECK(b.event_list[0].country == "KR");
    CHECK(b.event_list[0].city == "\xEC\x84\x9C\xEC\x9A\xB8");
    CHECK(b.event_list[1].country == "DE");
    CHECK(b.event_list[1].city == "Berlin");
    CHECK(b.event_list[2].country.empty());
    CHECK(b.event_list[2].city == "Curitiba");
    CHECK(b.event_list[3].country == "DE");
    CHECK(b.event_list[3].city.empty());
}

TEST_CASE("csv: Datadog geoip columns and a Coinbase Pro statement's unit column and 'match' rows") {
    const std::string dd =
        "Date,Status,Message,@network.client.ip,@network.client.geoip.city.name,@network.client.geoip.country.iso_code\n"
        "2026-11-18T09:12:44Z,error,Login failed,79.40.10.5,Turin,IT\n";
    const BlockIngest d = ingest_block(0, dd);
    REQUIRE(d.event_list.size() == 1);
    CHECK(d.event_list[0].city == "Turin");
    CHECK(d.event_list[0].country == "IT");
    const std::string cb =
        "portfolio,type,time,amount,balance,amount/balance unit,transfer id,trade id,order id\n"
        "default,deposit,2025-05-12T07:40:11.000Z,1000,1000,EUR,a1,,\n"
        "default,match,2025-05-12T07:52:30.000Z,0.00988,0.00988,BTC,,17,o1\n";
    const BlockIngest c = ingest_block(0, cb);
    REQUIRE(c.event_list.size() == 2);
    CHECK(c.event_list[0].type == EventType::Deposit);
    CHECK(c.event_list[0].asset == "EUR");
    CHECK(c.event_list[1].type == EventType::Trade);
    CHECK(c.event_list[1].asset == "BTC");
}

TEST_CASE("csv: a withdrawal under review is not done, in the panel languages too") {
    const std::string text =
        "time,type,asset,amount,status\n"
        "2026-11-17 07:09:40,withdrawal,ETH,-0.48,\xD0\x9D\xD0\xB0 \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBA\xD0\xB5\n"  // На проверке
        "2026-11-16 07:09:40,withdrawal,ETH,-0.30,Under review\n"
        "2026-11-15 07:09:40,withdrawal,ETH,-0.10,completed\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.event_list.size() == 3);
    CHECK_FALSE(b.event_list[0].success);
    CHECK_FALSE(b.event_list[1].success);
    CHECK(b.event_list[2].success);
}

TEST_CASE("tsv: a panel's Device column beside its Browser / App column makes one label naming both") {
    const std::string text =
        "Date (UTC)\tIP address\tDevice\tBrowser / App\tStatus\n"
        "11 Mar 2026, 07:58:45\t82.64.151.23\tMacBook Air\tSafari 17.4\tSuccess\n"
        "11 Mar 2026, 08:58:45\t82.64.151.23\tiPhone 13 Pro\tMozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Version/17.4 Mobile/15E148 Safari/604.1\tSuccess\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].user_agent == "Safari 17.4 on MacBook Air");
    CHECK(b.event_list[1].user_agent.view().rfind("Mozilla/5.0 (iPhone", 0) == 0);  // a raw user agent stays as it is
}

TEST_CASE("terminal sessions: clickhouse-client Pretty output with the column names in its top frame, bq tables, echoed queries") {
    const std::string ch =
        "ch-02 :) SELECT event_time, event, ip, result FROM auth WHERE uid = 7\n"
        "\n"
        "SELECT event_time, event, ip, result\n"
        "FROM auth\n"
        "WHERE uid = 7\n"
        "\n"
        "Query id: 5b2e7c41-0f3a\n"
        "\n"
        "\xE2\x94\x8C\xE2\x94\x80" "event_time\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\xAC\xE2\x94\x80" "event\xE2\x94\x80\xE2\x94\xAC\xE2\x94\x80ip\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\xAC\xE2\x94\x80result\xE2\x94\x80\xE2\x94\x90\n"
        "\xE2\x94\x82 2026-09-13 10:00:00 \xE2\x94\x82 login \xE2\x94\x82 93.224.90.5 \xE2\x94\x82 success \xE2\x94\x82\n"
        "\xE2\x94\x82 2026-09-13 10:05:00 \xE2\x94\x82 login \xE2\x94\x82 93.224.90.5 \xE2\x94\x82 failed  \xE2\x94\x82\n"
        "\xE2\x94\x94\xE2\x94\x80\xE2\x94\x80\xE2\x94\xB4\xE2\x94\x80\xE2\x94\x80\xE2\x94\x98\n"
        "\n"
        "2 rows in set. Elapsed: 0.004 sec.\n"
        "\n"
        "ch-02 :)\n";
    const BlockIngest b = ingest_block(0, ch);
    CHECK(b.rows == 2);
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].ip == "93.224.90.5");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    const std::string bq =
        "$ bq query --use_legacy_sql=false 'SELECT event_ts, event, ip, status FROM t'\n"
        "Waiting on bqjob_r4c1_1 ... (0s) Current status: DONE\n"
        "+---------------------+---------+--------------+---------+\n"
        "|      event_ts       |  event  |      ip      | status  |\n"
        "+---------------------+---------+--------------+---------+\n"
        "| 2026-06-22 14:09:51 | login   | 141.164.60.2 | success |\n"
        "| 2026-06-22 14:10:51 | login   | 141.164.60.2 | failed  |\n"
        "+---------------------+---------+--------------+---------+\n";
    const BlockIngest q = ingest_block(0, bq);
    CHECK(q.rows == 2);
    REQUIRE(q.event_list.size() == 2);
    CHECK(when(q.event_list[0]) == "2026-06-22T14:09:51Z");  // "event_ts" is the time, not the event
    CHECK(q.event_list[1].type == EventType::LoginFailure);
}

TEST_CASE("records: ClickHouse FORMAT Vertical 'Row N:' lines separate records") {
    std::string text;
    for (int i = 1; i <= 3; ++i)
        text += "Row " + std::to_string(i) + ":\n" + "\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\n" +
                "event_time: 2026-11-0" + std::to_string(i) + " 10:00:00\nevent:      login\nresult:     success\nip:         37.99.46.20" +
                std::to_string(i) + "\n\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "records");
    CHECK(b.rows == 3);
    CHECK(b.events == 3);
}

TEST_CASE("side panels: middle-dot separated event lines under a heading; '2FA ok' is a success; 'ip 1.2.3.4'") {
    const std::string text =
        "Exchange Admin  \xC2\xB7  app Zendesk\n"
        "\n"
        "Davide Rinaldi\n"
        "Attivit\xC3\xA0 di sicurezza (orari UTC)\n"
        "\n"
        "17 feb 2026, 07:11  \xC2\xB7  Password corretta  \xC2\xB7  2FA non valido  \xC2\xB7  ip 87.10.63.142  \xC2\xB7  Torino, IT  \xC2\xB7  Chrome 121 su macOS\n"
        "16 feb 2026, 20:40  \xC2\xB7  Accesso riuscito  \xC2\xB7  2FA ok  \xC2\xB7  ip 79.31.205.77  \xC2\xB7  Torino, IT  \xC2\xB7  Chrome 121 su macOS\n"
        "15 feb 2026, 20:40  \xC2\xB7  Accesso riuscito  \xC2\xB7  2FA ok  \xC2\xB7  ip 79.31.205.77  \xC2\xB7  Torino, IT  \xC2\xB7  Chrome 121 su macOS\n"
        "14 feb 2026, 20:40  \xC2\xB7  Accesso riuscito  \xC2\xB7  2FA ok  \xC2\xB7  ip 79.31.205.77  \xC2\xB7  Torino, IT  \xC2\xB7  Chrome 121 su macOS\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.rows == 4);
    REQUIRE(b.event_list.size() == 4);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].failure_reason == "invalid_otp");
    CHECK(b.event_list[0].ip == "87.10.63.142");
    CHECK(b.event_list[0].city == "Torino");
    CHECK(b.event_list[0].user_agent == "Chrome 121 su macOS");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].src.line == 6);
}

TEST_CASE("exchange exports: Crypto.com's Transaction Kind; KuCoin history with an Account Type column and the kind in Remarks") {
    const std::string cdc =
        "Timestamp (UTC),Transaction Description,Currency,Amount,To Currency,To Amount,Native Currency,Native Amount,Native Amount (in USD),Transaction Kind\n"
        "2026-07-05 10:00:04,Crypto Earn,USDT,0.610442,,,USD,0.61,0.61,crypto_earn_interest_paid\n"
        "2026-07-03 04:22:10,ETH -> USDC,ETH,-0.05,USDC,172.418,USD,172.4,172.4,crypto_exchange\n"
        "2026-06-28 12:01:33,Deposit USDT,USDT,500,,,USD,500,500,crypto_deposit\n";
    const BlockIngest c = ingest_block(0, cdc);
    REQUIRE(c.event_list.size() == 3);
    CHECK(c.event_list[0].type == EventType::Staking);  // interest is not a deposit
    CHECK(c.event_list[1].type == EventType::Trade);
    CHECK(c.event_list[2].type == EventType::Deposit);
    const std::string kucoin =
        "UID,Account Type,Time(UTC+08:00),Coin,Amount,Fee,Hash,Withdrawal Address/Account,Transfer Network,Status,Remarks\n"
        "61b3f0a2,mainAccount,2026-11-02 23:15:40,BTC,0.015,0.0001,02e0993,bc1qk0r6h9t2m5x8z3wv7nd4c1lq6s0jy2f8pe5ua9,BTC,SUCCESS,Withdrawal\n"
        "61b3f0a2,mainAccount,2026-09-27 22:01:31,BTC,0.02,0.0001,aa71b14,bc1qk0r6h9t2m5x8z3wv7nd4c1lq6s0jy2f8pe5ua9,BTC,SUCCESS,Withdrawal\n";
    const BlockIngest k = ingest_block(0, kucoin);
    REQUIRE(k.event_list.size() == 2);
    CHECK(k.event_list[0].type == EventType::Withdrawal);
    CHECK(when(k.event_list[0]) == "2026-11-02T15:15:40Z");  // UTC+08:00 from the header
}

TEST_CASE("tsv: the header repeated mid-table is not a row; a label spelling a phone model names it") {
    const std::string text =
        "Date (UTC)\tAdresse IP\tAppareil\tR\xC3\xA9sultat\n"
        "2026-05-15 20:00:00\t90.8.143.27\tSamsung Galaxy S21 \xE2\x80\x94 Binance Android 2.85.0\tSucc\xC3\xA8s\n"
        "Date (UTC)\tAdresse IP\tAppareil\tR\xC3\xA9sultat\n"
        "2026-05-14 20:00:00\t90.8.143.27\tGoogle Pixel 8 Pro \xE2\x80\x94 Binance Android 2.86.0\tSucc\xC3\xA8s\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.rows == 2);
    CHECK(b.skipped == 0);
    REQUIRE(b.event_list.size() == 2);
    CHECK(user_agent_info(b.event_list[0].user_agent).device == "Galaxy S21");
    CHECK(user_agent_info(b.event_list[1].user_agent).device == "Pixel 8 Pro");
    CHECK(user_agent_info("Google Pixel 8 and Chrome 131").device == "Pixel 8");  // a suffix is a whole word
}

TEST_CASE("csv: a detail column names a failure's cause but never makes a row a failure") {
    const std::string text =
        "Date,IP,R\xC3\xA9sultat,D\xC3\xA9tail\n"
        "2026-02-15 03:44:25,51.38.201.77,\xC3\x89" "chec,code 2FA invalide\n"
        "2026-02-15 03:45:25,51.38.201.77,OK,reason: lost phone\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.event_list.size() == 2);
    CHECK_FALSE(b.event_list[0].success);
    CHECK(b.event_list[0].failure_reason == "invalid_otp");
    CHECK(b.event_list[1].success);
    const BlockIngest n = ingest_block(0, "time,action,ip,detail\n2026-11-01 10:00:00,2fa_reset_request,35.201.188.47,reason: lost phone\n");
    REQUIRE(n.event_list.size() == 1);
    CHECK(n.event_list[0].success);  // a note is not a failure reason
}
