#include "enrich/network_enrich.hpp"

#include <set>
#include <vector>
#include <unordered_map>

#include "enrich/address_check.hpp"
#include "enrich/gazetteer.hpp"
#include "enrich/ip_lookup.hpp"
#include "enrich/network_class.hpp"

namespace ownercheck {
namespace {

bool is_alpha2(std::string_view s) {
    return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) && std::isupper(static_cast<unsigned char>(s[1]));
}

}  // namespace

void enrich_networks_and_places(Analysis& a) {
    // A paste repeats the same addresses, networks and places on line after line: each distinct
    // value is looked up once, keyed by its interned identity (util/interned.hpp).
    // Addresses repeat, but a paste may also hold a million distinct ones: a fixed direct-mapped
    // cache keeps the repeats cheap without a table that grows with the paste.
    // What this stage keeps of a lookup: 24 bytes, not a whole IpInfo of strings (~190 bytes; 4,096
    // of them were built and cleared on every case, a typical case's largest allocation).
    struct IpSlot {
        const void* id = nullptr;
        uint32_t asn = 0;
        bool parsed = false, special = false, asn_table = false;
        Interned country;
    };
    constexpr int kIpCacheBits = 12;
    std::vector<IpSlot> ip_cache(size_t{1} << kIpCacheBits);
    std::unordered_map<const void*, Interned> country_cache;  // a country name -> its code
    std::unordered_map<const void*, Interned> org_cache;      // an ASN -> its name
    std::unordered_map<IdKey<2>, Interned, IdKeyHash> network_cache;  // (asn, org) -> class
    std::unordered_map<IdKey<2>, Place, IdKeyHash> place_cache;       // (city, country) -> place
    std::unordered_map<const void*, Place> country_place_cache;       // country code -> centroid
    bool ip_table_missing = false, gazetteer_missing = false;
    std::set<std::string> unknown_cities;
    const Interned private_class = "private", unknown_class = "unknown", city_precision = "city",
                   country_precision = "country";

    for (Event& e : a.timeline) {
        // Country given as a name: normalise to the code the other stages compare.
        if (!e.country.empty() && !is_alpha2(e.country)) {
            auto it = country_cache.find(e.country.id());
            if (it == country_cache.end()) {
                const Place c = find_country(e.country);
                it = country_cache.emplace(e.country.id(), c.ok ? Interned(c.country) : e.country).first;
            }
            e.country = it->second;
        }

        // Network.
        bool private_ip = false;
        const IpSlot* info = nullptr;
        if (!e.ip.empty()) {
            IpSlot& slot = ip_cache[mix_id(e.ip.id()) >> (64 - kIpCacheBits)];
            if (slot.id != e.ip.id()) {
                const IpInfo found = lookup_ip_tables(e.ip);
                slot = IpSlot{e.ip.id(), found.asn, found.parsed, !found.special.empty(), found.asn_table, Interned(found.country)};
            }
            info = &slot;
            if (info->parsed && info->special) {
                private_ip = true;
            } else if (info->parsed) {
                if (!info->asn_table) ip_table_missing = true;
                if (e.asn.empty() && info->asn) { e.asn = std::to_string(info->asn); e.ip_table_filled = true; }
            }
        }
        if (e.org.empty() && !e.asn.empty()) {
            auto it = org_cache.find(e.asn.id());
            if (it == org_cache.end()) it = org_cache.emplace(e.asn.id(), Interned(asn_name(parse_asn(e.asn)))).first;
            e.org = it->second;
            if (!e.org.empty()) e.ip_table_filled = true;
        }
        if (private_ip) {
            e.network = private_class;
        } else if (!e.asn.empty() || !e.org.empty()) {
            const IdKey<2> key{{e.asn.id(), e.org.id()}};
            auto it = network_cache.find(key);
            if (it == network_cache.end()) it = network_cache.emplace(key, Interned(classify_network(e.asn, e.org))).first;
            e.network = it->second;
        } else if (!e.ip.empty()) {
            e.network = unknown_class;
        }

        // Place.
        if (!e.city.empty()) {
            const IdKey<2> key{{e.city.id(), e.country.id()}};
            auto it = place_cache.find(key);
            if (it == place_cache.end()) {
                Place p = find_city(e.city, is_alpha2(e.country) ? e.country.view() : std::string_view());
                if (!p.ok && gazetteer_loaded()) {
                    // "Ashburn, United States", "Frankfurt am Main/DE" in the city column.
                    Place q = resolve_place(e.city);
                    if (q.ok && q.kind == "city" && (!is_alpha2(e.country) || q.country == e.country)) p = q;
                }
                if (!p.ok) {  // said once per distinct place, not once per event
                    if (!gazetteer_loaded()) gazetteer_missing = true;
                    else unknown_cities.insert(utf8_clean(e.city.substr(0, 80)));
                }
                it = place_cache.emplace(key, p).first;
            }
            const Place& p = it->second;
            if (p.ok) {
                e.lat = p.lat;
                e.lon = p.lon;
                e.located = true;
                e.location_precision = city_precision;
                if (e.country.empty()) e.country = p.country;
                continue;
            }
        }
        if (e.country.empty() && info && !info->country.empty()) {
            e.country = info->country;  // registration country of the IP's network (coarse)
            e.ip_table_filled = true;
        }
        if (is_alpha2(e.country)) {
            auto it = country_place_cache.find(e.country.id());
            if (it == country_place_cache.end()) it = country_place_cache.emplace(e.country.id(), find_country(e.country)).first;
            const Place& c = it->second;
            if (c.ok) {
                e.lat = c.lat;
                e.lon = c.lon;
                e.located = false;
                e.location_precision = country_precision;
            }
        }
    }

    if (ip_table_missing)
        a.notes.push_back("IP network table not loaded: hosting/VPN detection limited to the ASNs in the log");
    if (gazetteer_missing)
        a.notes.push_back("City gazetteer not loaded: places located to country level only, no travel-speed checks");
    if (!unknown_cities.empty()) {
        std::string list;
        int n = 0;
        for (const auto& c : unknown_cities) {
            if (n++ == 3) { list += ", ..."; break; }
            list += (list.empty() ? "" : ", ") + c;
        }
        a.notes.push_back("City not found in the gazetteer (" + std::to_string(unknown_cities.size()) + "): " + list +
                          "; those events are located to country level only");
    }
}

}  // namespace ownercheck
