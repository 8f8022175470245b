// "I used SMS codes for 2FA": against the method recorded on successful logins ("password+sms",
// "password+totp", "password+key"). Which login methods show which claimed method is data
// (correlate_tolerances.json "login_methods").

#include <map>

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"

namespace ownercheck::correlate {

namespace {

// The claimed-method vocabulary `factor` shows, "" when it shows none.
std::string method_in(const std::string& factor) {
    for (const auto& [method, tokens] : tolerances()["login_methods"].items())
        for (const auto& t : tokens)
            if (factor == t.get<std::string>()) return method;
    for (const auto& [method, tokens] : tolerances()["login_methods"].items())
        for (const auto& t : tokens)
            if (t.get<std::string>().size() >= 3 && factor.find(t.get<std::string>()) != std::string::npos) return method;
    return "";
}

// The claimed-method vocabulary a login's method field shows, "" when it shows none.
std::string method_of(std::string field) {
    for (auto& ch : field) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // the second factor follows "password+"; match it first so "password" never counts. A '+'
    // that opens a phone number ("Duo Push iPhone 12 (+32 XXX XX 48 12)") leaves the method before it.
    const size_t plus = field.rfind('+');
    if (plus != std::string::npos)
        if (std::string m = method_in(field.substr(plus + 1)); !m.empty()) return m;
    return method_in(field);
}

}  // namespace

void check_two_factor_method(const Analysis& a, Claim& c) {
    const std::string claimed = c.value.value("method", std::string());
    std::map<std::string, std::vector<const Event*>> by_method;
    size_t n = 0;
    for (const Event* e : successful_logins(a)) {
        if (e->method.empty()) continue;
        const std::string m = method_of(e->method);
        if (m.empty()) continue;
        by_method[m].push_back(e);
        ++n;
    }
    if (n == 0) {
        set_verdict(c, "unverifiable", "no 2FA method recorded on successful logins");
        return;
    }
    std::string top;
    size_t top_n = 0;
    for (const auto& [m, ev] : by_method)
        if (ev.size() > top_n) top = m, top_n = ev.size();
    auto it = by_method.find(claimed);
    const std::string of = " of " + std::to_string(n) + " successful logins with a recorded method";
    if (it == by_method.end()) {
        set_verdict(c, "contradicted", "no login used " + claimed + "; " + std::to_string(top_n) + of + " used " + top, refs_of(by_method[top], 3));
        return;
    }
    const std::vector<const Event*>& ev = it->second;
    const auto& habit = tolerances()["habit"];
    if (static_cast<int>(ev.size()) < habit.value("min_logins", 2) && ev.size() < habit.value("min_share", 0.05) * static_cast<double>(n)) {
        set_verdict(c, "contradicted",
                    "only " + std::to_string(ev.size()) + of + " used " + claimed + " (on " + day_of(ev.back()->time) + "); the account's method is " + top + " (" +
                        std::to_string(top_n) + " logins)",
                    {ev.back()->src, by_method[top].back()->src});
        return;
    }
    // The method of the newest logins is what the client last had.
    const bool recent = !by_method.empty() && std::any_of(ev.begin(), ev.end(), [&](const Event* e) {
        for (const auto& [m, v] : by_method)
            if (m != claimed && !v.empty() && v.back()->time > e->time + 86400 * 30) return false;
        return true;
    });
    const std::string fact = std::to_string(ev.size()) + of + " used " + claimed + " (the latest on " + day_of(ev.back()->time) + ")";
    set_verdict(c, recent || ev.size() * 2 >= n ? "corroborated" : "partial", fact, refs_of({ev.back()}));
}

}  // namespace ownercheck::correlate
