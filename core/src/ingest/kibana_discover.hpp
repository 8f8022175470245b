#pragma once
// A Kibana Discover table copied from the browser: tab-separated rows under "@timestamp" and the
// chosen fields, with the page's furniture copied along ("54 hits", the time range, "Rows per
// page: 100") and, where a row was expanded, its document panel in the middle of the table
// ("Expanded document", "View single document", "Table", "JSON", then one "t  field  value" row
// per field). The panel is no part of the table: rewritten once before detection, its lines and
// the footer become empty lines (line numbers stay the paste's).

#include <string>
#include <string_view>

namespace ownercheck::ingest {

bool rewrite_kibana_discover(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
