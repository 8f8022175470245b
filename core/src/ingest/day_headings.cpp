#include "ingest/day_headings.hpp"

#include <algorithm>
#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kLongestHeading = 40;  // "Wednesday, 8 September 2026" and the like
constexpr size_t kLongestClock = 16;    // "09:19:36.123 AM"
constexpr size_t kHeadLines = 400;      // enough of a feed to decide on

// A line that is a date alone: "Jul 8, 2026", "08.07.2026", "2026-07-08", "Wednesday, 8 July 2026".
bool is_day_heading(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.size() < 6 || t.size() > kLongestHeading || t.find_first_of("\t|;") != std::string_view::npos) return false;
    const auto ts = parse_timestamp(t);
    return ts && !ts->has_time;
}

// The row's first cell, up to its first delimiter.
std::string_view first_cell(std::string_view line) {
    const size_t end = line.find_first_of("\t|;,");
    return end == std::string_view::npos ? std::string_view() : trim(line.substr(0, end));
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

}  // namespace

bool rewrite_day_headings(std::string_view text, std::string& out) {
    // Decide on the head first: most pastes have no heading line at all.
    const std::vector<std::string_view> head = split_into_lines(text.substr(0, std::min<size_t>(text.size(), 64 * 1024)));
    int headings = 0, clocks = 0, delimited = 0;
    std::string_view day;
    for (size_t i = 0; i < head.size() && i < kHeadLines; ++i) {
        if (is_day_heading(head[i])) {
            ++headings;
            day = head[i];
            continue;
        }
        if (day.empty()) continue;
        const std::string_view cell = first_cell(head[i]);
        if (cell.empty()) continue;
        ++delimited;
        clocks += is_clock_under(cell, day);
    }
    if (headings < 2 || clocks < 3 || clocks * 10 < delimited * 6) return false;

    const std::vector<std::string_view> lines = split_into_lines(text);
    std::vector<std::string> rewritten;
    rewritten.reserve(lines.size());
    day = {};
    for (const std::string_view line : lines) {
        if (is_day_heading(line)) {
            day = trim(line);
            rewritten.emplace_back();  // the heading's line stays, empty
            continue;
        }
        const std::string_view cell = first_cell(line);
        if (!day.empty() && !cell.empty() && is_clock_under(cell, day)) {
            std::string row(day);
            row.append(" ").append(line.substr(line.find_first_not_of(" ")));
            rewritten.push_back(std::move(row));
        } else {
            rewritten.emplace_back(line);
        }
    }
    out = join_lines(rewritten, text.size() + lines.size() * 16);
    return true;
}

}  // namespace ownercheck::ingest
