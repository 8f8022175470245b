#pragma once
// Ingest: turns each pasted logs block into normalised events, detecting its format.
// One parser per format (ingest/formats/), one detect step (ingest/detect.*).

#include <string_view>
#include <vector>

#include "model/case.hpp"
#include "model/ingest_result.hpp"

namespace ownercheck {

// Reads one block's text. Never throws: what cannot be read becomes a warning.
BlockIngest ingest_block(int block_index, std::string_view text);

// Every block that holds logs (kind logs, or auto and judged to be logs), in block order.
std::vector<BlockIngest> ingest_case(const Case& c);

// For kind "auto": does this text look like pasted logs rather than a client's reply?
bool looks_like_logs(std::string_view text);

}  // namespace ownercheck
