// disposable_email: the ticket comes from a throwaway inbox. Owners of a funded account do not
// recover it through a mailbox that expires; if the account itself was opened with one, the
// history explains it.

#include "signals/detectors.hpp"
#include "signals/disposable.hpp"
#include "signals/email_headers.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_disposable_email(const Analysis& a, const Baseline&, Signals& out) {
    const std::string from = normalize_address(a.input.ticket.from);
    if (from.empty() || !is_disposable_email_domain(domain_of(from))) return;
    std::string text = "ticket sent from " + from + ": " + domain_of(from) + " is a disposable-mail service";
    const std::string account = normalize_address(a.input.account.email);
    if (!account.empty() && is_disposable_email_domain(domain_of(account))) {
        Signal s = make_signal("disposable_email", 0, {}, text + ", as is the account's own address");
        s.explained_by_baseline = true;
        out.push_back(std::move(s));
        return;
    }
    out.push_back(make_signal("disposable_email", 3, {}, text));
}

}  // namespace ownercheck::signals
