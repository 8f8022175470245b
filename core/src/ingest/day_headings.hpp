#pragma once
// Activity feeds that print each day once, as a heading line, and only the time of day on the rows
// under it (Sift's console, support tools' timelines, many admin panels copied from the browser):
//   Jul 8, 2026
//   9:19:36 AM<TAB>Login<TAB>Success<TAB>92.24.188.30 ...
// No row carries its date, so no row could be read. The text is rewritten once before detection:
// every such row opens with its day ("Jul 8, 2026 9:19:36 AM<TAB>Login ..."), the heading lines are
// left empty, so line numbers stay the paste's. Support tools' timelines (Kustomer) head the days
// "TODAY", "YESTERDAY", "FEB 14" and close each row with its time ("…credited<TAB>9:41 AM"): the
// day comes from the case's reference time, the time moves to the front.

#include <cstdint>
#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` is such a feed (two day
// headings at least, and most delimited rows under them opening or closing with a time of day);
// false, `out` untouched, otherwise. `reference` (unix seconds, 0 when unknown) dates the headings
// that name no year or a relative day.
bool rewrite_day_headings(std::string_view text, int64_t reference, std::string& out);

}  // namespace ownercheck::ingest
