#pragma once
// Dates in client prose, in nine languages: full dates in any numeric order ("17/11/2025",
// "2026-06-08", "2024年3月5日", "2024년 3월 5일"), month names ("31st of January", "5 de março de
// 2026", "2 июля", "5. März"), month+year ("Apr 2024", "maio de 2021", "05/2020"), years, ranges
// and relative phrases ("two weeks ago", "il y a deux semaines", "vor 3 Tagen", "两周前", "지난달")
// resolved against the case's now. A date without a year is the most recent such day up to now.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/lexicon.hpp"

namespace ownercheck::claims {

struct DateFound {
    size_t pos = 0, len = 0;  // span in the folded text
    int y = 0, m = 0, d = 0;  // m = 0 for a year, d = 0 for a month
    std::string precision;    // day | month | year
    bool approx = false;      // "around ...", or resolved from a relative phrase
    bool inferred_year = false;
    bool relative = false;
    bool day_alone = false;   // "on the 30th": the month is inferred too
    int weekday = -1;         // "on Wednesday": 0 = Sunday; -1 when not a weekday
    bool last_week = false;   // "last week", "на прошлой неделе"    // from a relative phrase ("last year", "прошлого года")
    bool vague = false;       // a part of a year or a season ("mid-2020"): a range a later month may narrow
    bool has_alt = false;     // an ambiguous numeric date (03/04/2026) also reads as alt_*
    int alt_y = 0, alt_m = 0, alt_d = 0;
    bool holiday = false;     // "nach Ostern", "추석 지나고": the days a holiday names (holidays.hpp)
    bool range = false;       // "between March and May 2024": y2/m2/d2 is the end
    int y2 = 0, m2 = 0, d2 = 0;
    std::string precision2;

    std::string iso() const;   // 2026-01-31 | 2026-01 | 2026 by precision
    std::string iso2() const;  // of the range end
    std::string alt_iso() const;
};

// Every date in `folded` (see text.hpp), reading ambiguous forms with `primary`'s conventions
// first and trying every language's month names and relative phrases. `now` in unix seconds.
std::vector<DateFound> find_dates(std::string_view folded, const LangLex& primary, int64_t now);

// "March 2021 – during the lockdown. End of March, I think.": a month or day written without a
// year, later in the answer that gave `earlier` with its year, is in that year (a day alone also
// in its month). False, and `d` unchanged, when it does not apply or would fall after `now`.
bool inherit_year(DateFound& d, const DateFound& earlier, int64_t now);

}  // namespace ownercheck::claims
