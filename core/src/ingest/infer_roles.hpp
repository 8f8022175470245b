#pragma once
// Column roles from values, for tables pasted without a header (or with header words the synonym
// table does not know), and for grids whose cells were pasted one per line (formats/stacked.cpp).

#include <string>
#include <vector>

#include "ingest/roles.hpp"

namespace ownercheck::ingest {

// The roles of `columns` columns, from the values of the first rows. `known` holds roles already
// decided from a header (None where the header said nothing); only the other columns are looked
// at, and only roles no other column has are given. A column takes a role when 70% of its
// non-empty values look like it: a timestamp, an IP, a user agent, a device ("Chrome (Windows)",
// "iPhone 15"), a country code, a place ("Berlin, Germany"), an event, an outcome, an amount, an
// asset ticker. With `text_is_event` (a delimited table without a header), the column of longest
// text that took no role is the event when no column is.
std::vector<Role> infer_roles(const std::vector<std::vector<std::string>>& rows, size_t columns, std::vector<Role> known = {},
                              bool text_is_event = false);

}  // namespace ownercheck::ingest
