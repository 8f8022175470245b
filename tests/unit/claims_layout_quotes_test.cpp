// Replies that carry text the client did not write (quoted messages, attribution lines,
// forwarded headers), negated 2FA methods, weekdays written with a date, and a month without a
// year later in the answer that gave the year.

#include <doctest/doctest.h>

#include <algorithm>

#include "claims/dates.hpp"
#include "claims/extract.hpp"
#include "claims/layout.hpp"
#include "claims/text.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;

namespace {

const int64_t kNow = to_unix(2026, 11, 5, 11, 0, 0);  // a Thursday

std::string first_date(const std::string& lang, const std::string& sentence, int64_t now = kNow) {
    const auto ds = find_dates(fold_str(sentence), lexicon(lang), now);
    return ds.empty() ? "none" : ds.front().iso() + "/" + ds.front().precision;
}

std::vector<Claim> claims_of(const std::string& reply, int64_t now = kNow) {
    Analysis a;
    a.now = now;
    a.input.evidence.push_back({BlockKind::Answers, "reply", reply});
    return extract_claims(a);
}

const Claim* find_topic(const std::vector<Claim>& cs, const std::string& topic) {
    const auto it = std::find_if(cs.begin(), cs.end(), [&](const Claim& c) { return c.topic == topic; });
    return it == cs.end() ? nullptr : &*it;
}

bool has_topic(const std::vector<Claim>& cs, const std::string& topic) { return find_topic(cs, topic) != nullptr; }

}  // namespace

TEST_CASE("layout: quoted lines are never the client's answers; quoted questions pair with the answer below") {
    const auto ss = reply_sentences(
        "Answers below.\n\n"
        "On Mon, 9 Nov 2026 at 22:15, Exchange Support <support@exchange.example> wrote:\n"
        "> Hello James,\n"
        ">\n"
        "> 1. Your full name and date of birth\n\n"
        "James Andrew Whitfield\n\n"
        "> 2. What was your most recent deposit (amount,\n"
        "> date, method)?\n\n"
        "About 2,000 GBP in October.\n\n"
        "> I used SMS codes.\n"
        "> Kind regards,\n"
        "> Exchange Support\n");
    REQUIRE(ss.size() == 3);
    CHECK(ss[0].text == "Answers below.");
    CHECK(ss[0].question.empty());
    CHECK(ss[1].text == "James Andrew Whitfield");
    CHECK(ss[1].question == "Your full name and date of birth");
    CHECK(ss[2].text == "About 2,000 GBP in October.");
    CHECK(ss[2].question == "What was your most recent deposit (amount, date, method)?");
}

TEST_CASE("layout: a wrapped quoted question keeps its start; numbered answers find their question") {
    const auto ss = reply_sentences(
        "> Thank you. Could you tell us when you last logged in and from\n"
        "> which device?\n"
        "Yesterday from my laptop.\n\n"
        "> 1. When did you open the account?\n"
        "> 2. Which devices do you use?\n\n"
        "1. March 2021\n"
        "2. An iPhone 13\n");
    REQUIRE(ss.size() == 3);
    CHECK(ss[0].question == "Could you tell us when you last logged in and from which device?");
    CHECK(ss[1].question == "When did you open the account?");
    CHECK(ss[2].question == "Which devices do you use?");
}

