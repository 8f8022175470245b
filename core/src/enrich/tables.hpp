#pragma once
// The big data tables (IP ranges, ASN names, cities) are not compiled in: they are generated at
// build time into data/<name>.bin (scripts/gen_tables.py) and handed to the core as bytes by
// whoever hosts it, the CLI from files next to the binary or $OWNERCHECK_DATA_DIR, the web page
// lazily through the wasm binding. The core does no file I/O. A table that is missing makes the
// enrichment that needs it degrade, and the report says so (Analysis::notes).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck {

class TableStore {
public:
    static TableStore& global();

    // Takes the bytes of data/<name>.bin. Checks the magic and format version and the sizes the
    // header announces; returns "" on success, else why it was refused (the table stays absent).
    std::string add(std::string_view name, std::string bytes);
    // The bytes of a loaded table, or nullptr. Shared, so a table replaced meanwhile stays alive.
    std::shared_ptr<const std::string> get(std::string_view name) const;
    bool has(std::string_view name) const { return get(name) != nullptr; }
    void clear();

    // Every table the core can use, in the order a host should load them (smallest first).
    static const std::vector<std::string>& known_names();

private:
    struct Impl;
    std::shared_ptr<Impl> impl_;
    TableStore();
};

}  // namespace ownercheck
