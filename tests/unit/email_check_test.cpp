#include <doctest/doctest.h>

#include "enrich/email_check.hpp"

using namespace ownercheck;

TEST_CASE("email syntax") {
    CHECK(email_info("anna.schmidt@gmail.com").valid);
    CHECK(email_info("Anna Schmidt <Anna.Schmidt@GMAIL.com>").domain == "gmail.com");
    CHECK(email_info("mailto:a+b@x.co").valid);
    CHECK(email_info("o'brien@example.ie").valid);
    CHECK(email_info("x@xn--bcher-kva.de").valid);
    for (const char* bad : {"", "plain", "@x.com", "a@", "a@b", "a..b@x.com", ".a@x.com", "a.@x.com", "a b@x.com",
                            "a@-x.com", "a@x-.com", "a@x..com", "a@x.c", "a@x.c0m", "a@x_y.com", "ä@x.com"}) {
        const auto e = email_info(bad);
        CHECK_MESSAGE(!e.valid, bad);
        CHECK_MESSAGE(!e.error.empty(), bad);
    }
    CHECK(!email_info(std::string(300, 'a') + "@x.com").valid);
    CHECK(!describe_email(std::string("\xff\xfe@x.com")).dump().empty());
}

TEST_CASE("disposable domains from disposable-email-domains-js") {
    CHECK(email_info("someone@mailinator.com").disposable);
    CHECK(email_info("someone@0-mail.com").disposable);
    CHECK(is_disposable_domain("10minutemail.com"));
    CHECK(is_disposable_domain("sub.mailinator.com"));  // a parent domain on the list
    CHECK(!email_info("someone@gmail.com").disposable);
    CHECK(!email_info("someone@kraken.com").disposable);
    CHECK(!is_disposable_domain("com"));
}

TEST_CASE("look-alikes of the account's address") {
    const char* acct = "anna.schmidt@gmail.com";
    CHECK(email_lookalike(acct, "anna.schmidt@gmail.com").kind == "same");
    CHECK(email_lookalike(acct, "Anna.Schmidt@gmail.com").kind == "same");
    CHECK(email_lookalike(acct, "annaschmidt+kraken@googlemail.com").kind == "same_mailbox");
    CHECK(email_lookalike(acct, "anna.schmidt@proton.me").kind == "same_local_other_domain");
    CHECK(email_lookalike(acct, "anna.schmidt1987@gmail.com").kind == "added_to_local");
    CHECK(email_lookalike(acct, "anna.schmidt.support@outlook.com").kind == "added_to_local");
    CHECK(email_lookalike(acct, "anna.schrnidt@gmail.com").kind == "near_spelling");
    CHECK(email_lookalike(acct, "anna.schmidt@gmai1.com").kind == "domain_lookalike");
    CHECK(email_lookalike("anna_schmidt@outlook.com", "anna.schmidt@outlook.com").kind == "near_spelling");
    CHECK(email_lookalike("j.doe@example.com", "jdoe@examp1e.com").kind == "domain_lookalike");
    CHECK(email_lookalike(acct, "k.weber@web.de").kind == "unrelated");
    CHECK(email_lookalike(acct, "k.weber@web.de").score == 0);
    CHECK(email_lookalike(acct, "not an email").kind == "invalid");
    CHECK(email_lookalike(acct, "anna.schmidt1987@gmail.com").score > email_lookalike(acct, "k.weber@web.de").score);
    CHECK(describe_email("anna.schmidt@proton.me", acct)["lookalike"]["kind"] == "same_local_other_domain");
}
