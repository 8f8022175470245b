#include "enrich/enrich.hpp"

#include "enrich/network_enrich.hpp"
#include "enrich/user_agent.hpp"

namespace ownercheck {

// Each enricher fills its own fields of every event: the user agent (browser, OS, device, kind),
// then the network (hosting, VPN, private…) and the place (coordinates).
void enrich_events(Analysis& a) {
    enrich_user_agents(a.timeline);
    enrich_networks_and_places(a);
}

}  // namespace ownercheck
