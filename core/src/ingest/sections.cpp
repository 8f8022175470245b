#include "ingest/sections.hpp"

#include "ingest/formats/csv_reader.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/roles.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kMaxTitleBytes = 48;
constexpr int kOwnPrefixLines = 5;  // lines of text above the first table that make a section of their own

// A header row: split by one of the usual separators into cells that name a time column and at
// least one other known column.
bool is_table_header(std::string_view line) {
    line = trim(line);
    if (line.size() < 5 || line.size() > 1000) return false;
    if (line.front() == '{' || line.front() == '[') return false;  // a JSON record names its keys, it heads nothing
    for (char delim : {',', '\t', ';', '|'}) {
        if (line.find(delim) == std::string_view::npos) continue;
        CsvReader r(line, delim);
        std::vector<std::string_view> cells;
        int no = 0;
        if (!r.next(cells, no) || cells.size() < 2) continue;
        for (auto& c : cells) c = trim(c);
        int known = 0;
        bool timed = false;
        for (Role role : map_header(cells)) {
            if (role == Role::None || role == Role::Ignore) continue;
            ++known;
            timed = timed || role == Role::Time || role == Role::Date;
        }
        if (known >= 2 && timed) return true;
    }
    return false;
}

bool is_title(std::string_view line) {
    line = trim(line);
    if (line.empty() || line.size() > kMaxTitleBytes) return false;
    // "Recent sign-ins (last 30, SAST)": a comma in the title's brackets separates no cells
    int depth = 0;
    for (char c : line) {
        if (c == '(') ++depth;
        else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
        else if (depth == 0 && (c == ',' || c == '\t' || c == ';' || c == '|' || c == '=')) return false;
    }
    return true;
}

// A table without a header under its title ("Security events (SAST)" above "Mar 12, 2026 16:52 ⇥
// Withdrawal blocked ⇥ …"): a row of tab-separated cells opening with a time.
bool is_dated_row(std::string_view line) {
    line = trim(line);
    const size_t tab = line.find('\t');
    return tab != std::string_view::npos && parse_timestamp(trim(line.substr(0, tab))).has_value();
}

// Most of the next few lines with text after `offset` are dated rows too.
bool dated_rows_follow(std::string_view text, size_t offset, int line_no) {
    LineReader lr(text, offset, line_no);
    std::string_view l;
    int no = 0, seen = 0, dated = 0;
    while (seen < 5 && lr.next(l, no)) {
        if (trim(l).empty()) continue;
        ++seen;
        dated += is_dated_row(l);
    }
    return seen >= 2 && dated * 10 >= seen * 7;
}

// A table's header among the first lines of `text`.
bool has_table_header(std::string_view text) {
    LineReader lr(text);
    std::string_view l;
    int no = 0;
    for (int n = 0; n < 400 && lr.next(l, no); ++n)
        if (is_table_header(l)) return true;
    return false;
}

// How many lines of `text` hold something.
int text_lines(std::string_view text) {
    LineReader lr(text);
    std::string_view l;
    int no = 0, n = 0;
    while (lr.next(l, no)) n += !trim(l).empty();
    return n;
}

}  // namespace

std::vector<Section> split_sections(std::string_view text) {
    std::vector<Section> starts;
    LineReader lr(text);
    std::string_view l;
    int no = 0;
    bool after_blank = true;
    bool header_above = false;
    size_t offset = 0;
    while (lr.next(l, no)) {
        const size_t line_offset = offset;
        offset = lr.offset();
        if (trim(l).empty()) {
            after_blank = true;
            continue;
        }
        if (!after_blank) continue;
        after_blank = false;
        // A paragraph starts here: a header, or a title above one.
        if (is_table_header(l)) {
            starts.push_back({line_offset, 0, no, {}});
            continue;
        }
        // Dated rows without a header under a page's own text (a support tool's profile above its
        // timeline, whose day headings became dates on each row): the rows are a table of their own.
        if (starts.empty() && !header_above && line_offset > 0 && is_dated_row(l) && dated_rows_follow(text, offset, no + 1)) {
            // ... unless they are the rows of a header above them, split by a wrapped cell (Duo's
            // log, whose cells break over lines)
            header_above = has_table_header(text.substr(0, line_offset));
            if (!header_above) {
                starts.push_back({line_offset, 0, no, {}});
                continue;
            }
        }
        if (!is_title(l)) continue;
        LineReader peek(text, offset, no + 1);
        std::string_view next;
        int next_no = 0;
        if (peek.next(next, next_no) && (is_table_header(next) || is_dated_row(next))) starts.push_back({line_offset, 0, no, trim(l)});
    }
    // Whatever precedes the first table is part of it ("Exported 2026-03-01" above the header),
    // unless it is a page of its own: a support ticket's conversation above its sidebar's tables
    // is read apart, as the tables are.
    if (!starts.empty() && starts.front().offset > 0 && text_lines(text.substr(0, starts.front().offset)) >= kOwnPrefixLines)
        starts.insert(starts.begin(), Section{0, 0, 1, {}});
    if (starts.size() < 2) return {Section{0, text.size(), 1, starts.empty() ? std::string_view() : starts.front().title}};
    starts.front().offset = 0;
    starts.front().first_line = 1;
    for (size_t i = 0; i < starts.size(); ++i)
        starts[i].size = (i + 1 < starts.size() ? starts[i + 1].offset : text.size()) - starts[i].offset;
    return starts;
}

}  // namespace ownercheck::ingest
