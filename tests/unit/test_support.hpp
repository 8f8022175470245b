#pragma once
// Helpers shared by the unit tests: reading files of the repo and the shared sample.

#include <fstream>
#include <sstream>
#include <string>

namespace test_support {

inline std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

inline std::string source_path(const std::string& rel) { return std::string(OWNERCHECK_SOURCE_DIR) + "/" + rel; }
inline std::string shared_path(const std::string& rel) { return std::string(OWNERCHECK_SHARED_DIR) + "/" + rel; }

}  // namespace test_support
