#include "enrich/enrich.hpp"

#include "enrich/network_enrich.hpp"
#include "enrich/session_network.hpp"
#include "enrich/user_agent.hpp"

namespace ownercheck {

// Each enricher fills its own fields of every event: the user agent (browser, OS, device, kind),
// then the network (hosting, VPN, private…) and the place (coordinates); last, the security
// changes a log lists bare take those of the session they were made in.
void enrich_events(Analysis& a) {
    enrich_user_agents(a.timeline);
    enrich_networks_and_places(a);
    inherit_session_network(a.timeline);
}

}  // namespace ownercheck
