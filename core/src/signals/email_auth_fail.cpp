// email_auth_fail: the receiving server's Authentication-Results say the ticket's From address
// is not vouched for. DMARC fail (or DKIM and SPF both failing) means it may be forged: high.
// One failing check is medium; softfail/none only is low (many small domains never set them up).

#include "signals/detectors.hpp"
#include "signals/email_headers.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

void detect_email_auth_fail(const Analysis& a, const Baseline&, Signals& out) {
    const auto verdicts = auth_verdicts(a.input.ticket.headers);
    if (verdicts.empty()) return;
    bool dmarc_fail = false, dkim_fail = false, spf_fail = false, weak = false;
    std::string listed;
    int line = 0;
    for (const AuthVerdict& v : verdicts) {
        const bool fail = v.result == "fail" || v.result == "permerror";
        const bool soft = v.result == "softfail" || v.result == "none" || v.result == "neutral" || v.result == "temperror";
        if (!fail && !soft) continue;
        if (fail && v.method == "dmarc") dmarc_fail = true;
        if (fail && v.method == "dkim") dkim_fail = true;
        if (fail && v.method == "spf") spf_fail = true;
        if (soft) weak = true;
        listed += (listed.empty() ? "" : ", ") + v.method + "=" + v.result;
        if (!line) line = v.line;
    }
    if (listed.empty()) return;
    int rank = 1;
    if (dmarc_fail || (dkim_fail && spf_fail)) rank = 3;
    else if (dkim_fail || spf_fail) rank = 2;
    (void)weak;
    out.push_back(make_signal("email_auth_fail", rank, {},
                              "ticket headers (Authentication-Results, header line " + std::to_string(line) + "): " + listed +
                                  (rank == 3 ? ": the sender address may be forged" : "")));
}

}  // namespace ownercheck::signals
