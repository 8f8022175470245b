// new_asn: recent activity from a network (autonomous system) the baseline never used. Owners
// change ISP and roam on mobile carriers, so this is weak alone: info when device and country
// are the usual ones and nothing was changed from it, medium only when an unknown device got in
// or changed settings from it.

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_new_asn(const Analysis&, const Baseline& b, Signals& out) {
    if (b.asns.empty()) return;  // the paste gives no ASNs: nothing to compare
    const auto groups = group_events(
        b.recent, [&](const Event& e) { return !e.asn.empty() && !b.asns.count(e.asn); },
        [](const Event& e) { return e.asn; });
    for (const EventGroup& g : groups) {
        const Tally t = tally(g.events);
        bool known_device = true, known_country = true;
        for (const Event* e : g.events) {
            if (b.device(*e) != Familiarity::Familiar) known_device = false;
            if (b.new_country(*e)) known_country = false;
        }
        int rank = 1;
        // A familiar user agent explains a new ISP for sign-ins; it does not explain security
        // changes from a network the account never used (a stolen session carries its UA along).
        if (known_device && known_country && t.changes == 0) rank = 0;
        else if (!known_device && (t.successes > 0 || t.changes > 0)) rank = 2;
        const Event& first = *g.events.front();
        std::string text = describe(t) + " from AS" + first.asn + (first.org.empty() ? "" : " (" + first.org + ")") + " " +
                           span_text(t) + "; the account's earlier sign-ins used " + join_keys(b.asns, 4, false);
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        Signal s = make_signal("new_asn", rank, refs, text);
        if (rank == 0) {
            s.explanation += " (usual device and country: likely a new ISP or mobile network)";
            s.explained_by_baseline = true;
        }
        mark_knocks(s, t, "AS" + first.asn.str() + (first.org.empty() ? "" : " (" + first.org.str() + ")"));
        out.push_back(std::move(s));
    }
}

}  // namespace ownercheck::signals
