// Support tools' customer pages pasted whole: a profile or a conversation above the tables or the
// timeline that hold the events. The page text is read apart from the tables; a timeline's days
// are headings ("TODAY", "FEB 14") and its times close each row.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

namespace {

// 2026-02-18 10:05 UTC: the case's opened_at, which dates "TODAY" and the headings without a year.
constexpr int64_t kOpened = 1771409100;

}  // namespace

TEST_CASE("support timelines: Kustomer's days as headings, the time at the end, the sums in the words") {
    const std::string text =
        "Customers  \xE2\x80\xBA  Chiara Benedetti\n"
        "\n"
        "Chiara Benedetti                                   [ New conversation ]\n"
        "chiara.benedetti@libero.it  \xC2\xB7  Bologna, Italy  \xC2\xB7  it\n"
        "Customer since Sep 19, 2023   \xC2\xB7   Conversations 3\n"
        "  2FA               TOTP (enabled Sep 19, 2023)\n"
        "  Balances          BTC 0.04620000  \xC2\xB7  EUR 118,40\n"
        "\n"
        "Timeline                                         Filter: All activity\n"
        "\n"
        "YESTERDAY\n"
        "\xF0\x9F\x94\x90 Security event   2FA reset requested   \xC2\xB7   web   \xC2\xB7   IP 93.41.182.77\t9:11 PM\n"
        "\n"
        "FEB 14\n"
        "\xF0\x9F\x94\x90 Security event   TOTP failed 3\xC3\x97   \xC2\xB7   app 3.10.0 (iPhone14,7, iOS 18.3.1)\t7:49 PM\n"
        "\n"
        "JAN 30\n"
        "\xE2\x82\xBF  Withdrawal   0.01500000 BTC  \xE2\x86\x92  bc1qz8\xE2\x80\xA6" "9m4k   \xC2\xB7   sent\t6:18 PM\n"
        "\n"
        "JAN 16\n"
        "\xE2\x82\xAC  Deposit   500,00 EUR   \xC2\xB7   SEPA   \xC2\xB7   credited\t9:41 AM\n"
        "\n"
        "DEC 22, 2025\n"
        "\xE2\x82\xBF  Withdrawal   0.02000000 BTC  \xE2\x86\x92  bc1qz8\xE2\x80\xA6" "9m4k   \xC2\xB7   sent\t6:54 PM\n";
    const BlockIngest b = ingest_block(0, text, kOpened);
    REQUIRE(b.events >= 5);
    const Event* reset = nullptr;
    const Event* deposit = nullptr;
    const Event* december = nullptr;
    for (const Event& e : b.event_list) {
        if (e.type == EventType::TwoFactorResetRequested) reset = &e;
        if (e.type == EventType::Deposit) deposit = &e;
        if (e.type == EventType::Withdrawal && e.src.line == 24) december = &e;
    }
    REQUIRE(reset);
    CHECK(format_iso_datetime(reset->time) == "2026-02-17T21:11:00Z");  // "YESTERDAY" of the 18th
    CHECK(reset->src.line == 12);
    CHECK(reset->ip == "93.41.182.77");
    REQUIRE(deposit);
    CHECK(format_iso_datetime(deposit->time) == "2026-01-16T09:41:00Z");  // "JAN 16" of this year
    CHECK(deposit->asset == "EUR");
    CHECK(deposit->amount == doctest::Approx(500));
    REQUIRE(december);
    CHECK(format_iso_datetime(december->time) == "2025-12-22T18:54:00Z");
    CHECK(december->asset == "BTC");
}

TEST_CASE("support timelines: a Gorgias ticket, its conversation apart from the sidebar's tables") {
    const std::string text =
        "Tickets  \xE2\x80\xBA  #2231984   Can't withdraw XLM\n"
        "Open   \xC2\xB7   Channel: Chat \xE2\x86\x92 Email   \xC2\xB7   Assignee: Naledi K.\n"
        "\n"
        "Thabo Mokoena  <thabo.mokoena.za@gmail.com>                         Mar 13, 8:57 AM\n"
        "  Hi there, I added my new Lobstr wallet yesterday and bought XLM.\n"
        "  I need the money today to pay my rent, please remove the hold.\n"
        "\n"
        "  Security events (SAST)\n"
        "  Mar 12, 2026 16:52\tWithdrawal blocked\tXLM 9,600\treason: address_cooloff\n"
        "  Mar 12, 2026 16:45\tWithdrawal address added\tXLM GB3K\xE2\x80\xA6Q4X\tIP 197.242.153.38\n"
        "  Jan 18, 2026 10:02\tWithdrawal address added\tBTC bc1q\xE2\x80\xA6" "6t0s\tIP 197.245.71.18\n"
        "\n"
        "  Recent sign-ins (last 30, SAST)\n"
        "  Time\tIP\tISP\tCity\tDevice\t2FA\n"
        "  Mar 12, 2026 16:41\t197.242.153.38\txneelo (Pty) Ltd\tJohannesburg\tChrome 133 / Windows 10\tOTP \xE2\x9C\x93\n"
        "  Mar 11, 2026 17:39\t197.245.71.18\tAfrihost\tRandburg\tiOS app 9.12 (iPhone14,5)\tOTP \xE2\x9C\x93\n"
        "  Mar 10, 2026 07:31\t197.245.71.18\tAfrihost\tRandburg\tChrome 133 / Windows 10\tOTP \xE2\x9C\x93\n";
    const BlockIngest b = ingest_block(0, text, 1773400000);
    // The conversation, the headerless security events under their title, the sign-ins under theirs.
    CHECK(b.format_reason.find("3 tables one after another") != std::string::npos);
    int added = 0, signins = 0;
    for (const Event& e : b.event_list) {
        added += e.type == EventType::WithdrawalAddressAdded;
        if (e.type == EventType::LoginSuccess && !e.ip.empty()) {
            ++signins;
            CHECK(!e.city.empty());
        }
    }
    CHECK(added == 2);
    CHECK(signins == 3);
}
