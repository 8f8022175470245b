// sender_ip_unseen: the IP the ticket was sent from (bottom-most Received) is not among the
// account's sign-in networks. People mail from other networks often, so alone it is low; when
// that IP is the one behind recent failed or unfamiliar-device attempts, the ticket's writer is
// the one knocking at the door, and it says so.

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
    for (const Event* e : b.recent) {
        if (e->ip != origin->ip) continue;
        refs.push_back(e->src);
        if (b.device(*e) == Familiarity::Unfamiliar || is_automation(*e) || is_failure(*e)) ++suspicious;
    }
    std::string text = "ticket sent from " + origin->ip + " (Received, header line " + std::to_string(origin->line) +
                        "), an address none of the account's trusted sign-ins used";
    int rank = 1;
    if (suspicious > 0) {
        rank = 2;
        text += "; it is the address of " + std::to_string(suspicious) + " recent failed or unfamiliar-device attempt(s)";
    }
    std::vector<Ref> cited;
    add_refs(cited, refs, 6);
    out.push_back(make_signal("sender_ip_unseen", rank, cited, text));
}

}  // namespace ownercheck::signals
