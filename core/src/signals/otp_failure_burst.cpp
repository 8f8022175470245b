// otp_failure_burst: repeated second-factor failures. They mean the password was right. From
// the owner's usual device and network it is the lost-phone story the ticket tells (info); from
// a device and network the account never used it is someone else holding the password.

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_otp_failure_burst(const Analysis&, const Baseline& b, Signals& out) {
    const int64_t window = static_cast<int64_t>(config_number("otp_failure_burst", "window_minutes", 1440)) * 60;
    const size_t min_failures = static_cast<size_t>(config_number("otp_failure_burst", "min_failures", 3));

    std::vector<const Event*> fails;
    for (const Event* e : b.recent)
        if (is_otp_failure(*e)) fails.push_back(e);

    for (const std::vector<const Event*>& burst : time_bursts(fails, window)) {
        if (burst.size() < min_failures) continue;
        bool device_known = true, network_known = true, hostile = false;
        for (const Event* e : burst) {
            if (b.device(*e) != Familiarity::Familiar) device_known = false;
            if (b.network(*e) != Familiarity::Familiar) network_known = false;
            if (is_automation(*e) || (is_hosting_or_vpn(*e) && !b.habitual_hosting(*e)) || b.new_country(*e)) hostile = true;
        }
        const Tally t = tally(burst);
        std::string text = std::to_string(burst.size()) + " failed second-factor codes " + span_text(t) + " from " +
                           place_label(*burst.front()) + " with " + device_label(*burst.front());
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        Signal s;
        if (device_known && network_known) {
            s = make_signal("otp_failure_burst", 0, refs, text + ": the account's usual device and network, as expected of an owner who lost their authenticator");
            s.explained_by_baseline = true;
        } else if (device_known || network_known) {
            s = make_signal("otp_failure_burst", 1, refs, text + (device_known ? ": usual device, unfamiliar network" : ": usual network, unfamiliar device"));
        } else {
            s = make_signal("otp_failure_burst", hostile ? 3 : 2, refs,
                            text + (b.retired_since(*burst.front()) != 0
                                        ? ": the password was accepted from a device the account stopped using, on a network it never used"
                                        : ": the password was accepted from a device and network the account never used"));
        }
        out.push_back(std::move(s));
    }
}

}  // namespace ownercheck::signals
