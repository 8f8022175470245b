#pragma once
// One event pasted twice: a SIEM's event list and the raw payloads under it, a security log and
// the ledger beside it. Read as two, it counts twice in every signal and claim check.

#include <vector>

#include "model/event.hpp"

namespace ownercheck {

// Folds, in a sorted timeline, each event that another block already holds (same second, same
// kind, same address, or the same sum of the same asset) into the first one read: its line joins
// the kept event's `also`, and fields the kept event lacks are taken from it (a user agent one
// view shows and the other does not).
void fold_same_events(std::vector<Event>& timeline);

}  // namespace ownercheck
