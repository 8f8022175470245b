#include "correlate/correlate.hpp"

namespace ownercheck {

// Placeholder seam: per-topic checkers plug in here.
void check_claims(Analysis&) {}

}  // namespace ownercheck