TEST_CASE("extraction: attribution lines and quoted text yield no claims") {
    for (const char* reply : {
             "Thanks.\n\nOn Wed, 4 Nov 2026 at 10:12, Support <security@exchange.example> wrote:\n> Please confirm your e-mail.\n",
             "Merci.\n\nLe mer. 11 mars 2026 à 16:02, Support Sécurité <security@exchange.example> a écrit :\n> Bonjour\n",
             "Danke.\n\nAm 4. Nov. 2026 um 10:12 schrieb Support <security@exchange.example>:\n> Hallo\n",
             "Obrigado.\n\nEm qua., 4 de nov. de 2026 às 10:12, Support <security@exchange.example> escreveu:\n> Olá\n",
             "Grazie.\n\nIl giorno mer 4 nov 2026 alle ore 10:12 Support <security@exchange.example> ha scritto:\n> Salve\n",
             "Спасибо.\n\n4 нояб. 2026 г., в 10:12, Support <security@exchange.example> пишет:\n> Здравствуйте\n",
             "Teşekkürler.\n\nSupport <security@exchange.example>, 4 Kas 2026 Çar, 10:12 tarihinde şunu yazdı:\n> Merhaba\n",
             "谢谢。\n\nSupport <security@exchange.example> 于2026年11月4日周三 10:12写道：\n> 您好\n",
             "감사합니다.\n\n2026년 11월 4일 (수) 오전 10:12, Support <security@exchange.example>님이 작성:\n> 안녕하세요\n",
             // the address on its own line before a wrapped "wrote:"
             "Thanks.\n\nOn Wed, 4 Nov 2026 at 10:12, Support <security@exchange.example>\nwrote:\n> Hi\n",
             // quoted client's own earlier words are not claims either
             "Thanks.\n\n> My e-mail is security@exchange.example and my last login was on 3 November.\n"}) {
        CAPTURE(reply);
        const auto cs = claims_of(reply);
        CHECK(cs.empty());
    }
}

TEST_CASE("extraction: a quoted list item without '?' is the question, not a name") {
    const auto cs = claims_of(
        "On Mon, 9 Nov 2026 at 22:15, Exchange Support <support@exchange.example> wrote:\n"
        "> 1. Your full name and date of birth\n\n"
        "James Andrew Whitfield\n\n"
        "> 3. Roughly when did you open the account?\n\n"
        "Early 2022, January I think.\n");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].topic == "full_name");
    CHECK(cs[0].value["name"] == "James Andrew Whitfield");
    CHECK(cs[1].topic == "account_created");
    CHECK(cs[1].value["date"] == "2022-01");
}

TEST_CASE("extraction: forwarded header blocks are skipped, a client's own 'From:' answer is not") {
    const auto cs = claims_of(
        "My answers are above.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Daniel Okafor <daniel.okafor@outlook.com>\n"
        "Date: Wed, 28 Oct 2026 at 08:14\n"
        "Subject: Locked out\n"
        "To: <support@exchange.example>\n\n"
        "-----Original Message-----\n"
        "De : Support <security@exchange.example>\n"
        "Envoyé : mercredi 4 novembre 2026 10:12\n"
        "À : Daniel\n"
        "Objet : Vérification\n\n"
        "Von: Support <security@exchange.example>\n"
        "Gesendet: Mittwoch, 4. November 2026 10:12\n"
        "An: Daniel\n"
        "Betreff: Konto\n");
    CHECK(cs.empty());
    const auto own = claims_of("> Where do you usually log in from?\nFrom: Dublin, Ireland\n");
    CHECK(has_topic(own, "usual_location"));
}

