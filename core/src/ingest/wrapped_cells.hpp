#pragma once
// A table copied from a web page (an admin panel's HTML table) into the ticket: the browser writes
// each row as tab-separated cells and a cell that wraps ("M247 Europe SRL<br>AS9009", "Password
// reset requested<br>(email sent to j***@orange.fr)") as a bare line break inside the row, with no
// quotes. Such a row spreads over lines whose cells add up to the header's only once the lines are
// joined, each break inside a cell becoming a space. The text is rewritten once before detection:
// every row on its first line, its continuation lines left empty, so line numbers stay the paste's.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` is such a table (a tab
// header, and at least two rows that only add up to it joined); false, `out` untouched, otherwise.
bool rewrite_wrapped_cells(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
