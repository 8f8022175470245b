// security_change: password, e-mail, 2FA, phone, API key, withdrawal address or settings-lock
// changes in the recent period. Changes from the same source close together are one signal.
// Severity rises with a new device, an unfamiliar network, nearness to the ticket and a change
// that prepares a cash-out or takes over recovery (API key, withdrawal address, e-mail, phone,
// 2FA) from such a device or network: an attacker locks the owner out and then writes in; an owner
// resets 2FA from their own laptop.

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::signals {

ChangeRisk change_risk(const Event& e, const Baseline& b) {
    ChangeRisk r;
    int score = 0;
    // A 2FA reset *request* is the recovery ticket itself: every writer, owner or not, files it
    // shortly before the ticket from the device they write with, which for an owner who lost their
    // phone is a new one. Only where it came from says something, and nothing has changed yet.
    const bool request_only = e.type == EventType::TwoFactorResetRequested;
    if (b.device(e) == Familiarity::Unfamiliar && !request_only) {
        ++score;
        r.why.push_back("new device");
    }
    // A VPN the owner always uses picks exit countries of its own: a new country on the account's
    // own VPN network is not a foreign network.
    // (A familiar network is habitual by definition: Baseline::habitual_hosting.)
    const Familiarity network = b.network(e);
    const bool own_vpn_exit = is_hosting_or_vpn(e) && network == Familiarity::Familiar;
    const bool foreign_network = network == Familiarity::Unfamiliar || (b.new_country(e) && !own_vpn_exit) ||
                                 (is_hosting_or_vpn(e) && !b.habitual_hosting(e)) || is_automation(e);
    if (foreign_network) {
        ++score;
        r.why.push_back(is_hosting_or_vpn(e) ? "hosting/VPN network" : b.new_country(e) ? "new country" : "unfamiliar network");
    }
    // An API key or a new withdrawal address is how money leaves without the owner's login; a new
    // e-mail, phone or second factor is how the owner is locked out of their own recovery. Made
    // from a device or network the account never used, that is the takeover's next step, not
    // housekeeping. (A user agent string is copied with a stolen session, so a familiar one does
    // not clear a new network.) Password resets stay out: owners forget passwords everywhere.
    if (foreign_network || b.device(e) == Familiarity::Unfamiliar) {
        switch (e.type) {
            case EventType::ApiKeyCreated:
            case EventType::WithdrawalAddressAdded:
                ++score;
                r.why.push_back("prepares a cash-out");
                break;
            case EventType::EmailChangeRequested:
            case EventType::EmailChangeCompleted:
            case EventType::PhoneChanged:
            case EventType::TwoFactorChanged:
            case EventType::TwoFactorReset:
            case EventType::TwoFactorDisabled:
                ++score;
                r.why.push_back("takes over the account's recovery");
                break;
            default:
                break;
        }
    }
    const int64_t near = static_cast<int64_t>(config_number("security_change", "near_ticket_hours", 72)) * 3600;
    if (b.now > 0 && e.time <= b.now && b.now - e.time <= near && !request_only) {
        ++score;
        r.why.push_back(minutes_text(b.now - e.time) + " before the ticket");
    }
    r.rank = std::clamp(score, 1, 3);
    return r;
}

void detect_security_change(const Analysis&, const Baseline& b, Signals& out) {
    const int64_t gap = static_cast<int64_t>(config_number("security_change", "cluster_gap_minutes", 360)) * 60;
    std::vector<const Event*> changes;
    for (const Event* e : b.recent)
        if (is_security_change(e->type)) changes.push_back(e);

    size_t i = 0;
    while (i < changes.size()) {
        std::vector<const Event*> cluster{changes[i]};
        size_t j = i + 1;
        while (j < changes.size() && changes[j]->time - cluster.back()->time <= gap &&
               device_key(*changes[j]) == device_key(*changes[i]) && network_source(*changes[j]) == network_source(*changes[i]))
            cluster.push_back(changes[j++]);
        i = j;
        int rank = 1;
        std::vector<std::string> why;
        for (const Event* e : cluster) {
            const ChangeRisk r = change_risk(*e, b);
            if (r.rank >= rank) {
                rank = r.rank;
                why = r.why;
            }
        }
        const Tally t = tally(cluster);
        const Event& first = *cluster.front();
        std::string names;
        for (const auto& n : t.change_names) names += (names.empty() ? "" : ", ") + n;
        std::string text = names + " at " + format_iso_datetime(first.time) + " from " + place_label(first) +
                           (first.ip.empty() ? "" : " (" + first.ip + ")") + " with " + device_label(first);
        if (!why.empty()) {
            text += ": ";
            for (size_t k = 0; k < why.size(); ++k) text += (k ? ", " : "") + why[k];
        } else {
            text += ": from the account's usual device and network";
        }
        std::vector<Ref> refs;
        add_refs(refs, t.refs);
        out.push_back(make_signal("security_change", rank, refs, text));
    }
}

}  // namespace ownercheck::signals
