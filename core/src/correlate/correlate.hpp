#pragma once
// Correlate: one checker per claim topic judges each claim against the timeline.

#include "model/analysis.hpp"

namespace ownercheck {

// Fills verdict, evidence and explanation of every claim in a.claims.
void check_claims(Analysis& a);

}  // namespace ownercheck
