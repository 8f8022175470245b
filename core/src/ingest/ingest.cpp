#include "ingest/ingest.hpp"

namespace ownercheck {

// Placeholder seam: format detection and parsers plug in here.
BlockIngest ingest_block(int block_index, std::string_view text) {
    BlockIngest b;
    b.block = block_index;
    b.format = text.empty() ? "empty" : "unrecognised";
    b.format_reason = "no parser yet";
    return b;
}

bool looks_like_logs(std::string_view) { return false; }

std::vector<BlockIngest> ingest_case(const Case& c) {
    std::vector<BlockIngest> out;
    for (size_t i = 0; i < c.evidence.size(); ++i) {
        const EvidenceBlock& b = c.evidence[i];
        if (b.kind == BlockKind::Logs || (b.kind == BlockKind::Auto && looks_like_logs(b.text)))
            out.push_back(ingest_block(static_cast<int>(i), b.text));
    }
    return out;
}

}  // namespace ownercheck
