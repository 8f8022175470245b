// analyze(): the pipeline, stage by stage. Each stage reads what the ones before it wrote.

#include <exception>

#include "assess/assess.hpp"
#include "claims/extract.hpp"
#include "claims/reply_stance.hpp"
#include "correlate/correlate.hpp"
#include "crypto/digest.hpp"
#include "enrich/enrich.hpp"
#include "ingest/ingest.hpp"
#include "normalize/timeline.hpp"
#include "ownercheck/ownercheck.hpp"
#include "report/redact.hpp"
#include "report/report.hpp"
#include "signals/detect.hpp"
#include "util/interned.hpp"

namespace ownercheck {

std::string sha256_hex(const std::string& bytes) { return "sha256:" + crypto::to_hex(crypto::sha256(bytes)); }

static std::string render(const Analysis& a, ReportFormat format) {
    switch (format) {
        case ReportFormat::Markdown: return report_markdown(a);
        case ReportFormat::Text: return report_text(a);
        case ReportFormat::Json: break;
    }
    // Every text in a report is cleaned to UTF-8 where it enters; replace is the last guard, so
    // a missed spot gives U+FFFD in one field rather than no report.
    return report_json(a).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

AnalyzeResult analyze(const std::string& case_json, const AnalyzeOptions& options) {
    // Every value interned while this case is analysed lives in this pool and dies with it
    // (declared before the analysis, so it outlives every event that points into it).
    StringPool strings;
    PoolScope use_strings(strings);
    AnalyzeResult result;
    Analysis a;
    try {
        a.input = parse_case(case_json);
    } catch (const CaseError& e) {
        result.status = Status::InvalidCase;
        result.error = e.what();
        return result;
    }
    try {
        a.fingerprint = a.input.fingerprint;  // hashed by parse_case() from the canonical form
        a.ingest = ingest_case(a.input);
        build_timeline(a);
        enrich_events(a);
        a.claims = extract_claims(a);
        claims::read_reply_stance(a);
        check_claims(a);
        a.signals = detect_signals(a);
        assess_case(a);
        result.output = render(a, options.format);
        if (options.redact) result.output = redact_report(result.output, a, options.redact_key);
    } catch (const std::exception& e) {
        result.status = Status::InternalError;
        result.error = std::string("internal error: ") + e.what();
    }
    return result;
}

}  // namespace ownercheck
