// sender_ip_unseen: the IP the ticket was sent from (bottom-most Received) is not among the
// account's sign-in networks. People mail from other networks often, so alone it is low; when
// that IP (or, on a VPN's or host's network, its neighbour in the same /24) is the one behind
// recent failed or unfamiliar-device attempts, the ticket's writer is the one knocking at the
// door, and it says so.

#include "signals/detectors.hpp"
#include "signals/email_headers.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_sender_ip_unseen(const Analysis& a, const Baseline& b, Signals& out) {
    const auto origin = origin_ip(a.input.ticket.headers);
    if (!origin) return;
    bool any_login_ip = false;
    const std::string prefix = ip_prefix(origin->ip);
    for (const Event& e : a.timeline) {
        if (!is_successful_login(e) || e.ip.empty()) continue;
        any_login_ip = true;
        // Seen on a successful sign-in that the history vouches for (baseline), or from a
        // familiar device: the owner's network.
        const bool vouched = !b.in_recent(e) || b.device(e) == Familiarity::Familiar;
        if (vouched && (e.ip == origin->ip || (!prefix.empty() && ip_prefix(e.ip) == prefix))) return;
    }
    if (!any_login_ip) return;  // nothing to compare with
    std::vector<Ref> refs;
    int suspicious = 0;
    bool same_address = false;
    for (const Event* e : b.recent) {
        // A VPN's or host's exit addresses come from one pool: the ticket mailed from 169.150.196.58
        // and the attempts from .41 and .77 are the same writer's.
        const bool pooled = (e->network == "vpn" || e->network == "hosting") && !prefix.empty() && ip_prefix(e->ip) == prefix;
        if (e->ip != origin->ip && !pooled) continue;
        refs.push_back(e->src);
        if (b.device(*e) == Familiarity::Unfamiliar || is_automation(*e) || is_failure(*e)) {
            ++suspicious;
            same_address = same_address || e->ip == origin->ip;
        }
    }
    std::string text = "ticket sent from " + origin->ip + " (Received, header line " + std::to_string(origin->line) +
                        "), an address none of the account's trusted sign-ins used";
    int rank = 1;
    if (suspicious > 0) {
        rank = 2;
        text += (same_address ? "; it is the address of " : "; it shares its VPN or hosting /24 with ") + std::to_string(suspicious) +
                " recent failed or unfamiliar-device attempt(s)";
    }
    std::vector<Ref> cited;
    add_refs(cited, refs, 6);
    out.push_back(make_signal("sender_ip_unseen", rank, cited, text));
}

}  // namespace ownercheck::signals
