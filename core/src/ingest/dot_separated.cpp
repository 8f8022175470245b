#include "ingest/dot_separated.hpp"

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr std::string_view kDot = "\xC2\xB7";  // U+00B7 MIDDLE DOT

// Where each " · " (spaces around the dot, any number) starts and ends in `line`.
int count_separators(std::string_view line) {
    int n = 0;
    for (size_t at = line.find(kDot); at != std::string_view::npos; at = line.find(kDot, at + kDot.size()))
        if (at > 0 && line[at - 1] == ' ' && at + kDot.size() < line.size() && line[at + kDot.size()] == ' ') ++n;
    return n;
}

// A row of a delimited export whose last cells hold dots ("…,Invalid password,Chrome 149 · Windows
// 11 · Türk Telekom (AS9121) · İstanbul"): three delimiters before the first dot make the dots a
// cell's own text, not the line's separators.
bool dots_inside_a_cell(std::string_view line) {
    const size_t first = line.find(kDot);
    int delimiters = 0;
    for (char c : line.substr(0, first)) delimiters += c == ',' || c == ';' || c == '\t' || c == '|';
    return delimiters >= 3;
}

bool dot_separated_line(std::string_view line) { return count_separators(line) >= 3 && !dots_inside_a_cell(line); }

}  // namespace

bool rewrite_dot_separated(std::string_view text, std::string& out) {
    // The panel's lines start within its first screenful; a huge paste is not scanned for dots.
    if (text.substr(0, 64 * 1024).find(kDot) == std::string_view::npos) return false;
    int lines = 0, dotted = 0, no = 0;
    std::string_view line;
    for (LineReader lr(text); lr.next(line, no);) {
        if (trim(line).empty()) continue;
        const bool dots = dot_separated_line(trim(line));
        if (dots || dotted > 0) ++lines;  // counted from the first record: a heading may sit above
        if (dots) ++dotted;
    }
    // The records are most of the block below its heading.
    if (dotted < 3 || dotted * 10 < lines * 6) return false;
    std::string rewritten;
    rewritten.reserve(text.size());
    for (LineReader lr(text); lr.next(line, no);) {
        if (dot_separated_line(trim(line))) {
            const std::string_view t = trim(line);
            for (size_t i = 0; i < t.size();) {
                if (t.substr(i, kDot.size()) == kDot && i > 0 && t[i - 1] == ' ' && i + kDot.size() < t.size() && t[i + kDot.size()] == ' ') {
                    while (!rewritten.empty() && rewritten.back() == ' ') rewritten.pop_back();
                    rewritten += '\t';
                    i += kDot.size();
                    while (i < t.size() && t[i] == ' ') ++i;
                } else {
                    rewritten += t[i++];
                }
            }
        }
        // A line without the dots (heading, profile) is left out: as text it would only be read
        // as a row that is not one. An empty line keeps the numbering.
        rewritten += '\n';
    }
    out = std::move(rewritten);
    return true;
}

}  // namespace ownercheck::ingest
