#include "ingest/detail_lines.hpp"

#include <algorithm>
#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kMinColumns = 4;    // a table of log rows, not a two-column pane
constexpr size_t kHeaderWithin = 60; // the header sits under the page's furniture, near the top

// Cheap test on the head, so a plain tab paste (every TSV) is not split into lines for nothing:
// after a line of four cells or more, at least two non-empty lines of one or two cells.
bool details_in_head(std::string_view head) {
    bool table = false;
    int short_lines = 0;
    std::string_view line;
    int no = 0;
    for (LineReader lr(head); lr.next(line, no) && short_lines < 2;) {
        const size_t cells = tab_cells(line);
        if (cells >= kMinColumns) table = true;
        else if (table && cells <= 2 && !trim(line).empty()) ++short_lines;
    }
    return short_lines >= 2;
}

}  // namespace

bool rewrite_detail_lines(std::string_view text, std::string& out) {
    if (!details_in_head(text.substr(0, 64 * 1024))) return false;
    const std::vector<std::string_view> lines = split_into_lines(text);
    // The header: the first line of at least four tab cells that the next non-empty line matches.
    size_t header = lines.size(), columns = 0;
    for (size_t i = 0; i < lines.size() && i < kHeaderWithin; ++i) {
        const size_t cells = tab_cells(lines[i]);
        if (cells < kMinColumns) continue;
        size_t j = i + 1;
        while (j < lines.size() && trim(lines[j]).empty()) ++j;
        if (j < lines.size() && tab_cells(lines[j]) == cells) {
            header = i, columns = cells;
            break;
        }
    }
    if (header == lines.size()) return false;
    // A row has the header's cells (a trailing empty one or two may be cut off); a detail line has
    // one or two (a message; "Field  Value") and a row after it. Anything else: not this shape.
    size_t rows = 0, details = 0, other = 0, last_row = header;
    std::vector<bool> row(lines.size(), false);
    for (size_t i = header + 1; i < lines.size(); ++i) {
        const size_t cells = tab_cells(lines[i]);
        if (cells + 2 >= columns && cells <= columns) row[i] = true, ++rows, last_row = i;
    }
    std::vector<bool> detail(lines.size(), false);
    for (size_t i = header + 1; i < last_row; ++i) {
        // A row whose quote opens a cell the next line closes (Airtable's "Jumio APPROVED_VERIFIED
        // ⏎ scan 9f2c41a8…"): a quoted cell over two lines, which the table reader reads whole.
        if (row[i] && std::count(lines[i].begin(), lines[i].end(), '"') % 2 == 1) return false;
        if (row[i] || trim(lines[i]).empty()) continue;
        if (tab_cells(lines[i]) <= 2) detail[i] = true, ++details;
        else ++other;
    }
    // Details under rows, and rows at least nearly half the lines: a table whose cells were
    // wrapped onto lines of their own (wrapped_cells.cpp) has few whole rows and is left alone.
    if (rows < 3 || details < 2 || other * 10 > rows || rows * 100 < (rows + details) * 45) return false;
    out = with_blank_lines(lines, detail, text.size());
    return true;
}

}  // namespace ownercheck::ingest
