#pragma once
// A citation into the pasted evidence: which block, which line (1-based) of that block's text.
// Every verdict and signal in a report stands on a list of these, so a reader can check it.

#include <compare>

namespace ownercheck {

struct Ref {
    int block = -1;
    int line = 0;
    auto operator<=>(const Ref&) const = default;
};

}  // namespace ownercheck
