// new_device: recent activity from a user agent (family, OS, device; versions ignored) that no
// baseline sign-in used, or from one the account stopped using months ago (Baseline::retired_ids).
// Owners do buy phones: from the account's usual network it is low; from an unfamiliar network,
// having got in or changed settings, it is high.

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::signals {

void detect_new_device(const Analysis&, const Baseline& b, Signals& out) {
    const auto groups = group_events(
        b.recent, [&](const Event& e) { return b.device(e) == Familiarity::Unfamiliar; },
        [](const Event& e) { return e.device_id.empty() ? device_key(e) : device_key(e) + "#" + std::string(e.device_id.view()); });
    for (const EventGroup& g : groups) {
        const Tally t = tally(g.events);
        bool familiar_network = true, unknown_network = true;
        for (const Event* e : g.events) {
            const Familiarity n = b.network(*e);
            if (n != Familiarity::Familiar) familiar_network = false;
            if (n != Familiarity::Unknown) unknown_network = false;
        }
        // Failed attempts alone are weighed by the burst detectors; a new device matters when it
        // got in, was approved or changed something.
        const bool acted = t.successes > 0 || t.changes > 0 || t.approvals > 0;
        int rank = acted ? (unknown_network ? 2 : 3) : 1;
        if (familiar_network && !unknown_network) rank = 1;
        if (b.thin) rank = std::min(rank, 1);
        const Event& first = *g.events.front();
        const int64_t retired_since = b.retired_since(first);
        std::string text = device_label(first) + (first.device_id.empty() || first.user_agent.empty() ? "" : " (device " + std::string(first.device_id.view()) + ")") + ": " +
                           describe(t) + " " + span_text(t) +
                           (retired_since != 0
                                ? "; the account last signed in with it on " + format_iso_date(retired_since) +
                                      " and has used other devices since: a device it stopped using"
                                : "; not among the " + std::to_string(b.devices.size()) + " device(s) of the account's " +
                                      std::to_string(b.logins.size()) + " earlier successful sign-ins");
        if (rank == 1 && !b.thin) text += ", though from a network the account already used";
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        Signal s = make_signal("new_device", rank, refs, text);
        mark_knocks(s, t, device_label(*g.events.front()));
        out.push_back(std::move(s));
    }
}

}  // namespace ownercheck::signals
