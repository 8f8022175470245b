// The encrypted case file reader on hostile files: a clear error or the plaintext, never a crash.
// (scrypt's cost comes from the file, bounded by the reader to 256 MiB.)
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "crypto/case_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view file(reinterpret_cast<const char*>(data), size);
    const auto r = ownercheck::crypto::open_case_file(file, "correct horse battery staple");
    (void)r;
    return 0;
}
