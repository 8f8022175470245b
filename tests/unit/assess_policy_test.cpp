// The assessment: weights from weights.json, the contract's policy, reasons, questions and the
// reply draft in the client's language.

#include <doctest/doctest.h>

#include <set>

#include "assess/assess.hpp"
#include "assess/weigh.hpp"
#include "util/embedded_data.hpp"
#include "signals_test_fixtures.hpp"

using namespace sigtest;

namespace {

Claim claim(const std::string& topic, const std::string& verdict, const std::string& lang = "en", bool phishable = false) {
    Claim c;
    c.topic = topic;
    c.verdict = verdict;
    c.language = lang;
    c.phishable = phishable;
    c.explanation = topic + " checked";
    return c;
}

Analysis assessed(TestAccount& acc, std::vector<Claim> claims) {
    TestAccount::sort_timeline(acc.a);
    acc.a.claims = std::move(claims);
    acc.a.signals = detect_signals(acc.a);
    assess_case(acc.a);
    return acc.a;
}

}  // namespace

TEST_CASE("assess: weights.json covers every contract topic, verdict and signal kind, each with a rationale") {
    const auto& w = data_table("weights.json");
    for (const char* topic : {"account_created", "last_deposit", "last_withdrawal", "last_trade", "last_login", "usual_location", "devices",
                              "two_factor_method", "balance", "withdrawal_address", "contact_email", "phone", "full_name", "residence_country"}) {
        INFO(topic);
        REQUIRE(w["claims"].contains(topic));
        for (const char* v : {"corroborated", "partial", "contradicted", "unverifiable"}) CHECK(w["claims"][topic][v].is_number());
        CHECK(w["claims"][topic]["rationale"].get<std::string>().size() > 20);
        CHECK(w["claims"][topic]["contradicted"].get<double>() < 0);
    }
    for (const char* kind : {"impossible_travel", "new_country", "new_asn", "hosting_or_vpn_ip", "new_device", "automation_user_agent",
                             "failed_login_burst", "otp_failure_burst", "security_change", "withdrawal_after_change",
                             "ticket_email_mismatch", "disposable_email", "email_auth_fail", "sender_ip_unseen"}) {
        INFO(kind);
        REQUIRE(w["signals"].contains(kind));
        CHECK(w["signals"][kind]["high"].get<double>() <= w["signals"][kind]["medium"].get<double>());
        CHECK(w["signals"][kind]["info"].get<double>() == 0);
        CHECK(w["signals"][kind]["rationale"].get<std::string>().size() > 20);
    }
}

TEST_CASE("assess: the owner who lost their phone, with history facts corroborated, is owner_verified") {
    TestAccount acc;
    acc.with_home_baseline();
    for (int i = 0; i < 4; ++i) acc.fail(acc.days_ago(1) + i * 180, kHome, kPixelChrome, "invalid_otp");
    const Analysis a = assessed(acc, {claim("last_deposit", "corroborated"), claim("devices", "corroborated"),
                                      claim("last_login", "corroborated"), claim("usual_location", "corroborated", "en", true)});
    CHECK(a.assessment.recommendation == "owner_verified");
    CHECK(a.assessment.owner_probability > 0.9);
    CHECK(a.claims[3].weight <= 0.3);  // phishable: capped
    REQUIRE_FALSE(a.assessment.reasons.empty());
    CHECK(a.assessment.reasons[0].find("last_deposit") != std::string::npos);  // strongest first
    CHECK(a.assessment.reply_draft.empty());
}

TEST_CASE("assess: a writer who says they act for the account holder is not verified, however right the facts") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.a.writer_for_someone_else = Analysis::ReplyLine{Ref{1, 3}, "I am writing on behalf of my mother."};
    const Analysis a = assessed(acc, {claim("last_deposit", "corroborated"), claim("devices", "corroborated"), claim("last_login", "corroborated")});
    CHECK(a.assessment.owner_probability > 0.9);
    CHECK(a.assessment.recommendation == "needs_more_info");
    CHECK(a.assessment.summary.find("not the account holder (block 1, line 3)") != std::string::npos);
    REQUIRE_FALSE(a.assessment.next_questions.empty());
    CHECK(a.assessment.next_questions[0].find("account holder in person") != std::string::npos);
}

TEST_CASE("assess: a reply that disputes the account's own activity is not verified, however right the facts") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.a.disputed_activity = Analysis::ReplyLine{Ref{1, 4}, "I did NOT make this withdrawal."};
    const Analysis a = assessed(acc, {claim("last_deposit", "corroborated"), claim("devices", "corroborated"), claim("last_login", "corroborated")});
    CHECK(a.assessment.recommendation == "needs_more_info");
    CHECK(a.assessment.summary.find("disputes the account's own activity (block 1, line 4)") != std::string::npos);
}

