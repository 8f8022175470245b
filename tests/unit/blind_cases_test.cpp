// Blind end-to-end cases: tests/corpus/blind_cases holds cases written (with their labels) before
// the tool was run on them, in all nine languages and in admin formats beyond the sample's. Each
// runs through the public analyze() with the data tables loaded, as the CLI does, and must
//  - never be a false accept (an attacker's case recommended owner_verified), known gap or not;
//  - get a recommendation within the label's `acceptable` set.
// A case listed in kKnownGaps is a real gap left for later (each with the reason): it is run and
// reported, never counted as a pass and never failing the suite, so the gap stays visible.
//
// OWNERCHECK_BLIND_SUMMARY=1 prints each case's recommendation against its label.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "ip_data_support.hpp"
#include "ownercheck/ownercheck.hpp"
#include "test_support.hpp"

using nlohmann::json;
using namespace ownercheck;

namespace {

// case_id -> why its recommendation may still fall outside `acceptable`. Empty: no known gaps.
const std::map<std::string, std::string> kKnownGaps = {
    {"B-0078", "topic of a sentence naming two funding events: 'The morning after the deposit I bought bitcoin with "
               "EUR 1,800 of it' is read as a second deposit, and 'the remaining EUR 700 or so' (a balance) as the last "
               "trade, which is then contradicted"},
    {"B-0350", "an AiTM relay whose every fact is right: the writer claims as theirs the hosting-network session that "
               "added the new address and the trade it made ('last sign in yesterday around 4:40pm'), but last_login "
               "is checked against the newest sign-in, the owner's own the next morning, within a day's tolerance; "
               "needs_more_info (p 0.50) where only suspected_takeover is acceptable"},
};

const char* const kCorpus = "tests/corpus/blind_cases";

bool contains(const json& list, const std::string& value) {
    for (const auto& v : list)
        if (v.get<std::string>() == value) return true;
    return false;
}

}  // namespace

TEST_CASE("blind cases: no false accept, recommendation acceptable") {
    std::string table_errors;
    test_support::load_tables(table_errors);
    REQUIRE_MESSAGE(table_errors.empty(), table_errors);
    const bool summary = std::getenv("OWNERCHECK_BLIND_SUMMARY") != nullptr;
    const std::string dir = test_support::source_path(kCorpus);
    const json labels = json::parse(test_support::read_file(dir + "/labels.json"));
    REQUIRE_MESSAGE(labels.size() >= 27, dir << "/labels.json has too few cases");
    for (const auto& g : kKnownGaps) REQUIRE_MESSAGE(!g.second.empty(), g.first << ": known gap without a reason");
    int pass = 0, gaps = 0, gaps_passing = 0;
    for (const auto& label : labels) {
        const std::string id = label.at("case_id").get<std::string>();
        const std::string input = test_support::read_file(dir + "/cases/" + id + ".json");
        REQUIRE_MESSAGE(!input.empty(), id << ": case file missing");
        const AnalyzeResult r = analyze(input);
        REQUIRE_MESSAGE(r.status == Status::Ok, id << ": " << r.error);
        const json report = json::parse(r.output);
        const std::string rec = report.at("assessment").at("recommendation").get<std::string>();
        const std::string truth = label.at("truth").get<std::string>();
        const bool ok = contains(label.at("acceptable"), rec);
        if (summary)
            std::printf("blind-case %s %-8s %-20s got %-18s want %s\n", id.c_str(), truth.c_str(), label.at("persona").get<std::string>().c_str(),
                        rec.c_str(), label.at("acceptable").dump().c_str());
        // The worst outcome fails the suite even for a listed gap.
        CHECK_MESSAGE(!(truth == "attacker" && rec == "owner_verified"), id << ": false accept of an attacker's case");
        const auto gap = kKnownGaps.find(id);
        if (gap != kKnownGaps.end()) {
            ++gaps;
            if (ok) ++gaps_passing;
            if (summary) std::printf("blind-case %s known gap (%s)%s\n", id.c_str(), gap->second.c_str(), ok ? ": now passes, drop the entry" : "");
            continue;
        }
        if (ok) ++pass;
        CHECK_MESSAGE(ok, id << ": recommended " << rec << ", acceptable " << label.at("acceptable").dump());
    }
    if (summary) std::printf("blind-case pass %d/%d, known gaps %d (%d now passing)\n", pass, static_cast<int>(labels.size()) - gaps, gaps, gaps_passing);
}
