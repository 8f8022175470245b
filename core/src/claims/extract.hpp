#pragma once
// Claims: what the client asserts in their reply, typed, with the line it stands on.

#include <vector>

#include "model/analysis.hpp"

namespace ownercheck {

// Reads every answers block (kind answers, or auto and not logs) of a.input; resolves relative
// dates against a.now. Claim ids are C1, C2... in order of appearance.
std::vector<Claim> extract_claims(const Analysis& a);

namespace claims {
// Evidence block b is the client's reply: kind answers, or auto and not read as logs.
bool is_reply_block(const Analysis& a, size_t b);
}  // namespace claims

}  // namespace ownercheck
