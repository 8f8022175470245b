#pragma once
// A tab-separated table copied from a log console with each row's details in between: Graylog
// prints the full message under every row, CloudWatch Logs Insights a "Field / Value" list under
// an expanded row (whose first cell is the ▶/▼ toggle). The details repeat what the row's columns
// say, in a shape no detector can read as the table's; rewritten once before detection, those
// lines become empty lines (line numbers stay the paste's) and the table is read as one.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

bool rewrite_detail_lines(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
