// withdrawal_after_change: money leaving within hours of a security change, the end goal of a
// takeover. High when the change itself looked foreign (new device or network), else medium:
// owners do change a password and then withdraw, but rarely right after.

#include <cmath>
#include <cstdio>

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::signals {

void detect_withdrawal_after_change(const Analysis& a, const Baseline& b, Signals& out) {
    const int64_t horizon = static_cast<int64_t>(config_number("withdrawal_after_change", "hours_after_change", 72)) * 3600;
    std::vector<const Event*> changes;
    for (const Event& e : a.timeline)
        if (is_security_change(e.type) && b.in_recent(e)) changes.push_back(&e);
    if (changes.empty()) return;
    // One withdrawal logged at each step (requested, approved, broadcast) and in each view (the
    // security log's, the ledger's) is one cash-out: a record of the same sum and asset, or one
    // without a sum, within the hour after the last one flagged joins its signal.
    const Event* flagged = nullptr;
    size_t flagged_signal = 0;
    for (const Event& w : a.timeline) {
        if (w.type != EventType::Withdrawal || !b.in_recent(w)) continue;
        const Event* cause = nullptr;
        ChangeRisk risk;
        for (const Event* c : changes) {
            if (w.time < c->time || w.time - c->time > horizon) continue;
            const ChangeRisk r = change_risk(*c, b);
            if (!cause || r.rank > risk.rank) {
                cause = c;
                risk = r;
            }
        }
        if (!cause) continue;
        if (flagged && w.time - flagged->time <= 3600 &&
            (w.asset.empty() || (w.asset == flagged->asset && std::abs(w.amount) == std::abs(flagged->amount)))) {
            add_refs(out[flagged_signal].evidence, {w.src});
            continue;
        }
        std::string amount = w.asset.empty() ? "a withdrawal" : "a withdrawal of " + thousands(std::abs(w.amount)) + " " + w.asset;
        if (!w.asset.empty() && std::abs(w.amount) < 1000) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.8g", std::abs(w.amount));
            amount = "a withdrawal of " + std::string(buf) + " " + w.asset;
        }
        std::string text = amount + " at " + format_iso_datetime(w.time) + ", " + minutes_text(w.time - cause->time) +
                           " after " + std::string(event_type_name(cause->type)) + " from " + place_label(*cause);
        out.push_back(make_signal("withdrawal_after_change", risk.rank >= 2 ? 3 : 2, {cause->src, w.src}, text));
        flagged = &w;
        flagged_signal = out.size() - 1;
    }
}

}  // namespace ownercheck::signals
