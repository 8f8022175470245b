#pragma once
// Calendar arithmetic on UTC instants, with no dependence on the machine's locale or time zone
// (reports must be byte-identical natively and in wasm, on any machine).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ownercheck {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t days_from_civil(int y, int m, int d);
CivilDate civil_from_days(int64_t days);
int days_in_month(int year, int month);
bool valid_date(int y, int m, int d);
int weekday_from_days(int64_t days);  // 0 = Sunday

int64_t to_unix(int y, int mo, int d, int h = 0, int mi = 0, int s = 0);
CivilDate date_of(int64_t unix_seconds);

std::string format_iso_datetime(int64_t unix_seconds);  // 2026-11-18T09:12:44Z
std::string format_iso_date(int64_t unix_seconds);      // 2026-11-18
std::string format_hm(int64_t unix_seconds);            // 09:12

// Strict ISO 8601 / RFC 3339 instant: `2026-11-18T09:12:44Z`, `...+02:00`, fractional seconds,
// a space instead of T, or a date alone. No zone means UTC. Returns nullopt when not of that form.
std::optional<int64_t> parse_iso8601(std::string_view text);

}  // namespace ownercheck
