// Detectors that read sign-ins against the account's baseline: travel, country, network,
// device, automation. Each has a case that must fire and a case the owner's history explains.

#include <doctest/doctest.h>

#include "signals_test_fixtures.hpp"

using namespace sigtest;

TEST_CASE("signals: impossible_travel fires on Hamburg then Singapore within the hour, with the numbers") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.login(acc.days_ago(2), kHome, kPixelApp);
    acc.login(acc.days_ago(2) + 3600, kSingapore, kHeadless);
    const auto s = of_kind(acc.signals(), "impossible_travel");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("Hamburg, DE") != std::string::npos);
    CHECK(s[0].explanation.find("Singapore, SG") != std::string::npos);
    CHECK(s[0].explanation.find("km/h") != std::string::npos);
    CHECK(s[0].explanation.find("60 min") != std::string::npos);
    CHECK(s[0].evidence.size() == 2);
}

TEST_CASE("signals: impossible_travel stays quiet for a real flight, a VPN exit, or unlocated events") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.login(acc.days_ago(3), kHome, kPixelApp);
    acc.login(acc.days_ago(1), kSingapore, kPixelApp);  // 48 h: a flight
    CHECK(of_kind(acc.signals(), "impossible_travel").empty());

    TestAccount vpn;
    vpn.with_home_baseline();
    vpn.login(vpn.days_ago(2), kHome, kPixelApp);
    vpn.login(vpn.days_ago(2) + 600, kNordVpn, kPixelApp);  // a VPN exit is not where the person is
    CHECK(of_kind(vpn.signals(), "impossible_travel").empty());

    TestAccount unlocated;
    unlocated.with_home_baseline();
    unlocated.login(unlocated.days_ago(2), kHome, kPixelApp);
    unlocated.login(unlocated.days_ago(2) + 600, kSingapore, kHeadless).located = false;
    CHECK(of_kind(unlocated.signals(), "impossible_travel").empty());
}

TEST_CASE("signals: impossible_travel leaves out satellite and in-flight networks, placed at their ground stations") {
    // In-flight Wi-Fi over Starlink, placed at a ground station in Singapore half an hour after home.
    const Place starlink{"129.222.62.76", "SG", "Singapore", "14593", "Space Exploration Technologies Corporation", "residential", 1.29, 103.85};
    TestAccount acc;
    acc.with_home_baseline();
    acc.login(acc.days_ago(2), kHome, kPixelApp);
    acc.login(acc.days_ago(2) + 1800, starlink, kPixelApp);
    acc.login(acc.days_ago(2) + 7200, kHome, kPixelApp);
    CHECK(of_kind(acc.signals(), "impossible_travel").empty());
    // Another network named like one (by its organisation) is left out the same way.
    Place gogo = starlink;
    gogo.asn = "64512";
    gogo.org = "Gogo Business Aviation LLC";
    TestAccount air;
    air.with_home_baseline();
    air.login(air.days_ago(2), kHome, kPixelApp);
    air.login(air.days_ago(2) + 1800, gogo, kPixelApp);
    CHECK(of_kind(air.signals(), "impossible_travel").empty());
    // The same jump on an ordinary network is still impossible.
    Place isp = starlink;
    isp.asn = "4657";
    isp.org = "StarHub";
    TestAccount ground;
    ground.with_home_baseline();
    ground.login(ground.days_ago(2), kHome, kPixelApp);
    ground.login(ground.days_ago(2) + 1800, isp, kPixelApp);
    CHECK(of_kind(ground.signals(), "impossible_travel").size() == 1);
}

TEST_CASE("signals: impossible_travel between two places the history alternates is explained") {
    TestAccount acc;
    for (int i = 0; i < 12; ++i) {
        acc.login(acc.days_ago(60 - 4 * i), kHome, kPixelApp);
        acc.login(acc.days_ago(60 - 4 * i) + 1800, kSingapore, kPixelApp);
    }
    acc.login(acc.days_ago(2), kHome, kPixelApp);
    acc.login(acc.days_ago(2) + 1800, kSingapore, kPixelApp);
    const auto s = of_kind(acc.signals(), "impossible_travel");
    REQUIRE(s.size() == 1);
    CHECK(s[0].explained_by_baseline);
    CHECK(s[0].severity == "info");
}

