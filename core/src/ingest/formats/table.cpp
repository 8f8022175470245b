// Tables copied from a terminal: columns aligned with spaces under a header of words. Values such
// as user agents contain single spaces, so a column boundary is a run of two or more spaces; when
// a row splits into a different number of cells, the header's column positions decide. A rule of
// dash runs under the header (Splunk's CLI, SQL*Plus) gives the columns exactly (dash_runs).

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/formats/dash_rule.hpp"
#include "ingest/formats/formats.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kJoinedNameRows = 20;

std::vector<Cell> split_gaps(std::string_view l) {
    std::vector<Cell> out;
    size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) ++i;
    while (i < l.size()) {
        size_t j = i;
        while (j < l.size() && !(l[j] == ' ' && j + 1 < l.size() && l[j + 1] == ' ') && l[j] != '\t') ++j;
        out.push_back({trim(l.substr(i, j - i)), i});
        while (j < l.size() && (l[j] == ' ' || l[j] == '\t')) ++j;
        i = j;
    }
    return out;
}

bool is_rule(std::string_view l) {
    l = trim(l);
    if (l.empty()) return false;
    for (char c : l)
        if (c != '-' && c != '=' && c != '+' && c != ' ' && c != '|') return false;
    return true;
}

// A value as wide as its column leaves one space before the next ("WITHDRAWAL_REQUEST 95.55.201.47"),
// so two cells read as one: cut such a cell where a header column starts after a space.
std::vector<Cell> split_at_columns(const std::vector<Cell>& parts, const std::vector<Cell>& head) {
    std::vector<Cell> out;
    for (const Cell& p : parts) {
        Cell rest = p;
        for (const Cell& h : head) {
            if (h.start <= rest.start || h.start >= rest.start + rest.text.size()) continue;
            const size_t cut = h.start - rest.start;
            if (rest.text[cut - 1] != ' ' || rest.text[cut] == ' ') continue;
            out.push_back({trim(rest.text.substr(0, cut)), rest.start});
            rest = {rest.text.substr(cut), h.start};
        }
        out.push_back(rest);
    }
    return out;
}

// A right-aligned column's name ends one space before the next column's name starts (an R tibble's
// "  asn isp": the integer column is as wide as its values), so the two read as one header cell.
// Cut such a cell where each side names a different known column and the rows below are blank at
// that place too ("user agent" and "event type" name one column, and their values run across).
std::vector<Cell> split_joined_names(const std::vector<Cell>& head, const std::vector<std::string_view>& rows) {
    std::vector<Cell> out;
    for (const Cell& h : head) {
        const size_t space = h.text.find(' ');
        if (space != std::string_view::npos && h.text.find(' ', space + 1) == std::string_view::npos && !rows.empty()) {
            const std::string_view left = h.text.substr(0, space), right = h.text.substr(space + 1);
            const std::vector<Role> parts = map_header({left, right});
            const size_t at = h.start + space;  // a byte offset in the header line
            const bool blank_below = std::all_of(rows.begin(), rows.end(), [&](std::string_view r) {
                return at >= r.size() || r[at] == ' ';
            });
            if (parts[0] != Role::None && parts[1] != Role::None && parts[0] != parts[1] && blank_below) {
                out.push_back({left, h.start});
                out.push_back({right, at + 1});
                continue;
            }
        }
        out.push_back(h);
    }
    return out;
}

// The prompt a session leaves under its output (R's ">", a shell's "$", Python's ">>>"): not a row.
bool bare_prompt(std::string_view l) {
    const std::string_view t = trim(l);
    return t == ">" || t == "$" || t == "#" || t == "%" || t == ">>>";
}

// R prints each column's type under its name ("<dttm>  <chr>  <int>"): not a row.
bool is_type_row(const std::vector<Cell>& cells) {
    return !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const Cell& c) {
        return c.text.size() > 2 && c.text.front() == '<' && c.text.back() == '>';
    });
}

// Where a cell starts and ends on screen: in characters, not bytes, since the columns were
// aligned on screen ("TQm7…vR4k" is 9 characters and 11 bytes).
struct Span {
    size_t start = 0, end = 0;
};
// One walk along the line: the cells come left to right.
std::vector<Span> spans_of(const std::vector<Cell>& cells, std::string_view line) {
    std::vector<Span> out;
    size_t byte = 0, col = 0;
    auto column_at = [&](size_t to) {
        for (; byte < to && byte < line.size(); ++byte) col += (static_cast<unsigned char>(line[byte]) & 0xC0) != 0x80;
        return col;
    };
    for (const Cell& c : cells) {
        const size_t start = column_at(c.start);
        out.push_back({start, column_at(c.start + c.text.size())});
    }
    return out;
}

