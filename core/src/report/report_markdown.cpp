// The Markdown report, for pasting into a ticket: verdict first, then reasons, claims, signals,
// the recent timeline, what was read, and the fingerprint.

#include <algorithm>
#include <sstream>

#include "report/report.hpp"
#include "report/report_text_common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck {

namespace {

using namespace report_detail;

// Table cells cannot hold a pipe or a line break.
std::string cell(std::string s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

}  // namespace

std::string report_markdown(const Analysis& a) {
    std::ostringstream o;
    const Assessment& s = a.assessment;
    o << "# ownercheck: " << recommendation_title(s.recommendation);
    if (!a.input.case_id.empty()) o << " (" << a.input.case_id << ")";
    o << "\n\n**Recommendation:** `" << s.recommendation << "`, owner probability " << percent(s.owner_probability)
      << "\n\n" << s.summary << "\n";
    if (!s.reasons.empty()) {
        o << "\n## Reasons\n\n";
        for (const auto& r : s.reasons) o << "- " << r << "\n";
    }
    o << "\n## Claims\n\n";
    if (a.claims.empty()) {
        o << "No checkable claims found in the client's reply.\n";
    } else {
        o << "| id | topic | client said | verdict | explanation | lines |\n|---|---|---|---|---|---|\n";
        for (const Claim& c : a.claims)
            o << "| " << c.id << " | " << c.topic << (c.phishable ? " (phishable)" : "") << " | " << cell(c.text)
              << " | **" << c.verdict << "** | " << cell(c.explanation) << " | " << cite(c.evidence) << " |\n";
    }
    o << "\n## Signals\n\n";
    if (a.signals.empty()) {
        o << "No risk signals.\n";
    } else {
        std::vector<const Signal*> sorted;
        for (const Signal& g : a.signals) sorted.push_back(&g);
        std::stable_sort(sorted.begin(), sorted.end(), [](const Signal* x, const Signal* y) {
            return severity_rank(x->severity) < severity_rank(y->severity);
        });
        o << "| id | severity | kind | explanation | lines |\n|---|---|---|---|---|\n";
        for (const Signal* g : sorted)
            o << "| " << g->id << " | " << g->severity << " | " << g->kind << " | " << cell(g->explanation) << " | "
              << cite(g->evidence) << " |\n";
    }
    if (!s.next_questions.empty()) {
        o << "\n## Ask next\n\n";
        for (const auto& q : s.next_questions) o << "- " << q << "\n";
    }
    if (!s.reply_draft.empty()) o << "\n## Draft reply (" << s.reply_language << ")\n\n" << s.reply_draft << "\n";
    const auto recent = recent_events(a, 14, 40);
    if (!recent.empty()) {
        o << "\n## Timeline (last 14 days, newest first)\n\n| time (UTC) | event | line |\n|---|---|---|\n";
        for (const Event* e : recent)
            o << "| " << format_iso_datetime(e->time) << " | " << cell(describe_event(*e)) << " | " << cite({e->src})
              << " |\n";
    }
    o << "\n## What was read\n\n| block | format | rows | events | skipped |\n|---|---|---|---|---|\n";
    for (const BlockIngest& b : a.ingest)
        o << "| " << b.block << " | " << b.format << " | " << b.rows << " | " << b.events << " | " << b.skipped << " |\n";
    for (const BlockIngest& b : a.ingest)
        for (const IngestWarning& w : b.warnings)
            o << "\n- block " << b.block << " line " << w.line << ": " << cell(w.message);
    for (const auto& n : a.notes) o << "\n- note: " << n;
    o << "\n\nFingerprint: `" << a.fingerprint << "`\n";
    return o.str();
}

}  // namespace ownercheck
