// A risk bot's alerts copied out of a chat client (Telegram Desktop): each message opens with its
// sender and time ("RiskBot, [2026/10/01 12:24]"), a title line that names the event, then one
// field per line whose value packs several columns apart by middle dots.

#include <doctest/doctest.h>

#include <string>

#include "ingest/formats/field_lines.hpp"
#include "ingest/ingest.hpp"

using namespace ownercheck;

namespace {

const std::string kFeed =
    "RiskBot, [2026/10/06 20:10]\n"
    "🔓 Login successful\n"
    "UID: 80231457 · VIP2\n"
    "Time: 2026-10-06 20:10:44 (UTC+8)\n"
    "IP: 60.52.119.227 · MY Kuala Lumpur · AS4788 TM Net\n"
    "Device: MacBook Air · Chrome 153 · macOS\n"
    "2FA: ✅\n"
    "\n"
    "RiskBot, [2026/10/06 20:14]\n"
    "💰 Fiat deposit credited\n"
    "UID: 80231457 · VIP2\n"
    "Time: 2026-10-06 20:14:20 (UTC+8)\n"
    "Amount: 5,000.00 MYR · DuitNow · Maybank\n"
    "IP: 60.52.119.227 · MY Kuala Lumpur · AS4788 TM Net\n"
    "Device: MacBook Air · Chrome 153 · macOS\n"
    "\n"
    "RiskBot, [2026/10/10 21:35]\n"
    "📤 Withdrawal completed\n"
    "UID: 80231457 · VIP2\n"
    "Time: 2026-10-10 21:35:47 (UTC+8)\n"
    "Amount: 1,000 USDT · Network: TRC20\n"
    "Address: TNd8pQ3rVh6Lw1Ez9XcK4mYt7Ba2Jf5k9Qx\n"
    "IP: 175.136.87.148 · MY Kuala Lumpur · AS9534 Maxis Broadband\n"
    "Device: iPhone 15 Pro · iOS 27.0.1 · App 5.5.2\n"
    "\n"
    "RiskBot, [2026/10/16 13:03]\n"
    "📈 现货成交\n"
    "UID: 80231457 · VIP2\n"
    "时间: 2026-10-16 13:03:15 (UTC+8)\n"
    "IP: 60.52.119.40 · MY 吉隆坡 · AS4788 TM Net\n"
    "设备: MacBook Air · Chrome 153 · macOS\n";

}  // namespace

TEST_CASE("chat feeds: a message's header line is its sender and time, nothing else") {
    CHECK(ingest::is_chat_message_header("RiskBot, [2026/10/01 12:24]"));
    CHECK(ingest::is_chat_message_header("Security Alerts, [01.10.2026 12:24]"));
    CHECK_FALSE(ingest::is_chat_message_header("Note, [see below]"));
    CHECK_FALSE(ingest::is_chat_message_header("[2026/10/01 12:24]"));
    CHECK_FALSE(ingest::is_chat_message_header("I changed phones, [last week]"));
}

TEST_CASE("chat feeds: a bot's alerts are records, one per message, titled by their event") {
    const BlockIngest b = ingest_block(0, kFeed);
    CHECK(b.format == "records");
    REQUIRE(b.events == 4);
    CHECK(b.skipped == 0);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[2].type == EventType::Withdrawal);
    CHECK(b.event_list[3].type == EventType::Trade);  // 成交: a fill
}

TEST_CASE("chat feeds: middle dots set apart the columns one field packs") {
    const BlockIngest b = ingest_block(0, kFeed);
    REQUIRE(b.events == 4);
    const Event& login = b.event_list[0];
    CHECK(login.ip == "60.52.119.227");
    CHECK(login.country == "MY");
    CHECK(login.city == "Kuala Lumpur");
    CHECK(login.asn == "4788");
    CHECK(login.org == "TM Net");
    CHECK(login.user_agent == "MacBook Air · Chrome 153 · macOS");  // a device label is one whole
    CHECK(b.event_list[1].amount == doctest::Approx(5000));
    CHECK(b.event_list[1].asset == "MYR");
    CHECK(b.event_list[2].amount == doctest::Approx(1000));
    CHECK(b.event_list[2].asset == "USDT");
    CHECK(b.event_list[2].address == "TNd8pQ3rVh6Lw1Ez9XcK4mYt7Ba2Jf5k9Qx");
    CHECK(b.event_list[3].city == "吉隆坡");
}
