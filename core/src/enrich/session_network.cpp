#include "enrich/session_network.hpp"

namespace ownercheck {

namespace {

constexpr int64_t kSessionSeconds = 30 * 60;

bool bare(const Event& e) { return e.ip.empty() && e.user_agent.empty() && e.device_id.empty(); }

}  // namespace

void inherit_session_network(std::vector<Event>& timeline) {
    for (size_t i = 0; i < timeline.size(); ++i) {
        Event& change = timeline[i];
        if (!is_security_change(change.type) || !bare(change)) continue;
        const Event* session = nullptr;
        bool ambiguous = false;
        for (size_t k = i; k-- > 0;) {
            const Event& e = timeline[k];
            if (change.time - e.time > kSessionSeconds) break;
            // Only the same paste's sign-ins: another block's clock may be off by its zone.
            if (e.type != EventType::LoginSuccess || e.ip.empty() || e.src.block != change.src.block) continue;
            if (session && session->ip != e.ip) ambiguous = true;
            if (!session) session = &e;
        }
        if (!session || ambiguous) continue;
        // What the sign-in knows of where and on what it happened; not what the change was.
        change.ip = session->ip;
        change.asn = session->asn;
        change.org = session->org;
        change.country = session->country;
        change.city = session->city;
        change.network = session->network;
        change.lat = session->lat;
        change.lon = session->lon;
        change.located = session->located;
        change.location_precision = session->location_precision;
        change.ip_table_filled = session->ip_table_filled;
        change.user_agent = session->user_agent;
        change.ua = session->ua;
        change.device_id = session->device_id;
    }
}

}  // namespace ownercheck
