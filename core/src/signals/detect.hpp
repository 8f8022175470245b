#pragma once
// Signals: one detector per kind, each against the account's own baseline.

#include <vector>

#include "model/analysis.hpp"

namespace ownercheck {

// Runs every detector; signal ids are S1, S2... in a stable order.
std::vector<Signal> detect_signals(const Analysis& a);

}  // namespace ownercheck
