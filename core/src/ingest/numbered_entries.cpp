#include "ingest/numbered_entries.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

#include "ingest/formats/field_lines.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/rewritten_json.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t npos = std::string_view::npos;
constexpr size_t kLookLines = 60;  // the first entries open the paste

// "12\t2026-07-22 00:35:02.571": the entry's time, or empty.
std::string_view entry_time(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && is_digit(line[i])) ++i;
    if (i == 0 || i > 6 || i >= line.size()) return {};
    const size_t gap = i;
    while (i < line.size() && (line[i] == '\t' || line[i] == ' ')) ++i;
    if (i == gap || (line[gap] == ' ' && i - gap < 2)) return {};  // a tab or a wide gap after the number
    const std::string_view stamp = trim(line.substr(i));
    return parse_timestamp(stamp) ? stamp : std::string_view();
}

// The `key: value` fields of an indented line, every chunk of it a field; false otherwise.
bool fields_of(std::string_view line, std::vector<std::pair<std::string_view, std::string_view>>& out) {
    if (line.empty() || (line[0] != '\t' && line[0] != ' ') || trim(line).empty()) return false;
    std::vector<std::pair<std::string_view, std::string_view>> found;
    if (split_gap_fields(line, found) != 0 || found.empty()) return false;
    out.insert(out.end(), found.begin(), found.end());
    return true;
}


// "时区：UTC+08:00", "Time zone: UTC+8", "Zeitzone: GMT-03:00" in the page's text: "+08:00", or empty.
// The zone itself is read as a column header's (header_zone_offset).
std::string zone_named(std::string_view line) {
    for (std::string_view mark : {"UTC", "GMT"}) {
        const size_t at = line.find(mark);
        if (at == npos) continue;
        size_t end = at;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != ')') ++end;
        const std::optional<int> minutes = header_zone_offset("zone " + std::string(line.substr(at, end - at)));
        if (!minutes || *minutes == 0) continue;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", *minutes < 0 ? '-' : '+', std::abs(*minutes) / 60, std::abs(*minutes) % 60);
        return buf;
    }
    return {};
}

}  // namespace

bool rewrite_numbered_entries(std::string_view text, std::string& out) {
    // Cheap test first: two numbered time lines among the first lines, each with fields under it.
    {
        int entries = 0, looked = 0, no = 0;
        bool after_entry = false;
        std::string_view line;
        std::vector<std::pair<std::string_view, std::string_view>> scratch;
        for (LineReader lr(text); looked < static_cast<int>(kLookLines) && lr.next(line, no); ++looked) {
            if (!entry_time(line).empty()) after_entry = true;
            else if (after_entry && fields_of(line, scratch)) {
                ++entries;
                after_entry = false;
            }
        }
        if (entries < 2) return false;
    }
    std::vector<std::string> lines;
    std::string zone;
    size_t open = npos;  // the last line of the entry being read, where its '}' goes
    bool wrote = false;  // an entry was written (the first opens the array)
    size_t last_close = 0;  // the line that closed the entry before
    std::vector<std::pair<std::string_view, std::string_view>> fields;
    std::string_view line;
    int no = 0;
    for (LineReader lr(text); lr.next(line, no);) {
        lines.emplace_back();
        if (const std::string_view stamp = entry_time(line); !stamp.empty()) {
            if (open != npos) {
                lines[open] += '}';
                last_close = open;
            }
            if (wrote) lines[last_close] += ',';  // after the record before: every record line opens with '{'
            std::string& l = lines.back();
            l += wrote ? "{" : "[{";
            wrote = true;
            l += "\"time\": ";
            append_json_string(l, std::string(stamp) + zone);
            open = lines.size() - 1;
            continue;
        }
        fields.clear();
        if (open != npos && fields_of(line, fields)) {
            // on the field's own line: an entry spread over its lines leaves no blank line inside
            std::string& l = lines.back();
            for (const auto& [k, v] : fields) {
                l += ", ";
                append_json_string(l, k);
                l += ": ";
                append_json_string(l, v);
            }
            open = lines.size() - 1;
            continue;
        }
        if (!wrote && zone.empty()) zone = zone_named(line);  // the page's text above the entries
        if (open != npos) {
            lines[open] += '}';
            last_close = open;
            open = npos;
        }
    }
    if (!wrote) return false;
    if (open != npos) lines[open] += '}';
    out = join_json_lines(lines, text.size());
    return true;
}

}  // namespace ownercheck::ingest
