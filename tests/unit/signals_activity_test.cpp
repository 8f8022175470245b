// Detectors that read what happened to the account: failure bursts, security changes and
// withdrawals after them.

#include <doctest/doctest.h>

#include "signals/signal_common.hpp"
#include "signals_test_fixtures.hpp"

using namespace sigtest;

TEST_CASE("signals: failed_login_burst is high for credential stuffing over many IPs") {
    TestAccount acc;
    acc.with_home_baseline();
    const Place sources[] = {kDigitalOcean, kSingapore, kWarsaw, kNordVpn, kDigitalOcean, kSingapore};
    for (int i = 0; i < 6; ++i) acc.fail(acc.days_ago(2) + i * 300, sources[i], kWindowsChrome, "wrong_password");
    const auto s = of_kind(acc.signals(), "failed_login_burst");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("credential stuffing") != std::string::npos);
    CHECK(s[0].evidence.size() == 6);
}

TEST_CASE("signals: failed_login_burst ignores an owner mistyping twice, and second-factor failures") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.fail(acc.days_ago(1), kHome, kPixelApp, "wrong_password");
    acc.fail(acc.days_ago(1) + 60, kHome, kPixelApp, "wrong_password");
    for (int i = 0; i < 6; ++i) acc.fail(acc.days_ago(0.5) + i * 60, kHome, kPixelApp, "invalid_otp");
    CHECK(of_kind(acc.signals(), "failed_login_burst").empty());
}

TEST_CASE("signals: otp_failure_burst from the owner's own phone and network is the lost-phone story") {
    TestAccount acc;
    acc.with_home_baseline();
    for (int i = 0; i < 4; ++i) acc.fail(acc.days_ago(1) + i * 180, kHome, kPixelChrome, "invalid_otp");
    const auto s = of_kind(acc.signals(), "otp_failure_burst");
    REQUIRE(s.size() == 1);
    CHECK(s[0].explained_by_baseline);
    CHECK(s[0].severity == "info");
}

TEST_CASE("signals: otp_failure_burst from a data centre with a new device is high") {
    TestAccount acc;
    acc.with_home_baseline();
    for (int i = 0; i < 5; ++i) acc.fail(acc.days_ago(1) + i * 60, kDigitalOcean, kWindowsChrome, "invalid_otp");
    const auto s = of_kind(acc.signals(), "otp_failure_burst");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK_FALSE(s[0].explained_by_baseline);
}

