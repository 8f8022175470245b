#include "data_tables.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <unistd.h>
#endif

#include "enrich/tables.hpp"

namespace ownercheck::cli {

namespace {

std::string executable_dir() {
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        std::string path(buf, static_cast<size_t>(n));
        const size_t slash = path.rfind('/');
        if (slash != std::string::npos) return path.substr(0, slash);
    }
#endif
    return ".";
}

}  // namespace

std::string load_data_tables(std::ostream& err) {
    const char* env = std::getenv("OWNERCHECK_DATA_DIR");
    const std::string dir = env && *env ? std::string(env) : executable_dir() + "/data";
    for (const std::string& name : TableStore::known_names()) {
        if (TableStore::global().has(name)) continue;
        std::ifstream f(dir + "/" + name + ".bin", std::ios::binary);
        if (!f) continue;
        std::ostringstream bytes;
        bytes << f.rdbuf();
        const std::string why = TableStore::global().add(name, bytes.str());
        if (!why.empty()) err << "ownercheck: " << dir << "/" << name << ".bin: " << why << "\n";
    }
    return dir;
}

}  // namespace ownercheck::cli
