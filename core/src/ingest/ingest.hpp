#pragma once
// Ingest: turns each pasted logs block into normalised events, detecting its format.
// One parser per format (ingest/formats/), one detect step (ingest/detect.*).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/case.hpp"
#include "model/ingest_result.hpp"

namespace ownercheck {

// Reads one block's text. Never throws: what cannot be read becomes a warning.
BlockIngest ingest_block(int block_index, std::string_view text);
// The same, with the case's "now" (unix seconds, 0 when unknown): stamps printed without a year
// (syslog "Nov 18 09:12:44") take the year that puts them at or before it.
// `label` is the block's label as pasted ("Withdrawal history"): it decides what a funding row
// without a type column is (exports of one kind list positive amounts either way).
// `room_for_more_events`: the list's capacity leaves that many events' room after this block's own,
// so the timeline can merge other blocks' events into it in place (normalize/timeline.cpp).
BlockIngest ingest_block(int block_index, std::string_view text, int64_t reference_time, std::string_view label = {},
                         size_t room_for_more_events = 0);

// Every block that holds logs (kind logs, or auto and judged to be logs), in block order.
std::vector<BlockIngest> ingest_case(const Case& c);

// For kind "auto": does this text look like pasted logs rather than a client's reply?
bool looks_like_logs(std::string_view text);

}  // namespace ownercheck
