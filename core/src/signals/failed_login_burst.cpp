// failed_login_burst: many password failures in a short window. Spread over many IPs it is
// credential stuffing (high); many from one unfamiliar source is brute force (medium); a few
// from the owner's own network and device is someone who forgot a password (info).

#include <set>

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_failed_login_burst(const Analysis&, const Baseline& b, Signals& out) {
    const int64_t window = static_cast<int64_t>(config_number("failed_login_burst", "window_minutes", 360)) * 60;
    const size_t min_failures = static_cast<size_t>(config_number("failed_login_burst", "min_failures", 5));
    const size_t min_ips = static_cast<size_t>(config_number("failed_login_burst", "stuffing_min_ips", 3));
    const size_t single_min = static_cast<size_t>(config_number("failed_login_burst", "single_source_min_failures", 8));

    std::vector<const Event*> fails;
    for (const Event* e : b.recent)
        if (is_password_failure(*e)) fails.push_back(e);

    for (const std::vector<const Event*>& burst : time_bursts(fails, window)) {
        if (burst.size() < min_failures) continue;
        std::set<std::string> ips, devices;
        bool all_familiar = true;
        for (const Event* e : burst) {
            if (!e->ip.empty()) ips.insert(e->ip);
            if (const auto k = device_key(*e); !k.empty()) devices.insert(k);
            if (b.network(*e) != Familiarity::Familiar || b.device(*e) == Familiarity::Unfamiliar) all_familiar = false;
        }
        const Tally t = tally(burst);
        std::string text = std::to_string(burst.size()) + " failed password sign-ins in " + minutes_text(t.last - t.first) +
                           " " + span_text(t) + " from " + std::to_string(ips.size()) + " IP(s) and " +
                           std::to_string(devices.size()) + " user agent(s)";
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        Signal s;
        if (all_familiar) {
            s = make_signal("failed_login_burst", 0, refs, text + ", all from the account's usual network and device");
            s.explained_by_baseline = true;
        } else if (ips.size() >= min_ips) {
            s = make_signal("failed_login_burst", 3, refs, text + ": credential stuffing (many IPs, one account)");
        } else if (burst.size() >= single_min) {
            s = make_signal("failed_login_burst", 2, refs, text + ": password guessing from an unfamiliar source");
        } else {
            s = make_signal("failed_login_burst", 1, refs, text);
        }
        out.push_back(std::move(s));
    }
}

}  // namespace ownercheck::signals
