#include "util/civil_time.hpp"

#include <cstdio>

namespace ownercheck {

int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

CivilDate civil_from_days(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int days_in_month(int year, int month) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool valid_date(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int weekday_from_days(int64_t days) {
    return static_cast<int>(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6);
}

int64_t to_unix(int y, int mo, int d, int h, int mi, int s) {
    return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

static int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

CivilDate date_of(int64_t t) { return civil_from_days(floor_div(t, 86400)); }

std::string format_iso_datetime(int64_t t) {
    const CivilDate c = date_of(t);
    const int64_t sod = t - floor_div(t, 86400) * 86400;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day,
                  static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60), static_cast<int>(sod % 60));
    return buf;
}

std::string format_iso_date(int64_t t) {
    const CivilDate c = date_of(t);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string format_hm(int64_t t) {
    const int64_t sod = t - floor_div(t, 86400) * 86400;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60));
    return buf;
}

namespace {

// Reads exactly n digits at pos; false when they are not there.
bool digits(std::string_view s, size_t& pos, int n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    pos += n;
    out = v;
    return true;
}

}  // namespace

std::optional<int64_t> parse_iso8601(std::string_view s) {
    size_t p = 0;
    int y, mo, d, h = 0, mi = 0, se = 0;
    if (!digits(s, p, 4, y) || p >= s.size() || s[p++] != '-' || !digits(s, p, 2, mo) ||
        p >= s.size() || s[p++] != '-' || !digits(s, p, 2, d))
        return std::nullopt;
    if (!valid_date(y, mo, d)) return std::nullopt;
    if (p < s.size() && (s[p] == 'T' || s[p] == 't' || s[p] == ' ')) {
        ++p;
        if (!digits(s, p, 2, h) || p >= s.size() || s[p++] != ':' || !digits(s, p, 2, mi))
            return std::nullopt;
        if (p < s.size() && s[p] == ':') {
            ++p;
            if (!digits(s, p, 2, se)) return std::nullopt;
            if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
                ++p;
                const size_t start = p;
                while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
                if (p == start) return std::nullopt;
            }
        }
        if (h > 23 || mi > 59 || se > 60) return std::nullopt;
    }
    int64_t offset = 0;
    if (p < s.size()) {
        if (s[p] == 'Z' || s[p] == 'z') {
            ++p;
        } else if (s[p] == '+' || s[p] == '-') {
            const int sign = s[p++] == '-' ? -1 : 1;
            int oh, om = 0;
            if (!digits(s, p, 2, oh)) return std::nullopt;
            if (p < s.size() && s[p] == ':') ++p;
            if (p < s.size() && !digits(s, p, 2, om)) return std::nullopt;
            if (oh > 14 || om > 59) return std::nullopt;
            offset = sign * (oh * 3600 + om * 60);
        }
    }
    if (p != s.size()) return std::nullopt;
    return to_unix(y, mo, d, h, mi, se == 60 ? 59 : se) - offset;
}

}  // namespace ownercheck