// Columns printed right-aligned (pandas prints all of them so): most cells of the row end where a
// header word ends, fewer start where one starts.
bool right_aligned(const std::vector<Span>& parts, const std::vector<Span>& head) {
    size_t ends = 0, starts = 0;
    for (const Span& p : parts)
        for (const Span& h : head) {
            ends += p.end == h.end;
            starts += p.start == h.start;
        }
    return ends > starts && ends * 2 >= parts.size();
}

// The column of a cell in a row that does not split into the header's cells; npos for a cell
// left of every column (pandas' or R's row index, which has no header).
size_t column_of(const Span& p, const std::vector<Span>& head, bool right) {
    if (right) {
        if (p.end <= head.front().start) return std::string_view::npos;
        for (size_t k = 0; k < head.size(); ++k)
            if (head[k].end + 1 >= p.end) return k;
        return head.size() - 1;
    }
    if (p.end < head.front().start) return std::string_view::npos;  // R's row number, left of every column
    size_t col = 0;  // the column whose header starts at or before the cell
    for (size_t k = 0; k < head.size(); ++k)
        if (head[k].start <= p.start + 1) col = k;
    return col;
}

}  // namespace

void parse_aligned_table(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    LineReader lr(ctx.text(), d.header_offset, d.header_line);
    std::string_view l;
    int no = 0;
    if (!lr.next(l, no)) return;
    const std::string_view header_line = l;
    std::vector<Cell> head = split_gaps(l);
    std::vector<Cell> runs;
    {
        LineReader peek(ctx.text(), lr.offset(), no + 1);
        std::string_view next;
        int next_no = 0;
        if (peek.next(next, next_no)) runs = dash_runs(next);
        // Every header word must sit over a run, or the rule is not the columns'.
        if (!runs.empty()) {
            const std::vector<Cell> cut = cut_at_runs(header_line, runs);
            const bool fits = std::all_of(head.begin(), head.end(), [&](const Cell& h) {
                return std::any_of(runs.begin(), runs.end(), [&](const Cell& r) { return h.start >= r.start && h.start < r.start + r.text.size() + 1; });
            });
            if (fits) head = cut;
            else runs.clear();
        }
    }
    if (runs.empty()) {
        std::vector<std::string_view> rows;  // the first rows, to see where their columns part
        LineReader peek(ctx.text(), lr.offset(), no + 1);
        std::string_view r;
        int r_no = 0;
        while (rows.size() < kJoinedNameRows && peek.next(r, r_no))
            if (!trim(r).empty() && !is_rule(r)) rows.push_back(r);
        head = split_joined_names(head, rows);
    }
    std::vector<std::string_view> header;
    for (const Cell& c : head) header.push_back(c.text);
    const std::vector<Span> head_spans = spans_of(head, header_line);
    const std::vector<Role> roles = map_header(header);
    const std::string mapped = describe_roles(header, roles);
    out.format_reason += mapped.empty() ? "; no column recognised" : "; columns read as " + mapped;
    out.format_reason += ctx.zone_from_headers(header, roles);

    RoleValues values{};
    std::vector<std::string_view> cells;
    while (lr.next(l, no)) {
        if (trim(l).empty() || is_rule(l) || bare_prompt(l)) continue;
        std::vector<Cell> parts = runs.empty() ? split_gaps(l) : cut_at_runs(l, runs);
        if (is_type_row(parts)) continue;
        ++out.rows;
        if (parts.size() < head.size()) parts = split_at_columns(parts, head);
        cells.assign(header.size(), std::string_view());
        if (parts.size() == head.size()) {
            for (size_t i = 0; i < parts.size(); ++i) cells[i] = parts[i].text;
        } else {
            // Each cell goes to the column whose header starts at or before it, or, right-aligned,
            // ends at or after it.
            const std::vector<Span> part_spans = spans_of(parts, l);
            const bool right = right_aligned(part_spans, head_spans);
            size_t labels = 0;
            for (size_t i = 0; i < parts.size(); ++i) {
                const Cell& p = parts[i];
                const size_t col = column_of(part_spans[i], head_spans, right);
                if (col == std::string_view::npos) {
                    ++labels;
                    continue;
                }
                if (cells[col].empty()) cells[col] = p.text;
                else {
                    // Two cells in one column: a value with a double space; keep the whole span.
                    const char* b = cells[col].data();
                    const char* e = p.text.data() + p.text.size();
                    cells[col] = std::string_view(b, static_cast<size_t>(e - b));
                }
            }
            if (parts.size() - labels != head.size())  // a row index alone is no surprise
                out.warn(no, "row splits into " + std::to_string(parts.size()) + " cells for " +
                                 std::to_string(head.size()) + " columns; placed by column position");
        }
        values.fill({});
        for (size_t i = 0; i < cells.size() && i < roles.size(); ++i) {
            if (roles[i] == Role::None || roles[i] == Role::Ignore) continue;
            auto& slot = at(values, roles[i]);
            if (slot.empty()) slot = cells[i];
        }
        add_event(values, no, ctx, out);
    }
}

}  // namespace ownercheck::ingest
