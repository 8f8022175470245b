#pragma once
// Columns marked by a rule of dash runs under their header ("----------- --------- ------"):
// Splunk's CLI, SQL*Plus, sqlcmd. Used by the aligned-table reader (table.cpp) and the pre-pass
// that rejoins cells wrapped onto lines of their own (wrapped_rows.cpp).

#include <string_view>
#include <vector>

namespace ownercheck::ingest {

struct Cell {
    std::string_view text;
    size_t start;
};

// The rule under a header that marks each column with its own run of dashes, single spaces between
// ("----------- --------- ------", Splunk's CLI, SQL*Plus, sqlcmd): the runs are the columns, so a
// header of two words over two runs ("src_country src_city") is two columns and a value with single
// spaces inside ("AS14061 DIGITALOCEAN-ASN") stays one. Empty when `l` is no such rule.
std::vector<Cell> dash_runs(std::string_view l);

// The cells of `l` under dash runs: each from its run's start to the next run's start, the last
// to the end of the line (the last column's values may be wider than its rule).
std::vector<Cell> cut_at_runs(std::string_view l, const std::vector<Cell>& runs);

}  // namespace ownercheck::ingest
