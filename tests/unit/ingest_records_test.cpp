// Vertical records (ingest/formats/records.cpp): one field per line. What they must read, and
// what has their shape but is not logs (a client's numbered answers, pasted e-mail headers).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/formats/field_lines.hpp"
#include "ingest/ingest.hpp"
#include "test_support.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

TEST_CASE("field lines: colon, full-width colon, tab and psql pipe split; times and sentences do not") {
    std::string_view k, v;
    REQUIRE(ingest::split_field_line("  Time: 10:22:11", k, v));
    CHECK(k == "Time");
    CHECK(v == "10:22:11");
    REQUIRE(ingest::split_field_line("IP: 2001:db8::1", k, v));
    CHECK(v == "2001:db8::1");
    REQUIRE(ingest::split_field_line("\xE7\x99\xBB\xE5\xBD\x95\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x9A" "2026-03-01 10:22", k, v));  // 登录时间：
    CHECK(v == "2026-03-01 10:22");
    REQUIRE(ingest::split_field_line("user_agent | Mozilla/5.0 (X11; Linux x86_64)", k, v));
    CHECK(k == "user_agent");
    REQUIRE(ingest::split_field_line("reason     |", k, v));
    CHECK(v.empty());
    REQUIRE(ingest::split_field_line("- IP address\t85.1.2.3", k, v));
    CHECK(k == "IP address");
    CHECK_FALSE(ingest::split_field_line("2026-03-01 10:22:11 login ok", k, v));
    CHECK_FALSE(ingest::split_field_line("Nov 18 09:12:44 web-01 sshd[311]: Accepted password for root", k, v));
    CHECK_FALSE(ingest::split_field_line("I tried to log in from my phone yesterday: it failed", k, v));
    CHECK(ingest::is_record_banner("-[ RECORD 12 ]-+---------"));
    CHECK(ingest::is_record_banner("*************************** 3. row ***************************"));
    CHECK(ingest::is_record_banner("-----"));
    CHECK_FALSE(ingest::is_record_banner("- IP: 1.2.3.4"));
}

TEST_CASE("records: cards with a blank line between them, a title naming the event, a bad record") {
    const std::string text =
        "Password changed\n"          // 1: the title of the first card
        "Date: 2026-03-01 10:22:11 UTC\n"
        "IP: 85.1.2.3\n"
        "Location: Berlin, Germany\n"
        "Device: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0\n"
        "\n"
        "Date: 31/31/2026 10:00\n"    // 7: no such date
        "Event: Login\n"
        "IP: 85.1.2.3\n"
        "\n"
        "Date: 2026-03-02 11:02:54 UTC\n"  // 11
        "Event: Login failed (wrong 2FA code)\n"
        "IP: 185.220.101.4\n"
        "Location: Frankfurt, DE\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "records");
    CHECK(b.rows == 3);
    CHECK(b.events == 2);
    CHECK(b.skipped == 1);
    REQUIRE(b.event_list.size() == 2);
    const Event& a = b.event_list[0];
    CHECK(a.type == EventType::PasswordChanged);
    CHECK(format_iso_datetime(a.time) == "2026-03-01T10:22:11Z");
    CHECK(a.src.line == 2);
    CHECK(a.city == "Berlin");
    CHECK(a.country == "DE");
    CHECK(a.user_agent == "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0");
    const Event& f = b.event_list[1];
    CHECK(f.type == EventType::LoginFailure);
    CHECK(f.failure_reason == "invalid_otp");
    CHECK(f.src.line == 11);
    REQUIRE_FALSE(b.warnings.empty());
    CHECK(b.warnings[0].line == 7);
    CHECK(b.warnings[0].message.find("31/31/2026") != std::string::npos);
}

TEST_CASE("records: back to back without blank lines, a record ends where its first key comes again") {
    const std::string text =
        "Timestamp\t2026-03-01T10:22:11Z\nAction\tSign-in\nSource IP\t85.1.2.3\n"
        "Timestamp\t2026-03-01T12:00:00Z\nAction\tSign-in\nSource IP\t85.1.2.4\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "records");
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[1].ip == "85.1.2.4");
    CHECK(b.event_list[1].src.line == 4);
}

TEST_CASE("records: what has the shape but is not logs stays out") {
    // A client's answers as a list: no time that parses, nothing a log line carries.
    const std::string answers =
        "Account created: March 2021\nLast deposit: 0.5 BTC in October\nDevices: iPhone 13 and my laptop\n"
        "Usual location: Lyon, France\n";
    CHECK_FALSE(looks_like_logs(answers));
    // E-mail headers pasted to check a sender.
    const std::string headers =
        "Received: from mail.example.com (mail.example.com [203.0.113.5])\nDate: Tue, 3 Nov 2026 10:00:00 +0000\n"
        "From: Client <client@example.com>\nSubject: Lost my 2FA\nMessage-ID: <abc@example.com>\n";
    CHECK(ingest_block(0, headers).format != "records");
}

