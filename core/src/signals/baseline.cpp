#include "signals/baseline.hpp"

#include <algorithm>

#include "signals/signal_common.hpp"

namespace ownercheck::signals {

bool is_successful_login(const Event& e) {
    return e.type == EventType::LoginSuccess && e.success;
}

std::string network_source(const Event& e) {
    if (!e.asn.empty()) return "AS" + e.asn;
    return ip_prefix(e.ip);
}

Familiarity Baseline::device(const Event& e) const {
    const std::string key = device_key(e);
    if (key.empty() || devices.empty()) return Familiarity::Unknown;
    if (!devices.count(key)) return Familiarity::Unfamiliar;
    // Browsers update themselves: the same family and OS many versions *older* than the owner's
    // is another machine (or a spoofed user agent), not the owner's browser.
    const auto it = newest_major.find(key);
    const int v = browser_major(e.user_agent);
    const int max_down = static_cast<int>(config_number("baseline", "max_version_downgrade", 6));
    if (it != newest_major.end() && v >= 0 && it->second - v > max_down) return Familiarity::Unfamiliar;
    return Familiarity::Familiar;
}

Familiarity Baseline::network(const Event& e) const {
    if (e.ip.empty() && e.asn.empty()) return Familiarity::Unknown;
    if (ips.empty() && asns.empty()) return Familiarity::Unknown;
    if (!e.ip.empty() && ips.count(e.ip)) return Familiarity::Familiar;
    const std::string prefix = ip_prefix(e.ip);
    if (!prefix.empty() && prefixes.count(prefix)) return Familiarity::Familiar;
    if (!e.asn.empty() && asns.count(e.asn)) return Familiarity::Familiar;
    return Familiarity::Unfamiliar;
}

bool Baseline::new_country(const Event& e) const {
    if (e.country.empty() || countries.empty()) return false;
    return countries.count(lower(e.country)) == 0;
}

bool Baseline::habitual_hosting(const Event& e) const {
    if (logins.empty()) return false;
    if (network(e) == Familiarity::Familiar) return true;
    const std::string src = network_source(e);
    if (!src.empty() && hosting_sources.count(src)) return true;
    const double share = static_cast<double>(hosting_logins) / static_cast<double>(logins.size());
    return share >= config_number("baseline", "habitual_network_share", 0.2);
}

Baseline build_baseline(const Analysis& a) {
    Baseline b;
    b.now = a.now;
    if (b.now <= 0)
        for (const Event& e : a.timeline) b.now = std::max(b.now, e.time);
    const int64_t recent_days = static_cast<int64_t>(config_number("baseline", "recent_days", 14));
    const size_t min_logins = static_cast<size_t>(config_number("baseline", "min_logins", 3));
    b.recent_start = b.now - recent_days * 86400;

    std::vector<const Event*> successes;
    for (const Event& e : a.timeline)
        if (is_successful_login(e)) successes.push_back(&e);
    std::stable_sort(successes.begin(), successes.end(), [](const Event* x, const Event* y) { return x->time < y->time; });

    for (const Event* e : successes)
        if (e->time < b.recent_start) b.logins.push_back(e);
    if (b.logins.size() < min_logins) {
        // Short history: learn from the oldest two thirds of the sign-ins and judge the rest.
        b.logins.clear();
        const size_t n = successes.size() * 2 / 3;
        if (n >= min_logins) {
            b.logins.assign(successes.begin(), successes.begin() + static_cast<std::ptrdiff_t>(n));
            b.recent_start = std::min(b.recent_start, successes[n]->time);
        } else {
            b.thin = true;
        }
    }

    for (const Event* e : b.logins) {
        if (const std::string k = device_key(*e); !k.empty()) {
            ++b.devices[k];
            const int v = browser_major(e->user_agent);
            if (v >= 0 && (!b.newest_major.count(k) || v > b.newest_major[k])) b.newest_major[k] = v;
        }
        if (!e->country.empty()) ++b.countries[lower(e->country)];
        if (!e->asn.empty()) ++b.asns[e->asn];
        if (!e->ip.empty()) ++b.ips[e->ip];
        if (const std::string p = ip_prefix(e->ip); !p.empty()) ++b.prefixes[p];
        ++b.places[lower(place_label(*e))];
        if (is_hosting_or_vpn(*e)) {
            ++b.hosting_logins;
            if (const std::string s = network_source(*e); !s.empty()) ++b.hosting_sources[s];
        }
    }
    for (const Event& e : a.timeline)
        if (e.time >= b.recent_start && has_access_info(e)) b.recent.push_back(&e);
    std::stable_sort(b.recent.begin(), b.recent.end(), [](const Event* x, const Event* y) { return x->time < y->time; });
    return b;
}

}  // namespace ownercheck::signals
