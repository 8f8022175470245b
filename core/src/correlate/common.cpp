#include "correlate/common.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::correlate {

const nlohmann::json& tolerances() { return data_table("correlate_tolerances.json"); }

namespace {

std::optional<std::pair<int64_t, int64_t>> span_of(const std::string& iso, const std::string& precision) {
    int y = 0, m = 0, d = 0;
    if (precision == "year" && std::sscanf(iso.c_str(), "%d", &y) == 1)
        return std::make_pair(days_from_civil(y, 1, 1), days_from_civil(y, 12, 31));
    if (precision == "month" && std::sscanf(iso.c_str(), "%d-%d", &y, &m) == 2 && m >= 1 && m <= 12)
        return std::make_pair(days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m)));
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) == 3 && valid_date(y, m, d)) {
        const int64_t t = days_from_civil(y, m, d);
        return std::make_pair(t, t);
    }
    return std::nullopt;
}

int64_t off(int64_t lo, int64_t hi, int64_t day) { return day < lo ? lo - day : day > hi ? day - hi : 0; }

}  // namespace

std::optional<DaySpan> claimed_days(const nlohmann::ordered_json& v) {
    if (!v.contains("date")) return std::nullopt;
    DaySpan s;
    s.precision = v.value("precision", std::string("day"));
    auto span = span_of(v["date"].get<std::string>(), s.precision);
    if (!span) return std::nullopt;
    s.lo = span->first;
    s.hi = span->second;
    if (v.contains("date_to")) {
        auto to = span_of(v["date_to"].get<std::string>(), v.value("precision_to", s.precision));
        if (to && to->second >= s.lo) s.hi = to->second;
    }
    if (v.contains("date_alt"))
        if (auto alt = span_of(v["date_alt"].get<std::string>(), "day")) s.alt = alt;
    s.approx = v.value("date_approx", false);
    return s;
}

int64_t days_off(const DaySpan& s, int64_t t) {
    const int64_t day = (t >= 0 ? t : t - 86399) / 86400;
    int64_t d = off(s.lo, s.hi, day);
    if (s.alt) d = std::min(d, off(s.alt->first, s.alt->second, day));
    return d;
}

int64_t date_ok_days(const DaySpan& s) {
    const auto& t = tolerances()["date"];
    if (s.precision == "day") return s.approx ? t.value("day_approx_days", 5) : t.value("day_exact_days", 2);
    return 0;  // inside the month / year
}

int64_t date_partial_days(const DaySpan& s) {
    const auto& t = tolerances()["date"];
    if (s.precision == "day") return t.value("day_partial_days", 21);
    if (s.precision == "month") return 31 * t.value("month_partial_months", 1);
    return t.value("year_partial_days", 62);
}

double amount_tolerance(const nlohmann::ordered_json& v) {
    const auto& t = tolerances()["amount"];
    if (!v.contains("amount")) return 0;
    const double a = std::fabs(v["amount"].get<double>());
    const int decimals = v.value("decimals", 0);
    if (v.value("amount_approx", false)) return t.value("round_rel", 0.10);
    if (decimals >= 2) return t.value("precise_rel", 0.01);
    if (decimals == 0 && a >= 100 && std::fmod(a, 100.0) == 0) return t.value("round_rel", 0.10);
    if (decimals == 0 && a >= 10 && std::fmod(a, 10.0) == 0) return (t.value("integer_rel", 0.03) + t.value("round_rel", 0.10)) / 2;
    if (decimals == 1) return t.value("integer_rel", 0.03);
    return decimals >= 2 ? t.value("precise_rel", 0.01) : t.value("integer_rel", 0.03);
}

std::optional<double> amount_rel_diff(const nlohmann::ordered_json& v, double actual) {
    if (!v.contains("amount")) return std::nullopt;
    actual = std::fabs(actual);
    if (actual == 0) return std::nullopt;
    double best = std::fabs(std::fabs(v["amount"].get<double>()) - actual) / actual;
    if (v.contains("amount_alt")) best = std::min(best, std::fabs(std::fabs(v["amount_alt"].get<double>()) - actual) / actual);
    // "entre 0,2 et 0,3 BTC": a range claimed, any sum inside it fits exactly
    if (v.contains("amount_to")) {
        const double lo = std::min(std::fabs(v["amount"].get<double>()), std::fabs(v["amount_to"].get<double>()));
        const double hi = std::max(std::fabs(v["amount"].get<double>()), std::fabs(v["amount_to"].get<double>()));
        best = std::min(best, actual >= lo && actual <= hi ? 0.0 : std::fabs(hi - actual) / actual);
    }
    return best;
}

std::string fmt_amount(double v) {
    char buf[64];
    const double a = std::fabs(v);
    const int decimals = a >= 1000 ? 2 : a >= 1 ? 4 : 8;
    std::snprintf(buf, sizeof buf, "%.*f", decimals, a);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    const size_t dot = s.find('.') == std::string::npos ? s.size() : s.find('.');
    for (int64_t i = static_cast<int64_t>(dot) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
    return (v < 0 ? "-" : "") + s;
}

std::string fmt_pct(double rel) {
    char buf[32];
    if (rel < 0.1) std::snprintf(buf, sizeof buf, "%.1f%%", rel * 100);
    else std::snprintf(buf, sizeof buf, "%.0f%%", rel * 100);
    return buf;
}

std::string day_of(int64_t t) { return format_iso_date(t); }

std::string days_text(int64_t d) {
    if (d == 0) return "same day";
    return std::to_string(d) + (d == 1 ? " day off" : " days off");
}

std::vector<const Event*> successful_logins(const Analysis& a) {
    std::vector<const Event*> out;
    for (const auto& e : a.timeline)
        if (e.type == EventType::LoginSuccess && e.success && before_now(a, e)) out.push_back(&e);
    return out;
}

std::vector<Ref> refs_of(const std::vector<const Event*>& events, size_t max) {
    std::vector<Ref> out;
    for (const Event* e : events) {
        if (out.size() >= max) break;
        out.push_back(e->src);
    }
    return out;
}

bool before_now(const Analysis& a, const Event& e) { return a.now == 0 || e.time <= a.now + 86400; }

void set_verdict(Claim& c, const std::string& verdict, std::string explanation, std::vector<Ref> evidence) {
    c.verdict = verdict;
    c.explanation = std::move(explanation);
    c.evidence = std::move(evidence);
}

}  // namespace ownercheck::correlate
