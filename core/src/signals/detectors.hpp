#pragma once
// One detector per signal kind (the contract's vocabulary), each in its own file. A detector
// appends what it finds; detect_signals() runs them in this order and numbers the result.

#include <vector>

#include "model/analysis.hpp"
#include "signals/baseline.hpp"

namespace ownercheck::signals {

using Signals = std::vector<Signal>;

void detect_impossible_travel(const Analysis& a, const Baseline& b, Signals& out);
void detect_new_country(const Analysis& a, const Baseline& b, Signals& out);
void detect_new_asn(const Analysis& a, const Baseline& b, Signals& out);
void detect_new_device(const Analysis& a, const Baseline& b, Signals& out);
void detect_hosting_or_vpn_ip(const Analysis& a, const Baseline& b, Signals& out);
void detect_automation_user_agent(const Analysis& a, const Baseline& b, Signals& out);
void detect_failed_login_burst(const Analysis& a, const Baseline& b, Signals& out);
void detect_otp_failure_burst(const Analysis& a, const Baseline& b, Signals& out);
void detect_security_change(const Analysis& a, const Baseline& b, Signals& out);
void detect_withdrawal_after_change(const Analysis& a, const Baseline& b, Signals& out);
void detect_ticket_email_mismatch(const Analysis& a, const Baseline& b, Signals& out);
void detect_disposable_email(const Analysis& a, const Baseline& b, Signals& out);
void detect_email_auth_fail(const Analysis& a, const Baseline& b, Signals& out);
void detect_sender_ip_unseen(const Analysis& a, const Baseline& b, Signals& out);

// After the detectors: three or more knock-only signals of one kind and severity become one line.
void fold_knocks(Signals& signals);

// Shared by detectors: is this user agent a script, headless browser or emulator?
bool is_automation(const Event& e);

}  // namespace ownercheck::signals

namespace ownercheck::signals {

// How alarming one security change is, 1 (low) .. 3 (high): one step each for an unfamiliar
// device, an unfamiliar network (or hosting exit, or new country, or a script) and a time shortly
// before the ticket. Shared by security_change and withdrawal_after_change.
struct ChangeRisk {
    int rank = 1;
    std::vector<std::string> why;  // "new device", "unfamiliar network", "2 days before the ticket"
};
ChangeRisk change_risk(const Event& e, const Baseline& b);

}  // namespace ownercheck::signals
