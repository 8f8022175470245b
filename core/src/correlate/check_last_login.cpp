// "The last time I logged in successfully was on March 10": the newest successful login before
// now. A claimed date that matches an older successful login only is partial.

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"

namespace ownercheck::correlate {

void check_last_login(const Analysis& a, Claim& c) {
    const auto span = claimed_days(c.value);
    const auto logins = successful_logins(a);
    if (!span) {
        set_verdict(c, "unverifiable", "the claimed date could not be read");
        return;
    }
    if (logins.empty()) {
        set_verdict(c, "unverifiable", "no successful login in the evidence");
        return;
    }
    const Event* newest = logins.back();
    const int64_t off = days_off(*span, newest->time);
    const std::string fact = "the newest successful login is on " + day_of(newest->time);
    if (off <= date_ok_days(*span)) {
        set_verdict(c, "corroborated", fact + " (" + days_text(off) + ")", {newest->src});
        return;
    }
    const Event* closest = nullptr;
    int64_t best = 0;
    for (const Event* e : logins) {
        const int64_t d = days_off(*span, e->time);
        if (!closest || d <= best) closest = e, best = d;
    }
    if (off <= date_partial_days(*span) || best <= date_ok_days(*span))
        set_verdict(c, "partial", fact + " (" + days_text(off) + "); a successful login on " + day_of(closest->time) + " is " + days_text(best),
                    {newest->src, closest->src});
    else
        set_verdict(c, "contradicted", fact + ", " + days_text(off) + " from the claim", {newest->src});
}

}  // namespace ownercheck::correlate
