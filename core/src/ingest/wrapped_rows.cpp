#include "ingest/wrapped_rows.hpp"

#include <algorithm>
#include <vector>

#include "ingest/formats/dash_rule.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kHeaderWithin = 200;  // the session's banner and commands come first

// A line that continues the row above: its first column blank, something under another run.
bool continues_row(std::string_view line, const std::vector<Cell>& runs) {
    const std::vector<Cell> cells = cut_at_runs(line, runs);
    if (cells.empty() || !cells[0].text.empty()) return false;
    // Nothing may start left of the second run: that would be a first-column value indented.
    if (line.find_first_not_of(' ') < runs[1].start) return false;
    return std::any_of(cells.begin() + 1, cells.end(), [](const Cell& c) { return !c.text.empty(); });
}

// Cheap test on the head, so a paste with dashes in it is not split into lines for nothing: a
// rule of dash runs within the lines where the header is looked for.
bool rule_in_head(std::string_view head) {
    if (head.find("---") == std::string_view::npos) return false;
    std::string_view line;
    int no = 0;
    for (LineReader lr(head); lr.next(line, no) && static_cast<size_t>(no) <= kHeaderWithin + 1;)
        if (!dash_runs(line).empty()) return true;
    return false;
}

}  // namespace

bool rewrite_wrapped_rows(std::string_view text, std::string& out) {
    if (!rule_in_head(text.substr(0, 64 * 1024))) return false;
    const std::vector<std::string_view> lines = split_into_lines(text);
    // The header: the line above the first rule of dash runs that every header word sits over.
    size_t header = lines.size();
    std::vector<Cell> runs;
    for (size_t i = 0; i + 1 < lines.size() && i < kHeaderWithin; ++i) {
        if (trim(lines[i]).empty()) continue;
        std::vector<Cell> r = dash_runs(lines[i + 1]);
        if (r.empty()) continue;
        const std::vector<Cell> cut = cut_at_runs(lines[i], r);
        if (std::all_of(cut.begin(), cut.end(), [](const Cell& c) { return !c.text.empty(); })) {
            header = i;
            runs = std::move(r);
            break;
        }
    }
    if (header == lines.size()) return false;
    // Worth a rewrite only when rows wrap: a plain dash-ruled table is read as it stands.
    size_t wrapped = 0;
    for (size_t i = header + 2; i < lines.size(); ++i)
        if (!trim(lines[i]).empty() && continues_row(lines[i], runs)) ++wrapped;
    if (wrapped == 0) return false;

    const std::string_view header_line = lines[header];
    std::vector<std::string> rewritten(lines.size());
    auto join_cells = [](const std::vector<std::string>& cells) {
        std::string row;
        for (size_t k = 0; k < cells.size(); ++k) {
            if (k) row += '\t';
            row += cells[k];
        }
        return row;
    };
    {
        std::vector<std::string> names;
        for (const Cell& c : cut_at_runs(header_line, runs)) names.emplace_back(c.text);
        rewritten[header] = join_cells(names);
    }
    size_t row_at = lines.size();  // the row the continuation lines join
    std::vector<std::string> cells;
    auto flush = [&]() {
        if (row_at < lines.size()) rewritten[row_at] = join_cells(cells);
        row_at = lines.size();
    };
    for (size_t i = header + 2; i < lines.size(); ++i) {
        const std::string_view l = lines[i];
        if (trim(l).empty()) continue;  // a record separator keeps its empty line
        if (l == header_line || (!dash_runs(l).empty() && i > 0 && lines[i - 1] == header_line)) {
            flush();  // the header again, on each page
            continue;
        }
        if (row_at < lines.size() && continues_row(l, runs)) {
            const std::vector<Cell> more = cut_at_runs(l, runs);
            for (size_t k = 0; k < more.size() && k < cells.size(); ++k)
                if (!more[k].text.empty()) cells[k] += (cells[k].empty() ? "" : " ") + std::string(more[k].text);
            continue;
        }
        const std::vector<Cell> parts = cut_at_runs(l, runs);
        // A row has its first cell and at least half of the others; anything else ("12 rows
        // selected.", "SQL> exit") is the session's, not the table's.
        const size_t filled = static_cast<size_t>(std::count_if(parts.begin(), parts.end(), [](const Cell& c) { return !c.text.empty(); }));
        flush();
        if (parts.empty() || parts[0].text.empty() || filled * 2 < parts.size()) continue;
        row_at = i;
        cells.clear();
        for (const Cell& c : parts) cells.emplace_back(c.text);
    }
    flush();
    out = join_lines(rewritten, text.size());
    return true;
}

}  // namespace ownercheck::ingest
