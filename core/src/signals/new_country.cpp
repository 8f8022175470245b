// new_country: recent activity from a country none of the baseline's sign-ins came from. Owners
// travel, so the device decides the severity: their usual phone abroad is low; an unknown device
// that got in, or changed security settings, from a new country is high.

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_new_country(const Analysis&, const Baseline& b, Signals& out) {
    const auto groups = group_events(
        b.recent, [&](const Event& e) { return b.new_country(e); }, [](const Event& e) { return lower(e.country); });
    for (const EventGroup& g : groups) {
        const Tally t = tally(g.events);
        bool all_known_device = true;
        std::string cities;
        for (const Event* e : g.events) {
            if (b.device(*e) != Familiarity::Familiar) all_known_device = false;
            if (!e->city.empty() && cities.find(e->city) == std::string::npos) cities += (cities.empty() ? "" : ", ") + e->city;
        }
        // Failed attempts alone are noise of someone knocking (the burst detectors weigh those);
        // what matters here is who got in or changed something from there.
        const bool acted = t.successes > 0 || t.changes > 0 || t.approvals > 0;
        int rank = acted ? 3 : 1;
        if (all_known_device) rank = 1;
        const Event& first = *g.events.front();
        std::string text = describe(t) + " from " + first.country + (cities.empty() ? "" : " (" + cities + ")") + " " +
                           span_text(t) + "; the account's " + std::to_string(b.logins.size()) +
                           " earlier successful sign-ins came from " + join_keys(b.countries, 4, true);
        if (all_known_device) text += ", but with a device the account already used";
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        Signal s = make_signal("new_country", rank, refs, text);
        mark_knocks(s, t, first.country);
        out.push_back(std::move(s));
    }
}

}  // namespace ownercheck::signals