TEST_CASE("signals: new_country is low for the owner travelling with the same phone, high for a new device that got in") {
    TestAccount traveller;
    traveller.with_home_baseline();
    traveller.login(traveller.days_ago(3), kWarsaw, kPixelApp);
    traveller.fail(traveller.days_ago(2), kWarsaw, kPixelChrome, "invalid_otp");
    auto s = of_kind(traveller.signals(), "new_country");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "low");
    CHECK(of_kind(traveller.signals(), "new_device").empty());

    TestAccount attacker;
    attacker.with_home_baseline();
    attacker.login(attacker.days_ago(2), kSingapore, kWindowsChrome);
    s = of_kind(attacker.signals(), "new_country");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");

    TestAccount home;
    home.with_home_baseline();
    home.login(home.days_ago(1), kHome, kPixelApp);
    CHECK(home.signals().empty());
}

TEST_CASE("signals: new_asn is explained when the device and country are the usual ones") {
    TestAccount acc;
    acc.with_home_baseline();
    Place vodafone = kHome;
    vodafone.ip = "194.115.26.93";
    vodafone.asn = "3209";
    acc.login(acc.days_ago(2), vodafone, kPixelApp);
    const auto s = of_kind(acc.signals(), "new_asn");
    REQUIRE(s.size() == 1);
    CHECK(s[0].explained_by_baseline);
    CHECK(of_kind(acc.signals(), "new_device").empty());
}

TEST_CASE("signals: new_device is low for the owner's new phone at home, high for a stranger that got in") {
    const std::string iphone_app = "Kraken/2.48.0 (com.kraken.invest.app; build:2480; iOS 18.2.0) Alamofire/5.9.1";
    TestAccount owner;
    owner.with_home_baseline();
    for (int i = 0; i < 3; ++i) owner.fail(owner.days_ago(2) + i * 240, kHome, iphone_app, "invalid_otp");
    auto s = of_kind(owner.signals(), "new_device");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "low");

    TestAccount attacker;
    attacker.with_home_baseline();
    attacker.login(attacker.days_ago(1), kDigitalOcean, kWindowsChrome);
    s = of_kind(attacker.signals(), "new_device");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");

    // An app update is the same device: versions are not identity.
    TestAccount updated;
    updated.with_home_baseline();
    updated.login(updated.days_ago(1), kHome, "Kraken/2.49.3 (Android 15; Pixel 8) okhttp/4.12.1");
    CHECK(of_kind(updated.signals(), "new_device").empty());
}

TEST_CASE("signals: a device the account stopped using months ago, back from a network it never used, is a new device") {
    const std::string old_phone = "Kraken/2.41.0 (Android 14; SM-G991B) okhttp/4.12.0";
    auto with_history = [&](TestAccount& acc) {
        // the Samsung until 200 days ago, then only the Pixel, from home
        for (int i = 0; i < 8; ++i) acc.login(acc.days_ago(260 - 5 * i), kHome, old_phone);
        acc.with_home_baseline();
    };
    TestAccount sold;
    with_history(sold);
    sold.login(sold.days_ago(2), kWarsaw, old_phone);
    sold.add(EventType::TwoFactorResetRequested, sold.days_ago(2) + 600, kWarsaw, old_phone);
    auto s = of_kind(sold.signals(), "new_device");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("stopped using") != std::string::npos);

    // The owner back on the old phone at home: low, as any new phone at home.
    TestAccount fallback;
    with_history(fallback);
    fallback.login(fallback.days_ago(2), kHome, old_phone);
    s = of_kind(fallback.signals(), "new_device");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "low");

    // Used a month before the recent period: still the account's device.
    TestAccount recent;
    recent.with_home_baseline();
    recent.login(recent.days_ago(40), kHome, old_phone);
    recent.login(recent.days_ago(2), kWarsaw, old_phone);
    CHECK(of_kind(recent.signals(), "new_device").empty());
}

TEST_CASE("signals: hosting_or_vpn_ip is explained for the owner who always uses a VPN") {
    TestAccount owner;
    owner.with_home_baseline(kNordVpn);
    owner.login(owner.days_ago(1), kNordVpn, kPixelApp);
    owner.fail(owner.days_ago(0.5), kNordVpn, kPixelApp, "invalid_otp");
    const auto all = owner.signals();
    const auto s = of_kind(all, "hosting_or_vpn_ip");
    REQUIRE(s.size() == 1);
    CHECK(s[0].explained_by_baseline);
    CHECK(s[0].severity == "info");
    for (const auto& sig : all) CHECK(sig.severity != "high");
}

TEST_CASE("signals: hosting_or_vpn_ip is high for a new device that got in from a data centre") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.login(acc.days_ago(1), kDigitalOcean, kWindowsChrome);
    const auto s = of_kind(acc.signals(), "hosting_or_vpn_ip");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("AS14061") != std::string::npos);
}

