#pragma once
// What the claim checkers share: the tolerances (core/data/correlate_tolerances.json), reading a
// claim's date as a span of days, how far an event lies from it, how close an amount must be for
// the way it was written, and number formatting for explanations.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/analysis.hpp"

namespace ownercheck::correlate {

const nlohmann::json& tolerances();

// A claimed date as days since 1970: [lo, hi], and the alternative reading of an ambiguous one.
struct DaySpan {
    int64_t lo = 0, hi = 0;
    std::string precision;  // day | month | year
    bool approx = false;
    std::optional<std::pair<int64_t, int64_t>> alt;
};
std::optional<DaySpan> claimed_days(const nlohmann::ordered_json& value);

// Days between an instant and the span (0 inside it), the smaller of the two readings.
int64_t days_off(const DaySpan& s, int64_t unix_seconds);
// The corroborating and partial windows (in days outside the span) for this precision.
int64_t date_ok_days(const DaySpan& s);
int64_t date_partial_days(const DaySpan& s);

// Relative amount tolerance for how the client wrote it (decimals, roundness, "about").
double amount_tolerance(const nlohmann::ordered_json& value);
// |claimed - actual| / actual, the smaller over the claimed amount's readings; nullopt if none.
// A range [amount, amount_to] is 0 for any sum inside it.
std::optional<double> amount_rel_diff(const nlohmann::ordered_json& value, double actual);

std::string fmt_amount(double v);  // 1,553.89 / 0.3266 / 2,036
std::string fmt_pct(double rel);   // "0.4%", "12%"
std::string day_of(int64_t unix_seconds);
std::string days_text(int64_t days);  // "same day", "1 day off", "12 days off"

std::vector<const Event*> successful_logins(const Analysis& a);
std::vector<Ref> refs_of(const std::vector<const Event*>& events, size_t max = 5);
bool before_now(const Analysis& a, const Event& e);  // with a day of slack for time zones

void set_verdict(Claim& c, const std::string& verdict, std::string explanation, std::vector<Ref> evidence = {});

}  // namespace ownercheck::correlate