TEST_CASE("extraction: a negated method is not the claimed one") {
    CHECK_FALSE(has_topic(claims_of("> Which two-factor method did you have set up?\nNo SMS.\n"), "two_factor_method"));
    CHECK_FALSE(has_topic(claims_of("> Which 2FA method did you use?\nnot SMS\n"), "two_factor_method"));
    CHECK_FALSE(has_topic(claims_of("Hallo, hier sind meine Antworten.\n\n> Welche Zwei-Faktor-Methode hatten Sie eingerichtet?\nkein SMS\n"),
                          "two_factor_method"));
    CHECK_FALSE(has_topic(claims_of("> Quelle méthode de double authentification utilisez-vous ?\npas par SMS\n"), "two_factor_method"));
    CHECK_FALSE(has_topic(claims_of("> Qual método de autenticação de dois fatores você usa?\nnão por SMS\n"), "two_factor_method"));
    // the method named after the denied one is the claim
    const auto cs = claims_of("> Which two-factor method did you have set up?\nGoogle Authenticator on the OnePlus. No SMS.\n");
    REQUIRE(has_topic(cs, "two_factor_method"));
    CHECK(find_topic(cs, "two_factor_method")->value["method"] == "totp");
    CHECK(std::count_if(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "two_factor_method"; }) == 1);
    const auto both = claims_of("I never used SMS, only Google Authenticator.\n");
    REQUIRE(has_topic(both, "two_factor_method"));
    CHECK(find_topic(both, "two_factor_method")->value["method"] == "totp");
    // a loss is not a denial: the method lost with the phone is the one used
    const auto lost = claims_of("hi my phone got stolen so no google auth anymore.\n");
    REQUIRE(has_topic(lost, "two_factor_method"));
    CHECK(find_topic(lost, "two_factor_method")->value["method"] == "totp");
    // a plain "SMS" answer is still a claim
    const auto sms = claims_of("> Which two-factor method did you have set up?\nSMS codes.\n");
    REQUIRE(has_topic(sms, "two_factor_method"));
    CHECK(find_topic(sms, "two_factor_method")->value["method"] == "sms");
}

TEST_CASE("dates: a weekday written with a day of the month is that day") {
    CHECK(first_date("en", "on Wednesday 14 October") == "2026-10-14/day");
    CHECK(first_date("en", "Monday evening the 26th, from my MacBook") == "2026-10-26/day");
    CHECK(first_date("en", "on Monday, the 26th") == "2026-10-26/day");
    CHECK(first_date("en", "14 October, a Wednesday") == "2026-10-14/day");
    const int64_t march = to_unix(2026, 3, 12, 10, 0, 0);
    CHECK(first_date("fr", "Le dimanche 1er mars au soir", march) == "2026-03-01/day");
    CHECK(first_date("de", "am Sonntag, 1. März", march) == "2026-03-01/day");
    // a day without a month: the most recent one that falls on that weekday
    CHECK(first_date("en", "Friday the 2nd") == "2026-10-02/day");
    // the weekday picks last year for a date that this year is another weekday
    CHECK(first_date("en", "Saturday 15 November", to_unix(2026, 11, 20)) == "2025-11-15/day");
    // a weekday alone is still the most recent one; a count after it is not a day
    CHECK(first_date("en", "on Monday") == "2026-11-02/day");
    CHECK(first_date("en", "I tried Monday 3 times") == "2026-11-02/day");
}

TEST_CASE("extraction: a month without a year later in the answer takes the answer's year") {
    const auto cs = claims_of(
        "1) When did you open the account?\n"
        "   March 2021 - during the second lockdown. End of March, I think.\n");
    REQUIRE_FALSE(cs.empty());
    for (const auto& c : cs) {
        CHECK(c.topic == "account_created");
        CHECK(c.value["date"] == "2021-03");
    }
    // another topic's cue in the follow-up keeps its own reading
    const auto other = claims_of(
        "> When did you open the account?\n"
        "March 2021. My last deposit was 200 EUR in October.\n");
    REQUIRE(has_topic(other, "last_deposit"));
    CHECK(find_topic(other, "last_deposit")->value["date"] == "2026-10");
    // free prose does not carry the year over
    const auto prose = claims_of("I opened the account in March 2021. I last logged in on 2 November.\n");
    REQUIRE(has_topic(prose, "last_login"));
    CHECK(find_topic(prose, "last_login")->value["date"] == "2026-11-02");
}

TEST_CASE("layout: a terse answer of a few words under a quoted question is one answer") {
    const auto s = reply_sentences("> 1. What was your last deposit (asset, amount, date)?\nBTC. oct.\n> 4. Which 2FA method?\napp. never sms");
    REQUIRE(s.size() == 2);
    CHECK(s[0].text == "BTC. oct.");
    CHECK(s[0].question.find("last deposit") != std::string::npos);
    CHECK(s[1].text == "app. never sms");
    CHECK(s[1].question == "Which 2FA method?");
}