TEST_CASE("signals: automation_user_agent flags headless browsers and scripts, not the Kraken app's okhttp") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.fail(acc.days_ago(1), kDigitalOcean, kHeadless, "wrong_password");
    acc.add(EventType::PasswordResetRequested, acc.days_ago(0.9), kDigitalOcean, "python-requests/2.32.3");
    const auto s = of_kind(acc.signals(), "automation_user_agent");
    REQUIRE(s.size() == 2);
    CHECK(s[0].severity == "high");  // the script changed a setting
    CHECK(s[1].severity == "medium");  // the headless browser only failed

    TestAccount owner;
    owner.with_home_baseline();
    owner.login(owner.days_ago(1), kHome, "okhttp/4.12.0");
    owner.login(owner.days_ago(1), kHome, kPixelApp);
    const auto o = of_kind(owner.signals(), "automation_user_agent");
    REQUIRE(o.size() == 1);  // a bare okhttp client is a script; the app that embeds it is not
}

TEST_CASE("signals: new_device treats a much older version of the owner's browser as another machine") {
    TestAccount acc;
    const std::string win131 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    for (int i = 0; i < 10; ++i) acc.login(acc.days_ago(60 - 3 * i), kHome, win131);
    acc.login(acc.days_ago(1), kWarsaw, kWindowsChrome);  // Chrome 118 on the same OS
    CHECK(of_kind(acc.signals(), "new_device").size() == 1);

    TestAccount updated;
    for (int i = 0; i < 10; ++i) updated.login(updated.days_ago(60 - 3 * i), kHome, kWindowsChrome);
    updated.login(updated.days_ago(1), kHome, win131);  // an update moves forward: same device
    CHECK(of_kind(updated.signals(), "new_device").empty());
}

TEST_CASE("signals: impossible_travel counts the way to and from airports, not only cruise speed") {
    // Hamburg -> Munich is ~610 km: 55 minutes is below airliner speed (~665 km/h) but no trip
    // door to door takes that little; a stranger's device makes it high.
    const Place munich{"89.12.77.140", "DE", "Munich", "6805", "Telefonica Germany", "residential", 48.14, 11.58};
    TestAccount acc;
    acc.with_home_baseline();
    acc.login(acc.days_ago(1), kHome, kPixelApp);
    acc.login(acc.days_ago(1) + 55 * 60, munich, kWindowsChrome);
    const auto s = of_kind(acc.signals(), "impossible_travel");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("such a trip takes at least") != std::string::npos);

    // the same trip in four hours is a flight (or a fast train): quiet
    TestAccount flight;
    flight.with_home_baseline();
    flight.login(flight.days_ago(1), kHome, kPixelApp);
    flight.login(flight.days_ago(1) + 4 * 3600, munich, kPixelApp);
    CHECK(of_kind(flight.signals(), "impossible_travel").empty());
}

TEST_CASE("signals: new_asn with a familiar user agent is not explained when settings changed from it") {
    TestAccount acc;
    acc.with_home_baseline();
    Place vodafone = kHome;
    vodafone.ip = "194.115.26.93";
    vodafone.asn = "3209";
    acc.login(acc.days_ago(1), vodafone, kPixelApp);
    acc.add(EventType::ApiKeyCreated, acc.days_ago(1) + 300, vodafone, kPixelApp);
    const auto s = of_kind(acc.signals(), "new_asn");
    REQUIRE(s.size() == 1);
    CHECK_FALSE(s[0].explained_by_baseline);
    CHECK(s[0].severity == "low");
}

TEST_CASE("signals: knock-only countries fold into one line; one that got in stays on its own") {
    TestAccount acc;
    acc.with_home_baseline();
    const Place knockers[] = {
        {"51.91.12.40", "FR", "Paris", "3215", "Orange", "residential", 48.85, 2.35},
        {"145.53.1.9", "NL", "Amsterdam", "1136", "KPN", "residential", 52.37, 4.89},
        {"84.200.1.2", "IT", "Milan", "3269", "Telecom Italia", "residential", 45.46, 9.19},
        {"62.75.1.3", "ES", "Madrid", "3352", "Telefonica", "residential", 40.41, -3.70},
    };
    for (int i = 0; i < 4; ++i)
        for (int k = 0; k < 2; ++k) acc.fail(acc.days_ago(1) + i * 600 + k * 60, knockers[i], kHeadless, "wrong password");
    acc.login(acc.days_ago(1) + 3000, kWarsaw, kPixelApp);  // the owner's phone abroad
    const auto s = of_kind(acc.signals(), "new_country");
    // PL got in: its own line. FR, NL, IT, ES only failed: one line naming all four.
    REQUIRE(s.size() == 2);
    const Signal* folded = s[0].explanation.find("each seen only in failed") != std::string::npos ? &s[0] : &s[1];
    const Signal* own = folded == &s[0] ? &s[1] : &s[0];
    CHECK(folded->explanation.find("4 countries") != std::string::npos);
    for (const char* c : {"FR (2)", "NL (2)", "IT (2)", "ES (2)"}) CHECK(folded->explanation.find(c) != std::string::npos);
    CHECK(folded->evidence.size() == 8);
    CHECK(own->explanation.find("from PL") != std::string::npos);
}

