#include "signals/detect.hpp"

#include <algorithm>

#include "signals/baseline.hpp"
#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck {

std::vector<Signal> detect_signals(const Analysis& a) {
    using namespace signals;
    const Baseline b = build_baseline(a);
    Signals out;
    using Detector = void (*)(const Analysis&, const Baseline&, Signals&);
    static constexpr Detector kDetectors[] = {
        detect_impossible_travel,  detect_new_country,          detect_new_asn,
        detect_new_device,         detect_hosting_or_vpn_ip,    detect_automation_user_agent,
        detect_failed_login_burst, detect_otp_failure_burst,    detect_security_change,
        detect_withdrawal_after_change, detect_ticket_email_mismatch, detect_disposable_email,
        detect_email_auth_fail,    detect_sender_ip_unseen,
    };
    for (Detector d : kDetectors) d(a, b, out);
    fold_knocks(out);
    // Most severe first so a reader meets what matters; detector order breaks ties (stable).
    std::stable_sort(out.begin(), out.end(), [](const Signal& x, const Signal& y) {
        return severity_rank(x.severity) > severity_rank(y.severity);
    });
    for (size_t i = 0; i < out.size(); ++i) out[i].id = std::string("S").append(std::to_string(i + 1));
    return out;
}

}  // namespace ownercheck
