// The reply claim extractor and the checkers, on an arbitrary answers block against a small,
// fixed log: every claim must cite its own source line and a verdict from the vocabulary.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "claims/extract.hpp"
#include "correlate/correlate.hpp"
#include "ingest/ingest.hpp"
#include "normalize/timeline.hpp"

namespace {

const char* kLogs =
    "time,event,ip,country,city,user_agent,status,amount,asset\n"
    "2026-10-01T10:00:00Z,login,88.1.2.3,DE,Berlin,Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X),OK,,\n"
    "2026-10-02T10:00:00Z,deposit,,,,,,0.5,XXBT\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace ownercheck;
    Analysis a;
    a.input.opened_at = 1793000000;
    a.input.evidence.push_back({BlockKind::Logs, "logs", kLogs});
    a.input.evidence.push_back({BlockKind::Answers, "reply", std::string(reinterpret_cast<const char*>(data), size)});
    a.ingest = ingest_case(a.input);
    build_timeline(a);
    a.claims = extract_claims(a);
    check_claims(a);
    for (const Claim& c : a.claims) {
        if (c.source.block != 1 || c.source.line < 1) std::abort();
        if (c.verdict != "corroborated" && c.verdict != "partial" && c.verdict != "contradicted" && c.verdict != "unverifiable")
            std::abort();
    }
    return 0;
}
