#include "claims/extract.hpp"

namespace ownercheck {

// Placeholder seam: per-language extractors plug in here.
std::vector<Claim> extract_claims(const Analysis&) { return {}; }

}  // namespace ownercheck
