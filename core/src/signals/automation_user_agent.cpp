// automation_user_agent: scripts, headless browsers and emulators (enrich's ua.kind, else the
// patterns in signals.json). A trader whose baseline shows their own bot is explained; a script
// that got in or changed settings is high, one that only failed is medium.

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

bool is_automation(const Event& e) {
    if (e.ua.kind == "automation") return true;
    if (e.user_agent.empty()) return false;
    const std::string ua = lower(e.user_agent);
    const auto& patterns = config("automation_user_agents");
    if (patterns.contains("contains") && contains_any(ua, patterns["contains"])) return true;
    if (patterns.contains("starts_with"))
        for (const auto& p : patterns["starts_with"])
            if (p.is_string() && ua.rfind(p.get<std::string>(), 0) == 0) return true;
    return false;
}

void detect_automation_user_agent(const Analysis&, const Baseline& b, Signals& out) {
    const auto groups = group_events(
        b.recent, [](const Event& e) { return is_automation(e); }, [](const Event& e) { return device_key(e); });
    for (const EventGroup& g : groups) {
        const Tally t = tally(g.events);
        const Event& first = *g.events.front();
        std::string text = std::string(1, '"').append(device_label(first)).append("\": ").append(describe(t)).append(" ").append(span_text(t));
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        if (b.device(first) == Familiarity::Familiar) {
            Signal s = make_signal("automation_user_agent", 0, refs, text + "; the same client appears in the account's earlier sign-ins");
            s.explained_by_baseline = true;
            out.push_back(std::move(s));
            continue;
        }
        const int rank = (t.successes > 0 || t.changes > 0 || t.approvals > 0) ? 3 : 2;
        out.push_back(make_signal("automation_user_agent", rank, refs, text + "; a script, headless browser or emulator, never seen in the account's history"));
    }
}

}  // namespace ownercheck::signals
