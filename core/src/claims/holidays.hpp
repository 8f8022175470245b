#pragma once
// Holidays as dates: "right after Chuseok", "antes do Natal", "direkt nach Ostern", "春节前",
// "bayramdan sonra". Clients date their deposits and logins by the holidays of their own calendar;
// each name (core/data/claims_holidays.json) resolves to the days it covers in its most recent
// occurrence (or the year written beside it), and a "before"/"after" word around it to the week
// before or after. Fixed days, Easter-based days (Carnival, Ash Wednesday, Pentecost) and tables
// of lunar and Islamic dates (Chuseok, Spring Festival, Bayram).

#include <cstdint>
#include <string_view>
#include <vector>

#include "util/civil_time.hpp"

namespace ownercheck::claims {

struct HolidayFound {
    size_t pos = 0, len = 0;  // span in the folded text, the before/after word and a year included
    int64_t first_day = 0, last_day = 0;  // days since 1970-01-01, both included
};

// Every holiday named in `folded` (see text.hpp), resolved against `today`.
std::vector<HolidayFound> find_holidays(std::string_view folded, const CivilDate& today);

// Easter Sunday of `year` (Gregorian), as days since 1970-01-01.
int64_t easter_day(int year);

}  // namespace ownercheck::claims
