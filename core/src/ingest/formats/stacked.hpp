#pragma once
// Grids pasted one cell per line: what copying a login history from a web panel built of <div>s
// gives (no tabs, each cell on its own line):
//
//   Date                      <- a header, one cell per line (or one tab-separated line), optional
//   IP address
//   ...
//   2026-03-01 10:22:11       <- every record has the same number of cells, one of them a time
//   85.1.2.3
//   Berlin, Germany
//   Chrome (Windows)
//   Success
//   2026-03-02 11:02:54
//   ...
//
// Records are found by their time cells: a line that is nothing but a timestamp, at a steady
// distance from the next one. Columns take their roles from the header when there is one, else
// from their values (infer_roles.hpp).

#include <optional>
#include <string_view>
#include <vector>

#include "ingest/roles.hpp"

namespace ownercheck::ingest {

struct StackedLayout {
    struct Cell {
        std::string_view text;  // trimmed, never empty
        int line;
    };
    std::vector<Cell> cells;       // the block's non-blank lines
    std::vector<size_t> stamps;    // indices in `cells` of the time cells, one per record
    size_t columns = 0;            // cells per record
    size_t time_column = 0;        // position of the time cell within its record
    std::vector<Role> roles;       // from the header; empty when there is none (infer from values)
    std::vector<std::string_view> header;
};

// The layout of the first `max_lines` lines of `text` (0: all), or nothing when they are not
// one grid cell per line.
std::optional<StackedLayout> stacked_layout(std::string_view text, size_t max_lines = 0);

}  // namespace ownercheck::ingest
