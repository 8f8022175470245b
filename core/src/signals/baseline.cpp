#include "signals/baseline.hpp"

#include <algorithm>
#include <unordered_map>

#include "signals/signal_common.hpp"

namespace ownercheck::signals {

bool is_successful_login(const Event& e) {
    return e.type == EventType::LoginSuccess && e.success;
}

std::string network_source(const Event& e) {
    if (!e.asn.empty()) return "AS" + e.asn;
    return ip_prefix(e.ip);
}

int64_t Baseline::retired_since(const Event& e) const {
    if (!e.device_id.empty() && !device_ids.empty()) {
        const auto it = retired_ids.find(e.device_id.id());
        return it == retired_ids.end() ? 0 : it->second;
    }
    if (retired_keys.empty()) return 0;
    const auto it = retired_keys.find(device_key(e));
    return it == retired_keys.end() ? 0 : it->second;
}

Familiarity Baseline::device(const Event& e) const {
    if (!e.device_id.empty() && !device_ids.empty())
        return device_ids.contains(e.device_id.id()) && !retired_ids.count(e.device_id.id()) ? Familiarity::Familiar : Familiarity::Unfamiliar;
    const std::string key = device_key(e);
    if (key.empty() || devices.empty()) return Familiarity::Unknown;
    if (!devices.count(key) || retired_keys.count(key)) return Familiarity::Unfamiliar;
    // Browsers update themselves: the same family and OS many versions *older* than the owner's
    // is another machine (or a spoofed user agent), not the owner's browser.
    const auto it = newest_major.find(key);
    const int v = browser_major(e.user_agent);
    const int max_down = static_cast<int>(config_number("baseline", "max_version_downgrade", 6));
    if (it != newest_major.end() && v >= 0 && it->second - v > max_down) return Familiarity::Unfamiliar;
    return Familiarity::Familiar;
}

void Baseline::index_networks() const {
    if (networks_indexed_) return;
    networks_indexed_ = true;
    for (const Event* e : logins)
        if (ips_.insert(e->ip.id()))  // a new address may be a new /24
            if (const Interned p = ip_prefix(e->ip); !p.empty()) prefixes_.insert(p.id());
}

Familiarity Baseline::network(const Event& e) const {
    if (e.ip.empty() && e.asn.empty()) return Familiarity::Unknown;
    index_networks();
    if (ips_.empty() && asns.empty()) return Familiarity::Unknown;
    if (!e.ip.empty() && ips_.contains(e.ip.id())) return Familiarity::Familiar;
    const Interned prefix = ip_prefix(e.ip);
    if (!prefix.empty() && prefixes_.contains(prefix.id())) return Familiarity::Familiar;
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

namespace {

// The baseline's devices the account stopped using (Baseline::retired_ids), from the index in
// b.logins (oldest first) of each device's last sign-in: by identifier where the log names its
// devices, else by key. Every sign-in after a device's last is from another device.
void find_retired_devices(Baseline& b, const std::unordered_map<const void*, size_t>& last_by_id,
                          const std::map<std::string, size_t>& last_by_key) {
    if (b.thin || b.logins.empty()) return;
    const int64_t gap = static_cast<int64_t>(config_number("baseline", "retired_after_days", 90)) * 86400;
    const size_t min_others = static_cast<size_t>(config_number("baseline", "retired_min_other_logins", 10));
    auto retired = [&](size_t i) { return b.logins[i]->time <= b.recent_start - gap && b.logins.size() - 1 - i >= min_others; };
    for (const auto& [id, i] : last_by_id)
        if (retired(i)) b.retired_ids[id] = b.logins[i]->time;
    // A key stands for every device that reads the same: only when no identifier tells them apart.
    if (b.device_ids.empty())
        for (const auto& [key, i] : last_by_key)
            if (retired(i)) b.retired_keys[key] = b.logins[i]->time;
}

}  // namespace

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
    const auto by_time = [](const Event* x, const Event* y) { return x->time < y->time; };
    // The timeline is already oldest first; sorting is for callers that built it otherwise.
    if (!std::is_sorted(successes.begin(), successes.end(), by_time)) std::stable_sort(successes.begin(), successes.end(), by_time);

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

    // A history repeats a few devices, countries and networks on sign-in after sign-in: each distinct
    // interned value is turned into its map key once, later sign-ins only bump that counter.
    struct DeviceCounters {
        int* count = nullptr;
        int* newest_major = nullptr;
        size_t* last = nullptr;  // index in b.logins of the device key's last sign-in
        int major = -1;
    };
    std::unordered_map<IdKey<5>, DeviceCounters, IdKeyHash> device_memo;
    std::unordered_map<const void*, int*> country_memo, asn_memo;
    std::unordered_map<const void*, size_t> last_by_id;  // device identifier -> index of its last sign-in
    std::map<std::string, size_t> last_by_key;
    for (size_t index = 0; index < b.logins.size(); ++index) {
        const Event* e = b.logins[index];
        const IdKey<5> device{{e->ua.kind.id(), e->ua.browser.id(), e->ua.os.id(), e->ua.device.id(), e->user_agent.id()}};
        auto d = device_memo.find(device);
        if (d == device_memo.end()) {
            DeviceCounters c;
            if (const std::string k = device_key(*e); !k.empty()) {
                c.count = &b.devices[k];
                c.last = &last_by_key[k];
                c.major = browser_major(e->user_agent);
                if (c.major >= 0) c.newest_major = &b.newest_major.emplace(k, c.major).first->second;
            }
            d = device_memo.emplace(device, c).first;
        }
        if (d->second.count) ++*d->second.count;
        if (d->second.last) *d->second.last = index;
        if (!e->device_id.empty()) {
            b.device_ids.insert(e->device_id.id());
            last_by_id[e->device_id.id()] = index;
        }
        if (d->second.newest_major && d->second.major > *d->second.newest_major) *d->second.newest_major = d->second.major;

        if (!e->country.empty()) {
            auto c = country_memo.find(e->country.id());
            if (c == country_memo.end()) c = country_memo.emplace(e->country.id(), &b.countries[lower(e->country)]).first;
            ++*c->second;
        }
        if (!e->asn.empty()) {
            auto c = asn_memo.find(e->asn.id());
            if (c == asn_memo.end()) c = asn_memo.emplace(e->asn.id(), &b.asns[e->asn]).first;
            ++*c->second;
        }
        if (is_hosting_or_vpn(*e)) {
            ++b.hosting_logins;
            if (const std::string s = network_source(*e); !s.empty()) ++b.hosting_sources[s];
        }
    }
    find_retired_devices(b, last_by_id, last_by_key);
    for (const Event& e : a.timeline)
        if (e.time >= b.recent_start && has_access_info(e)) b.recent.push_back(&e);
    if (!std::is_sorted(b.recent.begin(), b.recent.end(), by_time)) std::stable_sort(b.recent.begin(), b.recent.end(), by_time);
    return b;
}

}  // namespace ownercheck::signals
