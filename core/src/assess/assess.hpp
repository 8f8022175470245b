#pragma once
// Assess: weigh claims and signals into a probability and apply the contract's policy.

#include "model/analysis.hpp"

namespace ownercheck {

// Sets the weight of every claim and signal and fills a.assessment.
void assess_case(Analysis& a);

}  // namespace ownercheck
