// The case JSON reader against nlohmann, which read every case before it: it must read exactly
// what nlohmann reads (bar the two refusals model/case_json.hpp documents), and then write the
// same canonical bytes nlohmann's dump() writes, or the fingerprints of old reports would change.
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "json_differential.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string mismatch = json_differential::check(text);
    if (!mismatch.empty()) {
        std::fprintf(stderr, "case JSON reader differs from nlohmann: %s\n", mismatch.c_str());
        __builtin_trap();
    }
    return 0;
}
