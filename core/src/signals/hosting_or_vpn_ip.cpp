// hosting_or_vpn_ip: recent activity from a data-centre or VPN network (Event::network, filled
// by enrich from the hosting-ASN lists). The owner who always uses a VPN is explained by the
// baseline and weighs nothing; an unknown device getting in from a hosting exit is high.

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_hosting_or_vpn_ip(const Analysis&, const Baseline& b, Signals& out) {
    const auto groups = group_events(
        b.recent, [](const Event& e) { return is_hosting_or_vpn(e); },
        [](const Event& e) { std::string s = network_source(e); return s.empty() ? e.ip.str() : s; });
    for (const EventGroup& g : groups) {
        const Tally t = tally(g.events);
        const Event& first = *g.events.front();
        bool habitual = true, known_device = true;
        for (const Event* e : g.events) {
            if (!b.habitual_hosting(*e)) habitual = false;
            if (b.device(*e) != Familiarity::Familiar) known_device = false;
        }
        std::string where = first.ip;
        if (!first.asn.empty()) where += " (AS" + first.asn + (first.org.empty() ? "" : " " + first.org) + ")";
        else if (!first.org.empty()) where += " (" + first.org + ")";
        std::string text = describe(t) + " from " + first.network + " network " + where + " " + span_text(t);
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        if (habitual) {
            Signal s = make_signal("hosting_or_vpn_ip", 0, refs,
                                   text + "; the account's history shows the owner habitually signs in through such networks (" +
                                       std::to_string(b.hosting_logins) + " of " + std::to_string(b.logins.size()) +
                                       " earlier sign-ins)");
            s.explained_by_baseline = true;
            out.push_back(std::move(s));
            continue;
        }
        // Only failures from the exit: someone knocking (the burst detectors weigh that); the
        // account's own device through a new VPN: low; a new device that got in or acted: high.
        const bool acted = t.successes > 0 || t.changes > 0 || t.approvals > 0;
        int rank = acted ? 3 : 2;
        if (known_device) rank = 1;
        Signal s = make_signal("hosting_or_vpn_ip", rank, refs,
                               text + "; none of the account's " + std::to_string(b.logins.size()) +
                                   " earlier sign-ins used this network");
        mark_knocks(s, t, where);
        out.push_back(std::move(s));
    }
}

}  // namespace ownercheck::signals
