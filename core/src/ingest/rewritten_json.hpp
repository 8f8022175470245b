#pragma once
// Shared by the rewrites that turn a tool's text into one JSON array, a record on the line it came
// from (sql_inserts, numbered_entries, visit_log): quoting a value, and closing and joining the lines.

#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::ingest {

// Appends `v` as a JSON string; a control character (a line break inside a value) becomes a space,
// so each record stays on its line.
void append_json_string(std::string& out, std::string_view v);

// Closes the array on the last line that holds a record and joins the lines with '\n', one line
// out for each line in (line numbers stay the paste's).
std::string join_json_lines(std::vector<std::string>& lines, size_t reserve);

}  // namespace ownercheck::ingest
