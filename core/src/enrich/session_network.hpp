#pragma once
// A security change that a log lists without its own address or device ("Withdrawal address
// added · XLM GB3K…Q4X") was made in the session signed in just before it: it takes that
// session's network, place and device, so that "from a hosting network" and "from a new device"
// are judged on the change as a specialist reads the page.

#include <vector>

#include "model/event.hpp"

namespace ownercheck {

// Fills, in a time-ordered timeline, each security change without address, user agent and device
// id from the one successful sign-in of its own block within the half hour before it; none when
// two sign-ins from different addresses share that half hour (whose session it was is unknown).
void inherit_session_network(std::vector<Event>& timeline);

}  // namespace ownercheck