TEST_CASE("signals: two knock-only countries stay two lines") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.fail(acc.days_ago(1), kSingapore, kHeadless, "wrong password");
    acc.fail(acc.days_ago(1) + 60, kWarsaw, kHeadless, "wrong password");
    CHECK(of_kind(acc.signals(), "new_country").size() == 2);
}

TEST_CASE("signals: a short hop counts only when one side is a network the history never used") {
    // Hamburg -> Berlin is ~255 km. Geo-IP puts one person's home line and mobile carrier that far
    // apart, so two familiar networks minutes apart are noise; an unknown network is someone else.
    const Place berlin_known{"94.126.12.9", "DE", "Berlin", "3320", "Deutsche Telekom AG", "residential", 52.52, 13.40};
    const Place berlin_unknown{"37.4.200.17", "DE", "Berlin", "3209", "Vodafone GmbH", "residential", 52.52, 13.40};
    TestAccount intruder;
    intruder.with_home_baseline();
    intruder.login(intruder.days_ago(1), kHome, kPixelApp);
    intruder.login(intruder.days_ago(1) + 180, berlin_unknown, kWindowsChrome);
    const auto s = of_kind(intruder.signals(), "impossible_travel");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "medium");  // a device the history does not know either
    CHECK(s[0].explanation.find("never used before") != std::string::npos);

    TestAccount owner;  // the owner's own carrier, placed in another city
    owner.with_home_baseline();
    owner.login(owner.days_ago(1), kHome, kPixelApp);
    owner.login(owner.days_ago(1) + 180, berlin_known, kPixelApp);
    CHECK(of_kind(owner.signals(), "impossible_travel").empty());

    TestAccount train;  // the same unknown network three hours later: a train ride
    train.with_home_baseline();
    train.login(train.days_ago(1), kHome, kPixelApp);
    train.login(train.days_ago(1) + 3 * 3600, berlin_unknown, kPixelApp);
    CHECK(of_kind(train.signals(), "impossible_travel").empty());
}

TEST_CASE("signals: impossible_travel of the account's own phone between hotel Wi-Fi abroad and its home mobile network is low") {
    // Roaming data is routed through the home operator: the same phone shows at home and abroad.
    TestAccount owner;
    owner.with_home_baseline();
    owner.login(owner.days_ago(2), kSingapore, kPixelApp);
    owner.login(owner.days_ago(2) + 1800, kHome, kPixelApp);
    const auto roaming = of_kind(owner.signals(), "impossible_travel");
    REQUIRE(roaming.size() == 1);
    CHECK(roaming[0].severity == "low");
    CHECK(roaming[0].explanation.find("routed home while it roams") != std::string::npos);

    // Another device abroad is someone else, however familiar the home side.
    TestAccount intruder;
    intruder.with_home_baseline();
    intruder.login(intruder.days_ago(2), kSingapore, kWindowsChrome);
    intruder.login(intruder.days_ago(2) + 1800, kHome, kPixelApp);
    const auto jump = of_kind(intruder.signals(), "impossible_travel");
    REQUIRE(jump.size() == 1);
    CHECK(jump[0].severity == "high");
}

TEST_CASE("signals: impossible_travel between two of the account's own devices, one on its home network, is medium") {
    // A traveller: the phone's roaming data routed home, the other device on a network abroad.
    TestAccount owner;
    owner.with_home_baseline();  // the Pixel app and the Pixel's Chrome, at home
    owner.login(owner.days_ago(2), kSingapore, kPixelChrome);
    owner.login(owner.days_ago(2) + 1800, kHome, kPixelApp);
    const auto jump = of_kind(owner.signals(), "impossible_travel");
    REQUIRE(jump.size() == 1);
    CHECK(jump[0].severity == "medium");  // not high: both devices are the account's own
    CHECK(jump[0].explanation.find("two devices the account has long used") != std::string::npos);
}
