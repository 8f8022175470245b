#pragma once
// Loads the generated tables (data/<name>.bin, see scripts/gen_tables.py) into TableStore for the
// tests, the way the CLI does: $OWNERCHECK_DATA_DIR, else OWNERCHECK_TABLES_DIR (set by
// cmake/data_tables.cmake), else data/ next to the build tree's binaries.

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "enrich/tables.hpp"

namespace test_support {

inline std::vector<std::string> table_dirs() {
    std::vector<std::string> dirs;
    if (const char* e = std::getenv("OWNERCHECK_DATA_DIR")) dirs.push_back(e);
#ifdef OWNERCHECK_TABLES_DIR
    dirs.push_back(OWNERCHECK_TABLES_DIR);
#endif
    dirs.push_back("data");
    dirs.push_back("../data");
    return dirs;
}

// Loads every known table found; returns how many were loaded. `errors` collects refusals.
inline int load_tables(std::string& errors) {
    int loaded = 0;
    for (const auto& name : ownercheck::TableStore::known_names()) {
        if (ownercheck::TableStore::global().has(name)) { ++loaded; continue; }
        for (const auto& dir : table_dirs()) {
            std::ifstream f(dir + "/" + name + ".bin", std::ios::binary);
            if (!f) continue;
            std::ostringstream s;
            s << f.rdbuf();
            const std::string err = ownercheck::TableStore::global().add(name, s.str());
            if (err.empty()) ++loaded; else errors += err + "\n";
            break;
        }
    }
    return loaded;
}

// Whether the build promised tables (cmake/data_tables.cmake defines OWNERCHECK_TABLES_DIR):
// then a missing table fails the test instead of skipping the data-dependent checks.
inline bool tables_required() {
#ifdef OWNERCHECK_TABLES_DIR
    return true;
#else
    return std::getenv("OWNERCHECK_DATA_DIR") != nullptr;
#endif
}

// The unpacked npm packages (scripts/fetch-data.sh), for agreement tests against the sources.
inline std::string npm_pkg_dir() {
    if (const char* e = std::getenv("OWNERCHECK_NPM_PKG_DIR")) return e;
#ifdef OWNERCHECK_NPM_PKG_DIR
    return OWNERCHECK_NPM_PKG_DIR;
#else
    const char* cache = std::getenv("OWNERCHECK_CACHE");
    const char* home = std::getenv("HOME");
    if (cache) return std::string(cache) + "/npm-data/pkg";
    return std::string(home ? home : ".") + "/.cache/ownercheck/npm-data/pkg";
#endif
}

}  // namespace test_support
