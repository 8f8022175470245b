// The flexible timestamp parser (every format in the contract, day/month order hints).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/timestamp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)ownercheck::ingest::parse_timestamp(text);
    ownercheck::ingest::TimeHints hints;
    size_t consumed = 0;
    if (ownercheck::ingest::parse_timestamp_prefix(text, hints, consumed) && consumed > size) std::abort();
    (void)ownercheck::ingest::vote_date_order(text);
    return 0;
}
