// The `ownercheck.report/1` JSON document (shared/docs/CONTRACT.md). Field order follows the
// contract so the JSON reads top-down like the Markdown.

#include <cmath>

#include "ownercheck/ownercheck.hpp"
#include "report/report.hpp"
#include "report/report_text_common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck {

namespace {

using nlohmann::ordered_json;

ordered_json refs(const std::vector<Ref>& rs) {
    ordered_json out = ordered_json::array();
    for (const Ref& r : rs) out.push_back({{"block", r.block}, {"line", r.line}});
    return out;
}

// Rounds for output, so the last bits of floating point never differ across platforms.
double round_to(double v, int digits) {
    const double f = std::pow(10.0, digits);
    const double r = std::round(v * f) / f;
    return r == 0 ? 0.0 : r;  // no "-0.0"
}

}  // namespace

ordered_json report_json(const Analysis& a) {
    ordered_json r;
    r["schema"] = "ownercheck.report/1";
    r["case_id"] = a.input.case_id;

    const Assessment& s = a.assessment;
    ordered_json as;
    as["recommendation"] = s.recommendation;
    as["owner_probability"] = round_to(s.owner_probability, 3);
    as["summary"] = s.summary;
    as["reasons"] = s.reasons;
    r["assessment"] = as;

    ordered_json claims = ordered_json::array();
    for (const Claim& c : a.claims) {
        ordered_json j;
        j["id"] = c.id;
        j["topic"] = c.topic;
        j["text"] = c.text;
        j["value"] = c.value;
        j["source"] = {{"block", c.source.block}, {"line", c.source.line}};
        j["language"] = c.language;
        j["phishable"] = c.phishable;
        j["verdict"] = c.verdict;
        j["weight"] = round_to(c.weight, 2);
        j["evidence"] = refs(c.evidence);
        j["explanation"] = c.explanation;
        claims.push_back(std::move(j));
    }
    r["claims"] = claims;

    ordered_json signals = ordered_json::array();
    for (const Signal& g : a.signals) {
        ordered_json j;
        j["id"] = g.id;
        j["kind"] = g.kind;
        j["severity"] = g.severity;
        j["weight"] = round_to(g.weight, 2);
        j["evidence"] = refs(g.evidence);
        j["explanation"] = g.explanation;
        if (g.explained_by_baseline) j["explained_by_baseline"] = true;
        signals.push_back(std::move(j));
    }
    r["signals"] = signals;

    ordered_json ingest = ordered_json::array();
    for (const BlockIngest& b : a.ingest) {
        ordered_json j;
        j["block"] = b.block;
        j["format"] = b.format;
        j["format_reason"] = b.format_reason;
        j["rows"] = b.rows;
        j["events"] = b.events;
        j["skipped"] = b.skipped;
        ordered_json w = ordered_json::array();
        for (const IngestWarning& x : b.warnings) w.push_back({{"line", x.line}, {"message", x.message}});
        j["warnings"] = w;
        if (b.warnings_total > static_cast<int>(b.warnings.size())) j["warnings_total"] = b.warnings_total;
        ingest.push_back(std::move(j));
    }
    r["ingest"] = ingest;
    // The recent events, oldest first, as the page's timeline draws them (lane: login, security,
    // money), each with the line it was read from.
    ordered_json timeline = ordered_json::array();
    auto recent = report_detail::recent_events(a, 30, 300);
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
        const Event& e = **it;
        const char* lane = is_security_change(e.type) ? "security" : is_funding(e.type) ? "money" : "login";
        timeline.push_back({{"time", format_iso_datetime(e.time)},
                            {"kind", std::string(event_type_name(e.type))},
                            {"lane", lane},
                            {"label", report_detail::describe_event(e)},
                            {"failed", is_login(e.type) && !e.success},
                            {"block", e.src.block},
                            {"line", e.src.line}});
    }
    r["timeline"] = timeline;
    r["next_questions"] = s.next_questions;
    if (!s.reply_draft.empty()) r["reply_draft"] = {{"language", s.reply_language}, {"text", s.reply_draft}};
    if (!a.notes.empty()) r["notes"] = a.notes;
    r["now"] = {{"time", a.now_source == "none" ? std::string() : format_iso_datetime(a.now)}, {"source", a.now_source}};
    r["fingerprint"] = a.fingerprint;
    return r;
}

}  // namespace ownercheck
