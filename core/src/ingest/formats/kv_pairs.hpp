#pragma once
// Reading `key=value` pairs out of one line: logfmt records (formats/kv.cpp), and key=value text
// held in one cell of a table (a Splunk export's "_raw", a "details" column; formats/delimited.cpp).

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/roles.hpp"

namespace ownercheck::ingest {

// Where the first `key=` starts (after a space or at the line start), or npos.
size_t first_pair(std::string_view line);

class PairReader {
public:
    // Reads the pairs of `line` from `start`. Values may be double- or single-quoted with
    // backslash escapes; the views stay valid until the next read. `unclosed` gets the key of a
    // quoted value that never closes (empty when none).
    void read(std::string_view line, size_t start, std::string_view& unclosed);
    size_t size() const { return keys_.size(); }
    std::string_view key(size_t i) const { return keys_[i]; }
    std::string_view value(size_t i) const { return store_[i]; }

    // Puts each pair whose key names a role into `values`, where the role is still empty or held
    // by a weaker synonym (`ranks`, lower is stronger).
    void assign(RoleCache& roles, RoleValues& values, RoleRanks& ranks) const;

private:
    std::vector<std::string> store_;  // unescaped values, reused line after line
    std::vector<std::string_view> keys_;
};

}  // namespace ownercheck::ingest
