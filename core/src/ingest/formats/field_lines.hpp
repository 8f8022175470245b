#pragma once
// Lines that hold one field each, the way a details pane or a database client's vertical display
// prints a record: "IP: 85.1.2.3", "ip         | 85.1.2.3" (psql \x), "IP<TAB>85.1.2.3" (a two-column
// table copied from a browser), "登录时间：2026-03-01 10:22" (full-width colon). Shared by the
// detector and the vertical-records parser, so both read a line the same way.

#include <string_view>

namespace ownercheck::ingest {

// Splits a field line into its key and value (both trimmed; the value may be empty). False when
// the line is not one field: no separator, or what precedes it does not read as a key (a
// timestamp, a sentence, a syslog prefix).
bool split_field_line(std::string_view line, std::string_view& key, std::string_view& value);

// A line that only separates records: psql "-[ RECORD 3 ]-----+------", MySQL
// "*************************** 3. row ***************************", or a rule ("-----", "=====").
bool is_record_banner(std::string_view line);

}  // namespace ownercheck::ingest
