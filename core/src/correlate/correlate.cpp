#include "correlate/correlate.hpp"

#include <algorithm>
#include <exception>
#include <map>

#include "correlate/checkers.hpp"

namespace ownercheck {

void check_claims(Analysis& a) {
    using Checker = void (*)(const Analysis&, Claim&);
    static const std::map<std::string, Checker> checkers = {
        {"account_created", correlate::check_account_created},
        {"last_deposit", correlate::check_last_deposit},
        {"last_withdrawal", correlate::check_last_withdrawal},
        {"last_trade", correlate::check_last_trade},
        {"last_login", correlate::check_last_login},
        {"usual_location", correlate::check_usual_location},
        {"devices", correlate::check_devices},
        {"device_loss", correlate::check_device_loss},
        {"two_factor_method", correlate::check_two_factor_method},
        {"balance", correlate::check_balance},
        {"withdrawal_address", correlate::check_withdrawal_address},
        {"contact_email", correlate::check_identity},
        {"phone", correlate::check_identity},
        {"full_name", correlate::check_identity},
        {"residence_country", correlate::check_identity},
    };
    auto is_loss = [](const Claim& c) { return c.topic == "devices" && c.value.value("lost", false); };
    for (Claim& c : a.claims) {
        auto it = checkers.find(is_loss(c) ? "device_loss" : c.topic);
        if (it == checkers.end()) {
            c.verdict = "unverifiable";
            c.explanation = "no checker for topic " + c.topic;
            continue;
        }
        try {
            it->second(a, c);
        } catch (const std::exception& e) {
            // A checker defect must not lose the report: say so on the claim.
            c.verdict = "unverifiable";
            c.explanation = std::string("could not be checked: ") + e.what();
        }
    }
    // "I lost my phone on Friday" is in nearly every story, the attacker's too: it is reported only
    // when the logs dispute it (check_device_loss.cpp).
    a.claims.erase(std::remove_if(a.claims.begin(), a.claims.end(), [&](const Claim& c) { return is_loss(c) && c.verdict != "contradicted"; }),
                   a.claims.end());
    for (size_t i = 0; i < a.claims.size(); ++i) a.claims[i].id = "C" + std::to_string(i + 1);
}

}  // namespace ownercheck
