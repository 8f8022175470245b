#include "ingest/kibana_discover.hpp"

#include <algorithm>
#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

bool panel_opener(std::string_view t) { return t == "Expanded document" || t == "Expanded doc" || t == "Document"; }

bool footer(std::string_view t) { return istarts_with(t, "Rows per page"); }

}  // namespace

bool rewrite_kibana_discover(std::string_view text, std::string& out) {
    const std::string_view head = text.substr(0, 64 * 1024);
    if (head.find("@timestamp") == std::string_view::npos ||
        (head.find("Expanded document") == std::string_view::npos && head.find("Rows per page") == std::string_view::npos))
        return false;
    const std::vector<std::string_view> lines = split_into_lines(text);
    size_t header = lines.size();
    for (size_t i = 0; i < lines.size() && i < 40 && header == lines.size(); ++i) {
        const std::string_view t = trim(lines[i]);
        if (tab_cells(lines[i]) >= 3 && (t.substr(0, 11) == "@timestamp\t" || lines[i].find("\t@timestamp\t") != std::string_view::npos)) header = i;
    }
    if (header == lines.size()) return false;
    const size_t columns = tab_cells(lines[header]);
    std::vector<bool> blank(lines.size(), false);
    for (size_t i = header + 1; i < lines.size(); ++i) {
        const std::string_view t = trim(lines[i]);
        if (footer(t)) {
            blank[i] = true;
        } else if (panel_opener(t)) {
            // Up to the next row of the table: as many cells as the header, not a field row.
            size_t j = i;
            while (j < lines.size() && !(tab_cells(lines[j]) == columns && lines[j].find("\t@timestamp\t") == std::string_view::npos &&
                                         lines[j].substr(0, 2) != "t\t" && lines[j].substr(0, 2) != "#\t"))
                blank[j++] = true;
            i = j - 1;
        }
    }
    if (std::none_of(blank.begin(), blank.end(), [](bool b) { return b; })) return false;
    out = with_blank_lines(lines, blank, text.size());
    return true;
}

}  // namespace ownercheck::ingest
