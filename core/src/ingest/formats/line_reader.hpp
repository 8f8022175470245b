#pragma once
// Walks a block line by line, numbering from 1 as the report cites them; CR before LF is dropped.

#include <cstring>
#include <string_view>

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

}  // namespace ownercheck::ingest
