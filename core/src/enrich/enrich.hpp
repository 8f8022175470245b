#pragma once
// Enrich: what each event's user agent, network and place are (see enrich/*.cpp).

#include "model/analysis.hpp"

namespace ownercheck {

void enrich_events(Analysis& a);

}  // namespace ownercheck