TEST_CASE("assess: wrong specifics plus a data-centre takeover pattern is suspected_takeover") {
    TestAccount acc;
    acc.with_home_baseline();
    for (int i = 0; i < 5; ++i) acc.fail(acc.days_ago(1) + i * 60, kDigitalOcean, kWindowsChrome, "invalid_otp");
    acc.add(EventType::EmailChangeRequested, acc.days_ago(1) + 600, kDigitalOcean, kWindowsChrome);
    const Analysis a = assessed(acc, {claim("last_deposit", "contradicted"), claim("devices", "contradicted"),
                                      claim("two_factor_method", "corroborated")});
    CHECK(a.assessment.recommendation == "suspected_takeover");
    CHECK(a.assessment.owner_probability < 0.1);
    CHECK(a.assessment.summary.find("suspected_takeover") != std::string::npos);
}

TEST_CASE("assess: a memory slip keeps a real owner out of suspected_takeover") {
    TestAccount acc;
    acc.with_home_baseline();
    const Analysis a = assessed(acc, {claim("account_created", "contradicted"), claim("last_deposit", "corroborated"),
                                      claim("devices", "corroborated"), claim("usual_location", "corroborated", "en", true)});
    CHECK(a.assessment.recommendation == "needs_more_info");
    CHECK(a.assessment.summary.find("contradicted") != std::string::npos);
}

TEST_CASE("assess: an owner whose password is being stuffed is not suspected when the history proves them") {
    TestAccount acc;
    acc.with_home_baseline();
    const Place sources[] = {kDigitalOcean, kSingapore, kWarsaw, kNordVpn, kDigitalOcean};
    for (int i = 0; i < 5; ++i) acc.fail(acc.days_ago(3) + i * 300, sources[i], kWindowsChrome, "wrong_password");
    const Analysis a = assessed(acc, {claim("last_deposit", "corroborated"), claim("last_withdrawal", "corroborated"),
                                      claim("devices", "corroborated"), claim("last_trade", "corroborated")});
    CHECK(a.assessment.recommendation == "needs_more_info");  // the high signal blocks verification
}

TEST_CASE("assess: a vague client gets questions and a reply draft in their language that reveals no log content") {
    TestAccount acc;
    acc.with_home_baseline();
    acc.a.input.account.created_at = acc.days_ago(400);
    Event& d1 = acc.add(EventType::Deposit, acc.days_ago(50), kHome, "");
    d1.asset = "EUR";
    acc.add(EventType::Deposit, acc.days_ago(30), kHome, "").asset = "EUR";
    acc.add(EventType::Withdrawal, acc.days_ago(25), kHome, "").asset = "BTC";
    const Analysis a = assessed(acc, {claim("usual_location", "corroborated", "fr", true)});
    CHECK(a.assessment.recommendation == "needs_more_info");
    CHECK(a.assessment.reply_language == "fr");
    REQUIRE(a.assessment.next_questions.size() == 3);
    CHECK(a.assessment.reply_draft.find("Bonjour") != std::string::npos);
    CHECK(a.assessment.reply_draft.find("appareils") != std::string::npos);
    for (const std::string& leak : {kHome.ip, kHome.city, kHome.org, std::string("EUR"), std::string("BTC")})
        CHECK(a.assessment.reply_draft.find(leak) == std::string::npos);
}

TEST_CASE("assess: reply templates exist in all nine languages") {
    const auto& t = data_table("reply_templates.json");
    const std::set<std::string> langs{"en", "fr", "pt", "de", "it", "ru", "tr", "zh", "ko"};
    // Plain loop variables: clang 14 (Emscripten's) cannot capture structured bindings in INFO.
    for (const auto& item : t["questions"].items()) {
        const std::string key = item.key();
        for (const auto& l : langs) {
            INFO(key << " " << l);
            CHECK(item.value().contains(l));
        }
    }
    for (const auto& [part, texts] : t["reply"].items())
        for (const auto& l : langs) CHECK(texts.contains(l));
    for (const auto& k : t["question_order"]) CHECK(t["questions"].contains(k.get<std::string>()));
}

