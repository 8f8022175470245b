#include "ingest/formats/csv_reader.hpp"

#include <algorithm>
#include <cstring>

namespace ownercheck::ingest {

bool CsvReader::next(std::vector<std::string_view>& fields, int& line) {
    fields.clear();
    spans_.clear();
    scratch_.clear();
    unterminated_ = false;
    const size_t n = text_.size();
    const char* d = text_.data();
    // Skip blank lines.
    while (pos_ < n) {
        size_t p = pos_;
        while (p < n && (d[p] == '\r' || d[p] == ' ')) ++p;
        if (p < n && d[p] == '\n') {
            pos_ = p + 1;
            ++line_;
            continue;
        }
        if (p >= n) {
            pos_ = n;
            return false;
        }
        break;
    }
    if (pos_ >= n) return false;
    line = line_;
    for (;;) {
        size_t p = pos_;
        if (p < n && d[p] == '"') {
            // Quoted field: find the closing quote, honouring "" escapes.
            size_t q = p + 1;
            bool escaped = false;
            bool closed = false;
            size_t end = q;
            while (q < n) {
                const void* hit = std::memchr(d + q, '"', n - q);
                if (!hit) break;
                const size_t k = static_cast<size_t>(static_cast<const char*>(hit) - d);
                if (k + 1 < n && d[k + 1] == '"') {
                    escaped = true;
                    q = k + 2;
                    continue;
                }
                end = k;
                closed = true;
                break;
            }
            if (closed) {
                line_ += static_cast<int>(std::count(d + p + 1, d + end, '\n'));
                if (escaped) {
                    const size_t start = scratch_.size();
                    for (size_t k = p + 1; k < end; ++k) {
                        scratch_.push_back(d[k]);
                        if (d[k] == '"') ++k;  // "" -> "
                    }
                    spans_.push_back({start, scratch_.size() - start, true});
                } else {
                    spans_.push_back({p + 1, end - p - 1, false});
                }
                p = end + 1;
                // Stray text between the closing quote and the delimiter is dropped ("a"b,).
                while (p < n && d[p] != delim_ && d[p] != '\n') ++p;
            } else {
                unterminated_ = true;  // read the quote as a literal character
                size_t e = p;
                while (e < n && d[e] != delim_ && d[e] != '\n') ++e;
                size_t len = e - p;
                if (len > 0 && e <= n && d[p + len - 1] == '\r' && (e == n || d[e] == '\n')) --len;
                spans_.push_back({p, len, false});
                p = e;
            }
        } else {
            size_t e = p;
            while (e < n && d[e] != delim_ && d[e] != '\n') ++e;
            size_t len = e - p;
            if (len > 0 && d[p + len - 1] == '\r' && (e == n || d[e] == '\n')) --len;
            spans_.push_back({p, len, false});
            p = e;
        }
        if (p < n && d[p] == delim_) {
            pos_ = p + 1;
            continue;
        }
        // End of record.
        if (p < n && d[p] == '\n') {
            ++line_;
            pos_ = p + 1;
        } else {
            pos_ = n;
        }
        break;
    }
    fields.reserve(spans_.size());
    for (const Span& s : spans_)
        fields.push_back(s.scratch ? std::string_view(scratch_).substr(s.begin, s.len) : text_.substr(s.begin, s.len));
    return true;
}

}  // namespace ownercheck::ingest
