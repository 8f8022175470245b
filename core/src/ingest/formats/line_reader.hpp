#pragma once
// Walks a block line by line, numbering from 1 as the report cites them; CR before LF is dropped.

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::ingest {

class LineReader {
public:
    explicit LineReader(std::string_view text, size_t offset = 0, int first_line = 1)
        : text_(text), pos_(offset), line_(first_line) {}
    bool next(std::string_view& line, int& number) {
        if (pos_ >= text_.size()) return false;
        const char* base = text_.data() + pos_;
        const void* nl = std::memchr(base, '\n', text_.size() - pos_);
        const size_t end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text_.data()) : text_.size();
        line = text_.substr(pos_, end - pos_);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        number = line_++;
        pos_ = end + 1;
        return true;
    }
    size_t offset() const { return pos_; }

private:
    std::string_view text_;
    size_t pos_;
    int line_;
};

// Every line of `text`, as LineReader cuts them.
inline std::vector<std::string_view> split_into_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::string_view line;
    int no = 0;
    for (LineReader lr(text); lr.next(line, no);) lines.push_back(line);
    return lines;
}

// The lines again, those marked in `blank` left empty: what a pre-pass that drops a console's
// furniture gives the detectors, with every kept line still on its line number of the paste.
inline std::string with_blank_lines(const std::vector<std::string_view>& lines, const std::vector<bool>& blank, size_t size_hint) {
    std::string out;
    out.reserve(size_hint);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (!blank[i]) out.append(lines[i]);
        out += '\n';
    }
    return out;
}

// Rewritten lines back into one text, one line out for each line in.
inline std::string join_lines(const std::vector<std::string>& lines, size_t size_hint) {
    std::string out;
    out.reserve(size_hint);
    for (size_t i = 0; i < lines.size(); ++i) {
        out += lines[i];
        if (i + 1 < lines.size()) out += '\n';
    }
    return out;
}

}  // namespace ownercheck::ingest
