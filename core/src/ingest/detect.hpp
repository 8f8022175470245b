#pragma once
// The one detect step: which format a block is in, and why, from a sample of its first lines.

#include <string_view>

#include "ingest/formats/formats.hpp"

namespace ownercheck::ingest {

Detection detect_format(std::string_view text);

// Is this line a key=value record (at least two key=value pairs)?
bool is_kv_line(std::string_view line);

// The row count a terminal client prints under a table: psql "(42 rows)", "(1 row)", MySQL
// "42 rows in set (0.01 sec)", "Empty set (0.00 sec)". Not a record.
bool is_table_footer(std::string_view line);
bool is_pager_row(const std::vector<std::string_view>& fields);

}  // namespace ownercheck::ingest
