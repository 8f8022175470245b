#include "ingest/day_headings.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kLongestHeading = 40;  // "Wednesday, 8 September 2026" and the like
constexpr size_t kLongestClock = 16;    // "09:19:36.123 AM"
constexpr size_t kHeadLines = 400;      // enough of a feed to decide on

// "TODAY", "Yesterday", "Heute", "昨天": a feed's heading for the day it was copied on (0) and the
// day before (1); -1 for any other line.
int relative_day(std::string_view t) {
    static constexpr std::string_view kToday[] = {"today", "heute", "aujourd'hui", "aujourd\u2019hui", "hoy", "oggi", "hoje",
                                                  "\u0441\u0435\u0433\u043e\u0434\u043d\u044f", "bug\u00fcn", "\u4eca\u5929", "\uc624\ub298"};
    static constexpr std::string_view kYesterday[] = {"yesterday", "gestern", "hier", "ayer", "ieri", "ontem",
                                                      "\u0432\u0447\u0435\u0440\u0430", "d\u00fcn", "\u6628\u5929", "\uc5b4\uc81c"};
    std::string lower;
    for (char c : t) lower.push_back(to_lower(c));
    for (std::string_view w : kToday)
        if (lower == w) return 0;
    for (std::string_view w : kYesterday)
        if (lower == w) return 1;
    return -1;
}

// The day a heading line names, as a date the rows can open with: the heading itself when it is a
// whole date ("Jul 8, 2026", "08.07.2026"); "2026-02-14" for "FEB 14" (the year that puts it on or
// before the day of `reference`) and for "TODAY" or "YESTERDAY" (`reference`'s day, the one
// before). Empty for any other line, and for the latter two without a reference.
std::string day_heading(std::string_view line, int64_t reference) {
    const std::string_view t = trim(line);
    if (t.size() < 3 || t.size() > kLongestHeading || t.find_first_of("\t|;") != std::string_view::npos) return {};
    auto iso = [](const CivilDate& d) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
        return std::string(buf);
    };
    if (const int back = relative_day(t); back >= 0)
        return reference > 0 ? iso(civil_from_days(reference / 86400 - back)) : std::string();
    if (t.size() < 5) return {};
    if (const auto ts = parse_timestamp(t)) return ts->has_time ? std::string() : std::string(t);
    if (reference <= 0 || t.size() > 12 || std::none_of(t.begin(), t.end(), is_digit)) return {};
    const int year = date_of(reference).year;
    for (int y : {year, year - 1}) {
        std::string dated(t);
        dated.append(" ").append(std::to_string(y));
        const auto ts = parse_timestamp(dated);
        if (!ts || ts->has_time) return {};
        if (ts->sec <= reference + 86400) return iso(date_of(ts->sec));
    }
    return {};
}

// "9:19:36 AM", "21:03", "09:15:27": a time of day that, put after the heading's date, reads as
// one instant; a cell that is a whole timestamp itself is not one.
bool is_clock_under(std::string_view cell, std::string_view heading) {
    if (cell.empty() || cell.size() > kLongestClock || !is_digit(cell.front()) || cell.find(':') == std::string_view::npos) return false;
    if (parse_timestamp(cell)) return false;
    std::string both(trim(heading));
    both.append(" ").append(cell);
    const auto ts = parse_timestamp(both);
    return ts && ts->has_time;
}

// Where a row under a heading keeps its time of day: its first cell ("9:19:36 AM<TAB>Login…") or,
// in support tools' timelines, its last ("…credited<TAB>9:41 AM"). The clock and the rest of the row.
struct ClockedRow {
    std::string_view clock, rest;  // rest: the row without a closing clock (the whole row when it opens with it)
    bool clock_last = false;
};
std::optional<ClockedRow> clocked_row(std::string_view line, std::string_view heading) {
    if (const size_t end = line.find_first_of("\t|;,"); end != std::string_view::npos) {
        const std::string_view first = trim(line.substr(0, end));
        if (is_clock_under(first, heading)) return ClockedRow{first, trim(line), false};
    }
    if (const size_t tab = line.rfind('\t'); tab != std::string_view::npos) {
        const std::string_view last = trim(line.substr(tab + 1));
        if (is_clock_under(last, heading)) return ClockedRow{last, trim(line.substr(0, tab)), true};
    }
    return std::nullopt;
}

}  // namespace

bool rewrite_day_headings(std::string_view text, int64_t reference, std::string& out) {
    // Decide on the head first: most pastes have no heading line at all.
    const std::vector<std::string_view> head = split_into_lines(text.substr(0, std::min<size_t>(text.size(), 64 * 1024)));
    int headings = 0, clocks = 0, delimited = 0;
    std::string day;
    for (size_t i = 0; i < head.size() && i < kHeadLines; ++i) {
        if (std::string d = day_heading(head[i], reference); !d.empty()) {
            ++headings;
            day = std::move(d);
            continue;
        }
        if (day.empty() || head[i].find_first_of("\t|;,") == std::string_view::npos) continue;
        ++delimited;
        clocks += clocked_row(head[i], day).has_value();
    }
    if (headings < 2 || clocks < 3 || clocks * 10 < delimited * 6) return false;

    const std::vector<std::string_view> lines = split_into_lines(text);
    std::vector<std::string> rewritten;
    rewritten.reserve(lines.size());
    day.clear();
    for (const std::string_view line : lines) {
        if (std::string d = day_heading(line, reference); !d.empty()) {
            day = std::move(d);
            rewritten.emplace_back();  // the heading's line stays, empty
            continue;
        }
        const auto row = day.empty() ? std::nullopt : clocked_row(line, day);
        if (!row) {
            rewritten.emplace_back(line);
            continue;
        }
        std::string dated(day);
        dated.append(" ");
        // A clock that closes the row goes first, where the first one already is.
        if (row->clock_last) dated.append(row->clock).append("\t");
        dated.append(row->rest);
        rewritten.push_back(std::move(dated));
    }
    out = join_lines(rewritten, text.size() + lines.size() * 16);
    return true;
}

}  // namespace ownercheck::ingest
