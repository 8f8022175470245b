// impossible_travel: two consecutive successful, located events whose implied speed no traveller
// reaches. Hosting/VPN exits are skipped (their place is a data centre, not the person), short
// jumps are geo-IP noise unless a network the history never used makes them (see short_hop), and
// a jump the baseline shows again and again is the owner's pattern.

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::signals {

namespace {

double km_between(const Event& x, const Event& y) {
    constexpr double kEarthKm = 6371.0088;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dlat = (y.lat - x.lat) * kRad, dlon = (y.lon - x.lon) * kRad;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(x.lat * kRad) * std::cos(y.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

// A jump shorter than min_km is usually geo-IP noise: one person's home line and mobile carrier
// are placed in different cities. It is judged only when it is minutes long and one side comes from
// a network the account's history never used while the other comes from one it did: the owner's
// own two networks are both familiar, an intruder's proxy is not.
struct ShortHopLimits {
    double min_km;
    int64_t within_seconds;
};

bool short_hop(const Baseline& b, const Event& x, const Event& y, double km, int64_t seconds, double max_kmh, const ShortHopLimits& lim) {
    if (km < lim.min_km || seconds > lim.within_seconds || km / (static_cast<double>(seconds) / 3600.0) <= max_kmh) return false;
    const Familiarity nx = b.network(x), ny = b.network(y);
    return (nx == Familiarity::Familiar && ny == Familiarity::Unfamiliar) ||
           (nx == Familiarity::Unfamiliar && ny == Familiarity::Familiar);
}

// A phone abroad on hotel Wi-Fi and on its own mobile data: roaming data is routed through the home
// operator, so the same phone shows in two countries within minutes. One device the account has long
// used (the same user agent on both sides), one side a network the account has long used.
bool roaming(const Baseline& b, const Event& x, const Event& y) {
    if (x.user_agent.empty() || x.user_agent.id() != y.user_agent.id()) return false;
    if (b.device(x) != Familiarity::Familiar) return false;
    return b.network(x) == Familiarity::Familiar || b.network(y) == Familiarity::Familiar;
}

// A traveller's two devices minutes apart: the phone on its own mobile data, routed home, and the
// laptop on the hotel's Wi-Fi abroad. Both devices the account has long used, the home side on a
// network the account has long used.
bool two_own_devices(const Baseline& b, const Event& x, const Event& y) {
    if (x.user_agent.empty() || y.user_agent.empty() || x.user_agent.id() == y.user_agent.id()) return false;
    if (b.device(x) != Familiarity::Familiar || b.device(y) != Familiarity::Familiar) return false;
    return b.network(x) == Familiarity::Familiar || b.network(y) == Familiarity::Familiar;
}

// A satellite or in-flight network (signals.json impossible_travel.unplaced_*): its place is a
// ground station, not where its user is.
bool unplaced_network(const Event& e) {
    const auto& cfg = config("impossible_travel");
    for (const auto& asn : cfg.value("unplaced_asns", nlohmann::json::array()))
        if (e.asn == asn.get<std::string>()) return true;
    const std::string org = lower(e.org);
    for (const auto& w : cfg.value("unplaced_org_words", nlohmann::json::array()))
        if (!org.empty() && org.find(w.get<std::string>()) != std::string::npos) return true;
    return false;
}

std::string pair_key(const Event& x, const Event& y) {
    std::string p = lower(place_label(x)), q = lower(place_label(y));
    return p < q ? p + "|" + q : q + "|" + p;
}

}  // namespace

void detect_impossible_travel(const Analysis& a, const Baseline& b, Signals& out) {
    const double max_kmh = config_number("impossible_travel", "max_kmh", 900);
    const double min_km = config_number("impossible_travel", "min_km", 500);
    const int repeats = static_cast<int>(config_number("impossible_travel", "baseline_repeats_to_explain", 2));
    // Nobody flies gate to gate: a trip of min_km or more also costs the way to and from airports
    // (or stations), so 600 km in an hour is impossible although 600 km/h is below cruise speed.
    const int64_t overhead = static_cast<int64_t>(config_number("impossible_travel", "min_trip_overhead_minutes", 0) * 60);
    // Read once: the path below is every located sign-in of a paste that may hold a million.
    const ShortHopLimits hop{config_number("impossible_travel", "short_hop_min_km", 150),
                             static_cast<int64_t>(config_number("impossible_travel", "short_hop_max_minutes", 20) * 60)};

    std::vector<const Event*> path;
    std::map<std::pair<const void*, const void*>, bool> unplaced;  // by interned identity: a paste repeats a few networks
    for (const Event& e : a.timeline) {
        if (!e.located || !e.success || e.type == EventType::LoginFailure || is_hosting_or_vpn(e)) continue;
        auto [u, added] = unplaced.try_emplace({e.asn.id(), e.org.id()}, false);
        if (added) u->second = unplaced_network(e);
        if (!u->second) path.push_back(&e);
    }

    struct Jump { const Event* from; const Event* to; double km; int64_t seconds; int64_t fastest; bool short_hop; };
    std::vector<Jump> jumps;
    std::map<std::string, int> baseline_jumps;
    for (size_t i = 1; i < path.size(); ++i) {
        const Event& x = *path[i - 1];
        const Event& y = *path[i];
        const double km = km_between(x, y);
        const int64_t seconds = std::max<int64_t>(60, y.time - x.time);
        if (km < min_km) {
            if (b.in_recent(y) && short_hop(b, x, y, km, seconds, max_kmh, hop))
                jumps.push_back({&x, &y, km, seconds, static_cast<int64_t>(km / max_kmh * 3600.0), true});
            continue;
        }
        const int64_t fastest = static_cast<int64_t>(km / max_kmh * 3600.0) + overhead;
        if (seconds >= fastest) continue;
        if (!b.in_recent(y)) ++baseline_jumps[pair_key(x, y)];
        else jumps.push_back({&x, &y, km, seconds, fastest, false});
    }
    for (const Jump& j : jumps) {
        const double kmh = j.km / (static_cast<double>(j.seconds) / 3600.0);
        std::string text = place_label(*j.from) + " " + format_hm(j.from->time) + " UTC then " + place_label(*j.to) + " " +
                           format_hm(j.to->time) + " UTC: " + thousands(j.km) + " km in " + minutes_text(j.seconds) + " (" +
                           thousands(kmh) + " km/h)";
        if (kmh <= max_kmh) text += "; with the way to and from airports such a trip takes at least " + minutes_text(j.fastest);
        Signal s;
        if (j.short_hop) {
            // Geo-IP misplaces by a few hundred km; the unfamiliar network is what makes it two people.
            const bool device_too = b.device(*j.to) == Familiarity::Unfamiliar || b.device(*j.from) == Familiarity::Unfamiliar;
            s = make_signal("impossible_travel", device_too ? 2 : 1, {j.from->src, j.to->src},
                            text + "; one of the two networks is one the account never used before");
        } else if (baseline_jumps[pair_key(*j.from, *j.to)] >= repeats) {
            s = make_signal("impossible_travel", 0, {j.from->src, j.to->src},
                            text + "; the account's history shows this same jump repeatedly (a VPN or proxy pattern)");
            s.explained_by_baseline = true;
        } else if (roaming(b, *j.from, *j.to)) {
            s = make_signal("impossible_travel", 1, {j.from->src, j.to->src},
                            text + "; the same device the account has long used, on both sides, one of them the account's own "
                                   "network: a phone's mobile data is routed home while it roams, so this may be one person abroad");
        } else if (two_own_devices(b, *j.from, *j.to)) {
            // Medium, not low: a copied user agent makes a familiar device too; the other signals decide.
            s = make_signal("impossible_travel", 2, {j.from->src, j.to->src},
                            text + "; two devices the account has long used, one of them on the account's own network: a phone "
                                   "on roaming data routed home beside a laptop on a network abroad may be one person travelling");
        } else {
            // From a device or country the history does not know: the second place is someone else.
            const bool novel = b.device(*j.to) == Familiarity::Unfamiliar || b.new_country(*j.to) ||
                               b.device(*j.from) == Familiarity::Unfamiliar || b.new_country(*j.from);
            s = make_signal("impossible_travel", novel ? 3 : 2, {j.from->src, j.to->src}, text);
        }
        out.push_back(std::move(s));
    }
}

}  // namespace ownercheck::signals
