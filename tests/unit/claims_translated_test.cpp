// Translation invariance: the labelled sample's replies are English or Portuguese, but clients
// write in nine languages. Each fixture in tests/corpus/translated/ holds one sample case's reply
// as a real client would write it in other languages (local dates, numbers, place and device
// names, Q/A markers). The case is loaded from the shared sample and only the reply text is
// swapped, so the logs, the signals and the policy are the same: the claims (topic and verdict)
// and the recommendation must be too.
//
// Where a translation honestly cannot carry a claim the same way, the fixture says so:
//   "exceptions": {"ko": [{"topic": "last_login", "verdict": "partial", "reason": "..."}]}
// replaces the original's verdicts for that topic ("absent": no such claim), and
//   {"recommendation": "needs_more_info", "reason": "..."} the expected recommendation.
// An exception without a reason fails: the test is never loosened silently.
//
// OWNERCHECK_TRANSLATED_SUMMARY=1 prints the pass rate per language.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ip_data_support.hpp"
#include "ownercheck/ownercheck.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace ownercheck;

namespace {

struct Outcome {
    std::vector<std::string> claims;  // "topic=verdict", sorted
    std::string recommendation;
};

Outcome outcome_of(const json& case_json) {
    AnalyzeOptions options;
    options.format = ReportFormat::Json;
    const AnalyzeResult r = analyze(case_json.dump(), options);
    REQUIRE_MESSAGE(r.status == Status::Ok, r.error);
    const json report = json::parse(r.output);
    Outcome o;
    for (const auto& c : report.at("claims")) o.claims.push_back(c.at("topic").get<std::string>() + "=" + c.at("verdict").get<std::string>());
    std::sort(o.claims.begin(), o.claims.end());
    o.recommendation = report.at("assessment").at("recommendation").get<std::string>();
    return o;
}

// The case with every answers block's text replaced by the translated reply.
json with_reply(json c, const std::string& reply) {
    int swapped = 0;
    for (auto& e : c.at("evidence"))
        if (e.value("kind", std::string()) == "answers") {
            e["text"] = reply;
            ++swapped;
        }
    REQUIRE_MESSAGE(swapped == 1, "expected exactly one answers block, found " << swapped);
    return c;
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s.empty() ? "(none)" : s;
}

// The original outcome with the fixture's declared exceptions for one language applied.
Outcome expected_for(Outcome want, const json& exceptions) {
    for (const auto& ex : exceptions) {
        REQUIRE_MESSAGE(!ex.value("reason", std::string()).empty(), "exception without a reason: " << ex.dump());
        if (ex.contains("recommendation")) {
            want.recommendation = ex.at("recommendation").get<std::string>();
            continue;
        }
        const std::string topic = ex.at("topic").get<std::string>(), verdict = ex.at("verdict").get<std::string>();
        auto& v = want.claims;
        v.erase(std::remove_if(v.begin(), v.end(), [&](const std::string& k) { return k.rfind(topic + "=", 0) == 0; }), v.end());
        if (verdict != "absent") v.push_back(topic + "=" + verdict);
        std::sort(v.begin(), v.end());
    }
    return want;
}

}  // namespace

TEST_CASE("claims: translated replies keep the original's claims and recommendation") {
    std::string table_errors;
    test_support::load_tables(table_errors);
    REQUIRE_MESSAGE(table_errors.empty(), table_errors);

    const fs::path dir = test_support::source_path("tests/corpus/translated");
    std::vector<fs::path> fixtures;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".json") fixtures.push_back(entry.path());
    std::sort(fixtures.begin(), fixtures.end());
    REQUIRE_MESSAGE(fixtures.size() >= 12, "expected at least 12 fixtures in " << dir.string());

    std::map<std::string, std::pair<int, int>> per_lang;  // lang -> (passed, total)
    for (const fs::path& path : fixtures) {
        const json fx = json::parse(test_support::read_file(path.string()));
        const std::string case_id = fx.at("case").get<std::string>();
        const std::string case_text = test_support::read_file(test_support::shared_path("cases/cases/" + case_id + ".json"));
        REQUIRE_MESSAGE(!case_text.empty(), "sample case " << case_id << " not found");
        const json original_case = json::parse(case_text);
        const Outcome original = outcome_of(original_case);
        const json no_exceptions = json::array();
        const json& exceptions = fx.contains("exceptions") ? fx.at("exceptions") : json::object();
        // Plain loops over items(), not structured bindings: clang 14 (Emscripten) cannot name a
        // structured binding inside doctest's message macros.
        for (const auto& item : exceptions.items()) {
            const std::string lang = item.key();
            CHECK_MESSAGE(fx.at("replies").contains(lang), path.filename().string() << ": exception for a language without a reply: " << lang);
        }

        for (const auto& item : fx.at("replies").items()) {
            const std::string lang = item.key();
            const json& reply = item.value();
            CAPTURE(case_id);
            CAPTURE(lang);
            const Outcome want = expected_for(original, exceptions.contains(lang) ? exceptions.at(lang) : no_exceptions);
            const Outcome got = outcome_of(with_reply(original_case, reply.get<std::string>()));
            const bool same_claims = got.claims == want.claims, same_rec = got.recommendation == want.recommendation;
            CHECK_MESSAGE(same_claims, "claims: want [" << joined(want.claims) << "] got [" << joined(got.claims) << "]");
            CHECK_MESSAGE(same_rec, "recommendation: want " << want.recommendation << " got " << got.recommendation);
            auto& [passed, total] = per_lang[lang];
            ++total;
            if (same_claims && same_rec) ++passed;
        }
    }
    if (std::getenv("OWNERCHECK_TRANSLATED_SUMMARY"))
        for (const auto& [lang, pt] : per_lang) std::printf("translated %s: %d/%d\n", lang.c_str(), pt.first, pt.second);
}
