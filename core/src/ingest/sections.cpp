#include "ingest/sections.hpp"

#include "ingest/formats/csv_reader.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/roles.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kMaxTitleBytes = 48;

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
    return !line.empty() && line.size() <= kMaxTitleBytes && line.find_first_of(",\t;|=") == std::string_view::npos;
}

}  // namespace

std::vector<Section> split_sections(std::string_view text) {
    std::vector<Section> starts;
    LineReader lr(text);
    std::string_view l;
    int no = 0;
    bool after_blank = true;
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
        if (!is_title(l)) continue;
        LineReader peek(text, offset, no + 1);
        std::string_view next;
        int next_no = 0;
        if (peek.next(next, next_no) && is_table_header(next)) starts.push_back({line_offset, 0, no, trim(l)});
    }
    if (starts.size() < 2) return {Section{0, text.size(), 1, starts.empty() ? std::string_view() : starts.front().title}};
    // The first section also holds whatever precedes its table.
    starts.front().offset = 0;
    starts.front().first_line = 1;
    for (size_t i = 0; i < starts.size(); ++i)
        starts[i].size = (i + 1 < starts.size() ? starts[i + 1].offset : text.size()) - starts[i].offset;
    return starts;
}

}  // namespace ownercheck::ingest
