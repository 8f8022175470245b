// The plain-text report, for terminals and plain ticket fields: the same order as the Markdown.

#include <algorithm>
#include <sstream>

#include "report/report.hpp"
#include "report/report_text_common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck {

using namespace report_detail;

std::string report_text(const Analysis& a) {
    std::ostringstream o;
    const Assessment& s = a.assessment;
    o << recommendation_title(s.recommendation) << "  (owner probability " << percent(s.owner_probability) << ")";
    if (!a.input.case_id.empty()) o << "  case " << a.input.case_id;
    o << "\n" << s.summary << "\n";
    if (!s.reasons.empty()) {
        o << "\nReasons:\n";
        for (const auto& r : s.reasons) o << "  * " << r << "\n";
    }
    o << "\nClaims:\n";
    if (a.claims.empty()) o << "  (none found)\n";
    for (const Claim& c : a.claims)
        o << "  " << c.id << " " << c.topic << ": " << c.verdict << "\n      said: " << c.text << "\n      "
          << c.explanation << "  [lines " << cite(c.evidence) << "]\n";
    o << "\nSignals:\n";
    if (a.signals.empty()) o << "  (none)\n";
    std::vector<const Signal*> sorted;
    for (const Signal& g : a.signals) sorted.push_back(&g);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Signal* x, const Signal* y) {
        return severity_rank(x->severity) < severity_rank(y->severity);
    });
    for (const Signal* g : sorted)
        o << "  " << g->id << " [" << g->severity << "] " << g->kind << ": " << g->explanation << "  [lines "
          << cite(g->evidence) << "]\n";
    if (!s.next_questions.empty()) {
        o << "\nAsk next:\n";
        for (const auto& q : s.next_questions) o << "  - " << q << "\n";
    }
    if (!s.reply_draft.empty()) o << "\nDraft reply (" << s.reply_language << "):\n" << s.reply_draft << "\n";
    const auto recent = recent_events(a, 14, 40);
    if (!recent.empty()) {
        o << "\nTimeline (last 14 days, newest first):\n";
        for (const Event* e : recent)
            o << "  " << format_iso_datetime(e->time) << "  " << describe_event(*e) << "  [" << cite({e->src}) << "]\n";
    }
    o << "\nRead:\n";
    for (const BlockIngest& b : a.ingest) {
        o << "  block " << b.block << ": " << b.format << ", " << b.rows << " rows, " << b.events << " events, "
          << b.skipped << " skipped\n";
        for (const IngestWarning& w : b.warnings) o << "    line " << w.line << ": " << w.message << "\n";
    }
    for (const auto& n : a.notes) o << "  note: " << n << "\n";
    o << "\nFingerprint: " << a.fingerprint << "\n";
    return o.str();
}

}  // namespace ownercheck
