#pragma once
// Hands the big data tables (IP ranges, ASN names, cities) to the core: the core does no file I/O,
// so the CLI reads data/<name>.bin from $OWNERCHECK_DATA_DIR, else from the folder next to the
// executable (build/data for build/ownercheck, dist/node/data for the node entry).

#include <iosfwd>
#include <string>

namespace ownercheck::cli {

// Loads every table found; a missing file is fine (the report then says what was limited), a file
// the core refuses is reported on `err`. Returns the folder it looked in.
std::string load_data_tables(std::ostream& err);

}  // namespace ownercheck::cli
