// Format detection and every log parser, on arbitrary pasted text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ownercheck::BlockIngest b = ownercheck::ingest_block(0, text);
    // What ingest says about itself must add up.
    if (b.events != static_cast<int>(b.event_list.size())) std::abort();
    if (b.rows < 0 || b.skipped < 0 || b.skipped > b.rows) std::abort();
    for (const auto& e : b.event_list)
        if (e.src.block != 0 || e.src.line < 1) std::abort();
    (void)ownercheck::looks_like_logs(text);
    return 0;
}
