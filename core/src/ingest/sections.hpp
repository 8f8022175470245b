#pragma once
// A block that holds several tables one after another, each under its own header: a whole admin
// page pasted at once ("Logins" and its table, a blank line, "Withdrawals" and its table). Each
// section is detected and parsed on its own, so the second table's rows are not read with the
// first one's columns; the title above a table tells what its rows are ("Withdrawals").

#include <string_view>
#include <vector>

namespace ownercheck::ingest {

struct Section {
    size_t offset = 0;       // byte offset in the block
    size_t size = 0;         // bytes up to the next section
    int first_line = 1;      // 1-based line of the block where the section starts
    std::string_view title;  // the short line above the table's header, if any
};

// The block's sections: one (the whole block) unless two or more tables, each after a blank
// line and under a header that names a time column and another known column, follow each other.
std::vector<Section> split_sections(std::string_view text);

}  // namespace ownercheck::ingest
