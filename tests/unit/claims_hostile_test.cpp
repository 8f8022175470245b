// Replies are attacker-controlled: long crafted runs must neither crash (stack) nor go quadratic.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "claims/extract.hpp"
#include "ownercheck/ownercheck.hpp"

using namespace ownercheck;

TEST_CASE("claims: hostile replies finish and report") {
    const std::string runs[] = {
        "My last deposit was 2024" + std::string(300000, ' ') + "-05-01",
        std::string(200000, '1') + "/",
        std::string(100000, 'a') + "\xE5\xB9\xB4" + std::string(100000, '5') + "\xE6\x9C\x88",  // 年 … 月
        std::string(200000, 'x') + " no at sign " + std::string(200000, '.'),
        "+" + std::string(300000, '1'),
        "bc1" + std::string(200000, 'q'),
    };
    for (const std::string& text : runs) {
        nlohmann::json c = {{"opened_at", "2026-01-01T00:00:00Z"},
                            {"evidence", {{{"kind", "answers"}, {"text", text}}}}};
        const AnalyzeResult r = analyze(c.dump());
        CHECK(r.status == Status::Ok);
    }
}

TEST_CASE("claims: invalid UTF-8 in a reply neither throws nor reaches a value unreplaced") {
    // Found by fuzz_claims: a device named next to invalid bytes made the extractor's duplicate
    // check (a dump of the claim's value) throw. The case reader refuses such bytes, but the
    // extractor is also fed directly (fuzzing, the inspection commands).
    Analysis a;
    a.input.opened_at = 1793000000;
    a.input.evidence.push_back({BlockKind::Answers, "reply",
                                "Dear support, Safari on my MacBook and a Samsung Galaxy S99. I usually log in from Po\x8E\x89o, Portugal."});
    std::vector<Claim> claims;
    CHECK_NOTHROW(claims = extract_claims(a));
    for (const Claim& c : claims) CHECK_NOTHROW((void)c.value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    CHECK(!claims.empty());
}

TEST_CASE("claims: a count too long for an int before 'years ago' is no count") {
    // Found by fuzz_claims: "a few years4444…4 ago" made std::stoi throw out_of_range.
    const std::string nines(40, '4');
    for (const std::string& reply : {"I created the account a few years" + nines + " ago.", "I created the account " + nines + " years ago.",
                                     "J'ai ouvert le compte il y a " + nines + " ans.", "Konto vor " + nines + " Jahren eröffnet."}) {
        Analysis a;
        a.input.opened_at = 1793000000;
        a.input.evidence.push_back({BlockKind::Answers, "reply", reply});
        CAPTURE(reply);
        CHECK_NOTHROW((void)extract_claims(a));
    }
}

TEST_CASE("claims: a name before its cue with a control character in a word ends") {
    // Found by fuzz_claims (a timeout): "Hesabım Emre Yı\x07dız adına" looped for ever in the name
    // reader, whose letter test stopped advancing once a character was no letter.
    for (const std::string& reply : {std::string("Hesab\xC4\xB1m Emre Y\xC4\xB1\x07" "d\xC4\xB1z ad\xC4\xB1na kay\xC4\xB1tl\xC4\xB1."),
                                     std::string("Hesab\xC4\xB1m Emre Y1ld1z ad\xC4\xB1na.")}) {
        Analysis a;
        a.input.opened_at = 1793000000;
        a.input.evidence.push_back({BlockKind::Answers, "reply", reply});
        CHECK_NOTHROW((void)extract_claims(a));
    }
}