TEST_CASE("assess: funding facts alone do not verify while a new device acted in the account") {
    // A mailbox reader knows deposit, withdrawal and trade amounts from the exchange's e-mails. A
    // password reset from a phone the account never used, then the ticket: not verified.
    TestAccount acc;
    acc.with_home_baseline();
    Place same_isp = kHome;
    same_isp.ip = "94.126.12.7";  // the owner's ISP (same ASN), another /24
    const std::string phone = "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";
    acc.add(EventType::PasswordResetCompleted, acc.days_ago(0.7), same_isp, phone);
    acc.login(acc.days_ago(0.7) + 120, same_isp, phone);
    const Analysis a = assessed(acc, {claim("last_deposit", "corroborated"), claim("last_withdrawal", "corroborated"),
                                      claim("last_trade", "corroborated"), claim("account_created", "corroborated")});
    CHECK(a.assessment.owner_probability >= 0.85);  // the weights alone would verify
    CHECK(a.assessment.recommendation == "needs_more_info");
    CHECK(a.assessment.summary.find("e-mails show") != std::string::npos);

    // The same answers plus the owner's devices, which no e-mail shows: verified.
    TestAccount owner;
    owner.with_home_baseline();
    owner.login(owner.days_ago(2), kHome, phone);  // the owner's new phone at home: new_device low
    const Analysis b = assessed(owner, {claim("last_deposit", "corroborated"), claim("last_withdrawal", "corroborated"),
                                        claim("devices", "corroborated")});
    CHECK(b.assessment.recommendation == "owner_verified");

    // Second-factor failures from a device and network the account never used (the password was
    // accepted there) and answers a mailbox holds, sign-in notices included: not verified.
    TestAccount knocking;
    knocking.with_home_baseline();
    Place other_isp = kHome;  // same city and country, a network the account never used
    other_isp.ip = "88.65.40.12";
    other_isp.asn = "3209";
    for (int i = 0; i < 3; ++i) knocking.fail(knocking.days_ago(1) + i * 120, other_isp, kWindowsChrome, "invalid_otp");
    const Analysis k = assessed(knocking, {claim("last_deposit", "corroborated"), claim("last_withdrawal", "corroborated"),
                                           claim("last_login", "corroborated")});
    CHECK(k.assessment.owner_probability >= 0.85);
    CHECK(k.assessment.recommendation == "needs_more_info");

    // The owner's own password change from the usual phone and network is low: nobody new.
    TestAccount own;
    own.with_home_baseline();
    own.add(EventType::PasswordChanged, own.days_ago(10), kHome, kPixelChrome);
    const Analysis d = assessed(own, {claim("last_deposit", "corroborated"), claim("last_withdrawal", "corroborated")});
    CHECK(d.assessment.recommendation == "owner_verified");

    // A sign-in log that could not be read (every record skipped) hides what a signal would
    // show: funding facts alone do not verify; with the owner's devices from another block they do.
    TestAccount unread;
    unread.with_home_baseline();
    BlockIngest bad;
    bad.block = 1;
    bad.format = "jsonl";
    bad.rows = 44;
    bad.skipped = 44;
    unread.a.ingest.push_back(bad);
    const Analysis u = assessed(unread, {claim("last_deposit", "corroborated"), claim("last_withdrawal", "corroborated")});
    CHECK(u.assessment.recommendation == "needs_more_info");
    CHECK(u.assessment.summary.find("could not be read") != std::string::npos);
    TestAccount unread_dev;
    unread_dev.with_home_baseline();
    unread_dev.a.ingest.push_back(bad);
    const Analysis ud = assessed(unread_dev, {claim("last_deposit", "corroborated"), claim("devices", "corroborated")});
    CHECK(ud.assessment.recommendation == "owner_verified");

    // No sign of anyone new: funding facts verify as before.
    TestAccount quiet;
    quiet.with_home_baseline();
    const Analysis c = assessed(quiet, {claim("last_deposit", "corroborated"), claim("last_withdrawal", "corroborated")});
    CHECK(c.assessment.recommendation == "owner_verified");
}

TEST_CASE("assess: each further signal of a kind weighs half the one before, so fifty addresses are one attack") {
    std::vector<Signal> signals;
    for (int i = 0; i < 50; ++i) {
        Signal s;
        s.kind = "hosting_or_vpn_ip";
        s.severity = "medium";
        signals.push_back(s);
    }
    ownercheck::assess::weigh_signals(signals);
    double total = 0;
    for (const Signal& s : signals) total += s.weight;
    const double strongest = signals.front().weight;
    REQUIRE(strongest < 0);
    CHECK(signals[1].weight == doctest::Approx(strongest / 2));
    CHECK(signals[2].weight == doctest::Approx(strongest / 4).epsilon(0.05));
    CHECK(total >= 2 * strongest - 0.05);  // at most twice the strongest, not fifty times
}
