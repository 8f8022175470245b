#include "ingest/wrapped_cells.hpp"

#include <algorithm>
#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

bool opens_with_time(std::string_view line) {
    size_t consumed = 0;
    return parse_timestamp_prefix(trim(line), TimeHints{}, consumed).has_value();
}

constexpr size_t kHeaderSearchLines = 20;   // a banner ("Show 100 entries  Search:") may sit above
constexpr size_t kProbeLines = 200;         // the rows below a candidate header that decide
constexpr size_t kMaxLinesPerRow = 10;      // a row wrapped further than this is not one

// Lines from `i` that add up to a row of `columns` cells, the break inside a cell joining the last
// cell of a line to the first of the next: 0 when they do not.
size_t wrapped_row(const std::vector<std::string_view>& lines, size_t i, size_t columns) {
    size_t total = tab_cells(lines[i]);
    size_t j = i + 1;
    while (total < columns && j < lines.size() && j - i < kMaxLinesPerRow && !trim(lines[j]).empty()) total += tab_cells(lines[j++]) - 1;
    if (total != columns || j == i + 1) return 0;
    // The last cell may wrap too (Duo's "Duo Push" / "iPhone 12 (+32 …)" / "81.241.122.57" / "Liège,
    // Wallonia, Belgium"): lines of one cell that do not open the next row with its time. A line of
    // "Key: value" fields under a row is the viewer's detail line (Sumo Logic's "Host: … Name: …").
    while (j < lines.size() && j - i < kMaxLinesPerRow && !trim(lines[j]).empty() && tab_cells(lines[j]) == 1 && !opens_with_time(lines[j]) &&
           lines[j].find(": ") == std::string_view::npos)
        ++j;
    return j - i;
}

struct Fit {
    size_t merged = 0, whole = 0, other = 0;
};

// How the lines below a header of `columns` cells fit it.
Fit fit_below(const std::vector<std::string_view>& lines, size_t header, size_t columns, size_t stop) {
    Fit f;
    for (size_t i = header + 1; i < stop;) {
        if (trim(lines[i]).empty()) {
            ++i;
            continue;
        }
        const size_t k = tab_cells(lines[i]);
        if (k == columns) {
            ++f.whole, ++i;
        } else if (const size_t n = k < columns ? wrapped_row(lines, i, columns) : 0; n > 0) {
            ++f.merged, i += n;
        } else {
            ++f.other, ++i;
        }
    }
    return f;
}

}  // namespace

bool rewrite_wrapped_cells(std::string_view text, std::string& out) {
    // Tabs within the first screenful, or this is no copied table.
    if (text.substr(0, 64 * 1024).find('\t') == std::string_view::npos) return false;
    // Decide on the head of the paste; a big table is split into lines only when it is one.
    std::vector<std::string_view> lines;
    std::string_view line;
    int no = 0;
    LineReader lr(text);
    while (lines.size() < kHeaderSearchLines + kProbeLines + kMaxLinesPerRow && lr.next(line, no)) lines.push_back(line);
    const bool whole = lr.offset() >= text.size();

    size_t header = lines.size(), columns = 0;
    for (size_t h = 0; h < std::min(lines.size(), kHeaderSearchLines); ++h) {
        const size_t k = tab_cells(lines[h]);
        if (k < 3) continue;
        const Fit f = fit_below(lines, h, k, std::min(lines.size(), h + 1 + kProbeLines));
        // Rows that only fit joined, and the rows as a whole mostly fit: a wrapped table under h.
        if (f.merged >= 2 && (f.merged + f.whole) * 10 >= (f.merged + f.whole + f.other) * 7) {
            header = h, columns = k;
            break;
        }
    }
    if (columns == 0) return false;
    // A cell quoted over two lines ("Jumio APPROVED_VERIFIED ⏎ scan 9f2c41a8…", Airtable's copy) is
    // no browser's wrap: the table reader reads it whole, quotes and all.
    for (size_t i = header + 1; i < lines.size(); ++i)
        if (std::count(lines[i].begin(), lines[i].end(), '"') % 2 == 1) return false;
    if (!whole)
        while (lr.next(line, no)) lines.push_back(line);

    std::string rewritten;
    rewritten.reserve(text.size());
    for (size_t i = 0; i < lines.size();) {
        const size_t n = i > header && !trim(lines[i]).empty() && tab_cells(lines[i]) < columns ? wrapped_row(lines, i, columns) : 0;
        if (n == 0) {
            rewritten.append(lines[i]).push_back('\n');
            ++i;
            continue;
        }
        for (size_t j = i; j < i + n; ++j) {
            if (j > i) rewritten += ' ';  // the break inside a cell
            rewritten.append(trim(lines[j]));
        }
        rewritten.append(n, '\n');  // the row's line, then its continuation lines left empty
        i += n;
    }
    out = std::move(rewritten);
    return true;
}

}  // namespace ownercheck::ingest
