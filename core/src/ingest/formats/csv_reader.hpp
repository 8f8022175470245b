#pragma once
// RFC 4180 records with any one-byte delimiter: quoted fields with "" escapes, delimiters and
// newlines inside quotes, CRLF, blank lines skipped. Fields are views into the text, or into the
// reader's scratch buffer for fields that had escapes; they stay valid until the next call.

#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::ingest {

class CsvReader {
public:
    CsvReader(std::string_view text, char delim, size_t offset = 0, int first_line = 1)
        : text_(text), delim_(delim), pos_(offset), line_(first_line) {}

    // The next non-blank record; `line` is the 1-based line it starts on.
    bool next(std::vector<std::string_view>& fields, int& line);
    // Set when the last record had a quote that never closed (it was then read as a literal).
    bool last_unterminated() const { return unterminated_; }
    size_t offset() const { return pos_; }
    int line() const { return line_; }

private:
    struct Span {
        size_t begin, len;
        bool scratch;
    };
    std::string_view text_;
    char delim_;
    size_t pos_;
    int line_;
    bool unterminated_ = false;
    std::string scratch_;
    std::vector<Span> spans_;
};

}  // namespace ownercheck::ingest
