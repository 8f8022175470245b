// "I opened my account in Apr 2024": against the account's created_at when the case has it; else
// the earliest event is only a bound (the account existed by then), so it can refute a creation
// date after it but cannot confirm one before it.

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::correlate {

void check_account_created(const Analysis& a, Claim& c) {
    const auto span = claimed_days(c.value);
    if (!span) {
        set_verdict(c, "unverifiable", "the claimed date could not be read");
        return;
    }
    if (a.input.account.created_at) {
        const int64_t t = *a.input.account.created_at;
        const int64_t off = days_off(*span, t);
        const std::string fact = "the account was created on " + day_of(t);
        if (off <= date_ok_days(*span)) set_verdict(c, "corroborated", fact + " (" + (off ? days_text(off) : "within the claimed " + span->precision) + ")");
        else if (off <= date_partial_days(*span)) set_verdict(c, "partial", fact + " (" + days_text(off) + ")");
        else set_verdict(c, "contradicted", fact + ", " + days_text(off) + " from the claim");
        return;
    }
    const Event* first = nullptr;
    for (const auto& e : a.timeline)
        if (e.time > 0) {
            first = &e;
            break;
        }
    if (!first) {
        set_verdict(c, "unverifiable", "no creation date and no events in the evidence");
        return;
    }
    const int64_t first_day = first->time / 86400;
    if (span->lo > first_day) {
        set_verdict(c, "contradicted", "activity on " + day_of(first->time) + " predates the claimed creation (" + c.value.value("date", std::string()) + ")",
                    {first->src});
        return;
    }
    if (first_day - span->hi <= 31)
        set_verdict(c, "partial", "the earliest event in the logs is on " + day_of(first->time) + ", just after the claimed creation; the case has no created_at to confirm it",
                    {first->src});
    else
        set_verdict(c, "unverifiable", "the logs start on " + day_of(first->time) + ", after the claimed creation; consistent, but the case has no created_at",
                    {first->src});
}

}  // namespace ownercheck::correlate