TEST_CASE("records: no client reply of the corpora, nor of the sample, reads as logs") {
    std::vector<std::string> replies;
    for (const char* lang : {"en", "fr", "pt", "de", "it", "ru", "tr", "zh", "ko"}) {
        const auto j = nlohmann::json::parse(test_support::read_file(test_support::source_path(std::string("tests/corpus/blind_replies/") + lang + ".json")));
        for (const auto& entry : j) replies.push_back(entry.at("reply").get<std::string>());
    }
    for (const auto& f : std::filesystem::directory_iterator(test_support::source_path("tests/corpus/translated"))) {
        const auto j = nlohmann::json::parse(test_support::read_file(f.path().string()));
        for (const auto& item : j.at("replies").items()) replies.push_back(item.value().get<std::string>());
    }
    for (const auto& f : std::filesystem::directory_iterator(test_support::shared_path("cases/cases"))) {
        const auto j = nlohmann::json::parse(test_support::read_file(f.path().string()));
        for (const auto& block : j.at("evidence"))
            if (block.at("kind") == "answers") replies.push_back(block.at("text").get<std::string>());
    }
    REQUIRE(replies.size() > 200);
    int as_logs = 0;
    for (const auto& r : replies) {
        if (!looks_like_logs(r)) continue;
        ++as_logs;
        MESSAGE("read as logs: " << r.substr(0, 120));
    }
    CHECK(as_logs == 0);
}

TEST_CASE("records opened by one key, with blank lines, section labels and a sentence inside (Windows Event Viewer text)") {
    std::string text;
    const char* const rows[][5] = {{"8/5/2026 7:11:19 AM", "4624", "Audit Success", "An account was successfully logged on.", "92.40.182.203"},
                                   {"8/8/2026 6:05:23 PM", "4624", "Audit Success", "An account was successfully logged on.", "86.159.20.14"},
                                   {"8/21/2026 9:40:17 PM", "4625", "Audit Failure", "An account failed to log on.", "86.14.77.203"}};
    for (const auto& r : rows) {
        text += std::string("Log Name:      Security\nSource:        Exchange-AuthGateway\nDate:          ") + r[0] +
                "\nEvent ID:      " + r[1] + "\nTask Category: Logon\nKeywords:      " + r[2] +
                "\nDescription:\n" + r[3] + "\n\nNew Logon:\n\tAccount Name:\t\tjames@btinternet.com\n\nNetwork Information:\n"
                "\tSource Network Address:\t" + r[4] + "\n\tLocation:\t\tLeeds, GB\n\tClient:\t\t\tMozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0\n\n";
    }
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "records");
    CHECK(b.rows == 3);
    CHECK(b.events == 3);
    REQUIRE(b.event_list.size() == 3);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].ip == "92.40.182.203");
    CHECK(b.event_list[0].city == "Leeds");
    CHECK(b.event_list[0].src.line == 1);
    CHECK(b.event_list[2].type == EventType::LoginFailure);
    CHECK(b.event_list[2].ip == "86.14.77.203");
}

TEST_CASE("records: wevtutil /f:text under its PowerShell prompt, 'Event[n]:' banners, the description's message on its own line") {
    std::string text = "PS C:\\Users\\m.hartmann.adm> wevtutil qe CoinVault-Auth/Operational /rd:true /f:text /c:80\n";
    for (int i = 0; i < 4; ++i) {
        const bool failed = i % 2 == 0;
        text += "Event[" + std::to_string(i) + "]:\n"
                "  Log Name: CoinVault-Auth/Operational\n"
                "  Source: CoinVault-Auth\n"
                "  Date: 2026-02-22T10:3" + std::to_string(i) + ":50.6033591Z\n"
                "  Event ID: 100" + std::to_string(i) + "\n"
                "  Task: Second factor\n"
                "  Level: Warning\n"
                "  User: S-1-5-20\n"
                "  Computer: AUTH-FRA-02.cv.internal\n"
                "  Description: \n" +
                std::string(failed ? "Second factor rejected: code invalid or expired.\n" : "Sign-in succeeded.\n") +
                "\n"
                "AccountId: 20418837\n"
                "ClientIp: 95.90.209.158\n"
                "Geo: DE, Leipzig (AS3209 Vodafone GmbH)\n"
                "UserAgent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:147.0) Gecko/20100101 Firefox/147.0\n";
    }
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "records");
    REQUIRE(b.events == 4);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].failure_reason == "invalid_otp");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].city == "Leipzig");  // not "Leipzig (AS3209 Vodafone GmbH)"
    CHECK(b.event_list[1].country == "DE");
}
