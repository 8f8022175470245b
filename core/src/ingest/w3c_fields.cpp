#include "ingest/w3c_fields.hpp"

#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/rewritten_json.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kLookLines = 80;  // the directive heads the file, or the command that printed it

std::vector<std::string_view> split_spaces(std::string_view s) {
    // IIS writes spaces between values, CloudFront's standard log tabs (its values are URL-encoded).
    auto gap = [](char c) { return c == ' ' || c == '\t'; };
    std::vector<std::string_view> out;
    for (size_t i = 0; i < s.size();) {
        while (i < s.size() && gap(s[i])) ++i;
        size_t j = i;
        while (j < s.size() && !gap(s[j])) ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// "u_ex260301.log:44844:2026-03-01 ..." -> "2026-03-01 ...": Select-String's and grep's file and
// line number before the match.
std::string_view without_match_prefix(std::string_view line) {
    const size_t first = line.find(':');
    if (first == std::string_view::npos || first == 0 || line.substr(0, first).find_first_of(" \t") != std::string_view::npos) return line;
    size_t k = first + 1, digits = 0;
    while (k < line.size() && is_digit(line[k])) ++k, ++digits;
    if (digits == 0 || k >= line.size() || line[k] != ':') return line;
    return line.substr(k + 1);
}

}  // namespace

bool rewrite_w3c_fields(std::string_view text, std::string& out) {
    std::vector<std::string_view> fields;
    {
        std::string_view line;
        int no = 0, looked = 0;
        for (LineReader lr(text); looked < static_cast<int>(kLookLines) && lr.next(line, no); ++looked) {
            const std::string_view t = trim(line);
            if (t.substr(0, 8) == "#Fields:") {
                fields = split_spaces(t.substr(8));
                break;
            }
        }
        if (fields.size() < 3) return false;
    }
    size_t xff = fields.size(), client = fields.size();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (iequals(fields[i], "X-Forwarded-For") || iequals(fields[i], "cs(X-Forwarded-For)")) xff = i;
        if (iequals(fields[i], "c-ip")) client = i;
    }
    std::vector<std::string> lines;
    int records = 0;
    std::string_view line;
    int no = 0;
    for (LineReader lr(text); lr.next(line, no);) {
        lines.emplace_back();
        const std::string_view t = trim(without_match_prefix(trim(line)));
        if (t.empty() || t.front() == '#') continue;
        const std::vector<std::string_view> values = split_spaces(t);
        if (values.size() != fields.size()) continue;
        std::string& l = lines.back();
        l += records == 0 ? "[{" : "{";
        for (size_t i = 0; i < fields.size(); ++i) {
            std::string_view v = values[i];
            if (i == client && xff < values.size() && values[xff] != "-") v = values[xff].substr(0, values[xff].find(','));
            if (i > 0) l += ", ";
            append_json_string(l, fields[i]);
            l += ": ";
            append_json_string(l, v == "-" ? std::string_view() : v);
        }
        l += "}";
        ++records;
    }
    if (records < 2) return false;
    // Every record but the last is followed by a comma, on its own line.
    size_t seen = 0;
    for (std::string& l : lines)
        if (!l.empty() && ++seen < static_cast<size_t>(records)) l += ',';
    out = join_json_lines(lines, text.size() + text.size() / 2);
    return true;
}

}  // namespace ownercheck::ingest