TEST_CASE("signals: security_change severity rises with new device, new network and nearness to the ticket") {
    TestAccount owner;
    owner.with_home_baseline();
    owner.add(EventType::PasswordChanged, owner.days_ago(10), kHome, kPixelChrome);
    auto s = of_kind(owner.signals(), "security_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "low");

    TestAccount attacker;
    attacker.with_home_baseline();
    attacker.add(EventType::PasswordResetRequested, attacker.days_ago(1), kDigitalOcean, kWindowsChrome);
    attacker.add(EventType::EmailChangeRequested, attacker.days_ago(1) + 240, kDigitalOcean, kWindowsChrome);
    s = of_kind(attacker.signals(), "security_change");
    REQUIRE(s.size() == 1);  // one story from one source
    CHECK(s[0].severity == "high");
    CHECK(s[0].evidence.size() == 2);
    CHECK(s[0].explanation.find("new device") != std::string::npos);
}

TEST_CASE("signals: withdrawal_after_change fires when money leaves soon after a foreign change") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.add(EventType::WithdrawalAddressAdded, acc.days_ago(2), kDigitalOcean, kWindowsChrome);
    Event& w = acc.add(EventType::Withdrawal, acc.days_ago(2) + 3600, kDigitalOcean, "");
    w.asset = "BTC";
    w.amount = -0.5;
    const auto s = of_kind(acc.signals(), "withdrawal_after_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("0.5 BTC") != std::string::npos);
    // The same withdrawal logged again when it is broadcast is the same cash-out: one signal.
    Event& sent = acc.add(EventType::Withdrawal, acc.days_ago(2) + 4200, kDigitalOcean, "");
    sent.asset = "BTC";
    sent.amount = -0.5;
    // ... and in the ledger (its sign the other way), and the hold the risk engine logged without a sum
    Event& booked = acc.add(EventType::Withdrawal, acc.days_ago(2) + 4300, kDigitalOcean, "");
    booked.asset = "BTC";
    booked.amount = 0.5;
    acc.add(EventType::Withdrawal, acc.days_ago(2) + 4400, kDigitalOcean, "");
    const auto once = of_kind(acc.signals(), "withdrawal_after_change");
    REQUIRE(once.size() == 1);
    CHECK(once[0].evidence.size() == 5);
    // another sum is another cash-out
    Event& more = acc.add(EventType::Withdrawal, acc.days_ago(2) + 4500, kDigitalOcean, "");
    more.asset = "BTC";
    more.amount = -1.2;
    CHECK(of_kind(acc.signals(), "withdrawal_after_change").size() == 2);

    TestAccount later;
    later.with_home_baseline();
    later.add(EventType::PasswordChanged, later.days_ago(12), kHome, kPixelApp);
    later.add(EventType::Withdrawal, later.days_ago(2), kHome, "");
    CHECK(of_kind(later.signals(), "withdrawal_after_change").empty());
}

TEST_CASE("signals: a password reset on the owner's own VPN, through an exit country it never used, is no foreign change") {
    // The owner signs in through NordVPN's network in the US as often as from home; the reset and the
    // withdrawal come through the same VPN network, its exit now in Madrid, from the owner's phone.
    const Place madrid_exit{"45.45.214.90", "ES", "Madrid", "212238", "Datacamp Limited", "vpn", 40.42, -3.70};
    TestAccount owner;
    owner.with_home_baseline();
    for (int i = 0; i < 10; ++i) owner.login(owner.days_ago(60 - 4 * i), kNordVpn, kPixelChrome);
    owner.add(EventType::PasswordResetRequested, owner.days_ago(0.5), madrid_exit, kPixelChrome);
    Event& w = owner.add(EventType::Withdrawal, owner.days_ago(0.4), madrid_exit, "");
    w.asset = "BTC";
    w.amount = -0.15;
    auto s = of_kind(owner.signals(), "withdrawal_after_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "medium");  // near the ticket, nothing foreign about it
    // The same from a VPN network the account never used stays high.
    const Place other_vpn{"89.238.178.36", "ES", "Madrid", "9009", "M247 Europe SRL", "vpn", 40.42, -3.70};
    TestAccount attacker;
    attacker.with_home_baseline();
    for (int i = 0; i < 10; ++i) attacker.login(attacker.days_ago(60 - 4 * i), kNordVpn, kPixelChrome);
    attacker.add(EventType::PasswordResetRequested, attacker.days_ago(0.5), other_vpn, kPixelChrome);
    Event& w2 = attacker.add(EventType::Withdrawal, attacker.days_ago(0.4), other_vpn, "");
    w2.asset = "BTC";
    w2.amount = -0.15;
    s = of_kind(attacker.signals(), "withdrawal_after_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
}

TEST_CASE("signals: where the log names its devices, a new device identifier is a new device whatever its user agent") {
    TestAccount acc;
    acc.with_home_baseline();
    for (Event& e : acc.a.timeline) e.device_id = "d-7e21c4";
    // The same browser string from another machine: the tool's identifier tells them apart.
    Event& other = acc.login(acc.days_ago(1), kHome, kPixelChrome);
    other.device_id = "d-f4c62e";
    auto s = of_kind(acc.signals(), "new_device");
    REQUIRE(s.size() == 1);
    CHECK(s[0].explanation.find("device d-f4c62e") != std::string::npos);
    // The owner's own identifier, whatever its browser says now, is the owner's device.
    TestAccount same;
    same.with_home_baseline();
    for (Event& e : same.a.timeline) e.device_id = "d-7e21c4";
    same.login(same.days_ago(1), kHome, kWindowsChrome).device_id = "d-7e21c4";
    CHECK(of_kind(same.signals(), "new_device").empty());
}

TEST_CASE("signals: every signal has an id, a contract kind, a severity and an explanation") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.login(acc.days_ago(1), kDigitalOcean, kHeadless);
    acc.add(EventType::TwoFactorReset, acc.days_ago(1) + 60, kDigitalOcean, kHeadless);
    const auto all = acc.signals();
    REQUIRE(all.size() >= 3);
    for (size_t i = 0; i < all.size(); ++i) {
        CHECK(all[i].id == "S" + std::to_string(i + 1));
        CHECK_FALSE(all[i].explanation.empty());
        CHECK((all[i].severity == "info" || all[i].severity == "low" || all[i].severity == "medium" || all[i].severity == "high"));
        if (i > 0) CHECK(signals::severity_rank(all[i - 1].severity) >= signals::severity_rank(all[i].severity));
    }
}

TEST_CASE("signals: an API key or withdrawal address from a new network is a cash-out being prepared") {
    // The owner's own phone's user agent (copied with a stolen session) from a network the
    // account never used, hours before the ticket: high, though the device looks familiar.
    TestAccount acc;
    acc.with_home_baseline();
    Place proxy = kHome;
    proxy.ip = "2.37.141.88";
    proxy.asn = "30722";
    acc.login(acc.days_ago(0.5), proxy, kPixelChrome);
    acc.add(EventType::WithdrawalAddressAdded, acc.days_ago(0.5) + 300, proxy, kPixelChrome);
    auto s = of_kind(acc.signals(), "security_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("prepares a cash-out") != std::string::npos);

    // The same address added from home with the owner's phone: low, as any owner's change.
    TestAccount owner;
    owner.with_home_baseline();
    owner.add(EventType::WithdrawalAddressAdded, owner.days_ago(10), kHome, kPixelChrome);
    s = of_kind(owner.signals(), "security_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "low");

    // An e-mail change and 2FA switched off from that network lock the owner out of recovery: high.
    TestAccount lockout;
    lockout.with_home_baseline();
    lockout.login(lockout.days_ago(0.5), proxy, kPixelChrome);
    lockout.add(EventType::EmailChangeRequested, lockout.days_ago(0.5) + 200, proxy, kPixelChrome);
    lockout.add(EventType::TwoFactorDisabled, lockout.days_ago(0.5) + 400, proxy, kPixelChrome);
    s = of_kind(lockout.signals(), "security_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("takes over the account's recovery") != std::string::npos);

    // A password change from the new network is not a cash-out step: medium, as before.
    TestAccount pw;
    pw.with_home_baseline();
    pw.add(EventType::PasswordChanged, pw.days_ago(0.5), proxy, kPixelChrome);
    s = of_kind(pw.signals(), "security_change");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "medium");
}
