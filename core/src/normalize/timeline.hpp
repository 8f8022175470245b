#pragma once
// Normalise: one timeline of all events of all blocks, oldest first, and the case's "now".

#include "model/analysis.hpp"

namespace ownercheck {

// Fills a.timeline from a.ingest (stable order: time, then block, then line), moving the events
// out of each block's event_list, and a.now from opened_at, or the newest event when the case has
// none.
void build_timeline(Analysis& a);

}  // namespace ownercheck
