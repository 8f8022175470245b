// Detectors that read the ticket itself: sender address, disposable inboxes, mail
// authentication and the sending IP.

#include <doctest/doctest.h>

#include "signals/disposable.hpp"
#include "signals/email_headers.hpp"
#include "signals_test_fixtures.hpp"

using namespace sigtest;

TEST_CASE("signals: ticket_email_mismatch ignores Gmail dots and +tags, flags look-alikes high") {
    TestAccount same;
    same.a.input.account.email = "anna.chen27@gmail.com";
    same.a.input.ticket.from = "Anna Chen <AnnaChen27+support@gmail.com>";
    CHECK(of_kind(same.signals(), "ticket_email_mismatch").empty());

    TestAccount lookalike;
    lookalike.a.input.account.email = "marie.chen10@icloud.com";
    lookalike.a.input.ticket.from = "marie.chen.support3@outlook.com";
    auto s = of_kind(lookalike.signals(), "ticket_email_mismatch");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("look-alike score") != std::string::npos);

    TestAccount typo;
    typo.a.input.account.email = "li.zhang13@gmx.de";
    typo.a.input.ticket.from = "li.zhang13@gnx.de";
    s = of_kind(typo.signals(), "ticket_email_mismatch");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");

    TestAccount other;
    other.a.input.account.email = "li.zhang13@gmx.de";
    other.a.input.ticket.from = "kwok.family@yahoo.com";
    s = of_kind(other.signals(), "ticket_email_mismatch");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "medium");
}

TEST_CASE("signals: disposable_email flags throwaway inboxes unless the account uses one too") {
    TestAccount acc;
    acc.a.input.account.email = "anna.chen27@gmail.com";
    acc.a.input.ticket.from = "anna.chen.support79@mailinator.com";
    auto s = of_kind(acc.signals(), "disposable_email");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(signals::is_disposable_email_domain("eu.mailinator.com"));
    CHECK_FALSE(signals::is_disposable_email_domain("notmailinator.com"));

    TestAccount both;
    both.a.input.account.email = "x@yopmail.com";
    both.a.input.ticket.from = "x@yopmail.com";
    s = of_kind(both.signals(), "disposable_email");
    REQUIRE(s.size() == 1);
    CHECK(s[0].explained_by_baseline);
}

TEST_CASE("signals: email_auth_fail reads Authentication-Results") {
    TestAccount pass;
    pass.a.input.ticket.headers =
        "Received: from [77.34.120.144] by smtp.outlook.com with ESMTPSA\nAuthentication-Results: mx.support.example; "
        "dkim=pass header.d=outlook.com; spf=pass smtp.mailfrom=a@outlook.com; dmarc=pass\nFrom: A <a@outlook.com>";
    CHECK(of_kind(pass.signals(), "email_auth_fail").empty());

    TestAccount forged;
    forged.a.input.ticket.headers = "From: A <a@gmail.com>\nAuthentication-Results: mx.example;\n dkim=fail header.d=gmail.com;\n spf=softfail; dmarc=fail";
    auto s = of_kind(forged.signals(), "email_auth_fail");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "high");
    CHECK(s[0].explanation.find("dmarc=fail") != std::string::npos);
    CHECK(s[0].explanation.find("header line 2") != std::string::npos);
}

TEST_CASE("signals: sender_ip_unseen compares the Received IP with the account's sign-ins") {
    TestAccount owner;
    owner.with_home_baseline();
    owner.a.input.ticket.headers = "Received: from mail.example (host [94.126.98.7]) by smtp.gmx.de with ESMTPSA\nFrom: x@gmx.de";
    CHECK(of_kind(owner.signals(), "sender_ip_unseen").empty());  // same /24 as the home sign-ins

    TestAccount attacker;
    attacker.with_home_baseline();
    for (int i = 0; i < 3; ++i) attacker.fail(attacker.days_ago(1) + i * 60, kDigitalOcean, kWindowsChrome, "invalid_otp");
    attacker.a.input.ticket.headers = "Received: from [143.244.220.107] by smtp.gmail.com with ESMTPSA\nFrom: x@gmail.com";
    auto s = of_kind(attacker.signals(), "sender_ip_unseen");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "medium");
    CHECK(s[0].evidence.size() == 3);

    // Mailed from a neighbour of the attempts' address in a hosting network: the same exit pool.
    TestAccount pooled;
    pooled.with_home_baseline();
    for (int i = 0; i < 3; ++i) pooled.fail(pooled.days_ago(1) + i * 60, kDigitalOcean, kWindowsChrome, "invalid_otp");
    pooled.a.input.ticket.headers = "Received: from [143.244.220.58] by web-mail.gmx.net (via HTTP)\nFrom: x@gmx.de";
    s = of_kind(pooled.signals(), "sender_ip_unseen");
    REQUIRE(s.size() == 1);
    CHECK(s[0].severity == "medium");
    CHECK(s[0].explanation.find("shares its VPN or hosting /24") != std::string::npos);

    // A private hop is not the sender.
    const auto ip = signals::origin_ip("Received: from [10.0.0.2] by x\nReceived: from [203.0.113.9] by y");
    REQUIRE(ip.has_value());
    CHECK(ip->ip == "203.0.113.9");
}
