#include "enrich/enrich.hpp"

namespace ownercheck {

// Placeholder seam: the user-agent, network and place enrichers plug in here.
void enrich_events(Analysis&) {}

}  // namespace ownercheck
