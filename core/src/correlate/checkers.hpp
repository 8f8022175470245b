#pragma once
// One checker per claim topic. Each fills verdict, explanation and evidence of one claim from the
// analysis' timeline and case, and never corroborates a specific fact the logs do not show.

#include "model/analysis.hpp"

namespace ownercheck::correlate {

void check_account_created(const Analysis& a, Claim& c);
void check_last_deposit(const Analysis& a, Claim& c);
void check_last_withdrawal(const Analysis& a, Claim& c);
void check_last_trade(const Analysis& a, Claim& c);
void check_last_login(const Analysis& a, Claim& c);
void check_usual_location(const Analysis& a, Claim& c);
void check_devices(const Analysis& a, Claim& c);
void check_device_loss(const Analysis& a, Claim& c);  // a devices claim with "lost": true
void check_two_factor_method(const Analysis& a, Claim& c);
void check_balance(const Analysis& a, Claim& c);
void check_withdrawal_address(const Analysis& a, Claim& c);
void check_identity(const Analysis& a, Claim& c);  // contact_email, phone, full_name, residence_country

// The funding checkers share one matcher: events of `type`, the newest being what "last" means.
void check_funding(const Analysis& a, Claim& c, EventType type, const char* noun);

}  // namespace ownercheck::correlate
