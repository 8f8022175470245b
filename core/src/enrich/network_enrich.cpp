#include "enrich/network_enrich.hpp"

#include <map>
#include <set>

#include "enrich/address_check.hpp"
#include "enrich/gazetteer.hpp"
#include "enrich/ip_lookup.hpp"
#include "enrich/network_class.hpp"

namespace ownercheck {
namespace {

bool is_alpha2(const std::string& s) {
    return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) && std::isupper(static_cast<unsigned char>(s[1]));
}

}  // namespace

void enrich_networks_and_places(Analysis& a) {
    std::map<std::string, IpInfo> ip_cache;
    std::map<std::pair<std::string, std::string>, Place> place_cache;
    bool ip_table_missing = false, gazetteer_missing = false;
    std::set<std::string> unknown_cities;

    for (Event& e : a.timeline) {
        // Country given as a name: normalise to the code the other stages compare.
        if (!e.country.empty() && !is_alpha2(e.country)) {
            const Place c = find_country(e.country);
            if (c.ok) e.country = c.country;
        }

        // Network.
        bool private_ip = false;
        const IpInfo* info = nullptr;
        if (!e.ip.empty()) {
            auto it = ip_cache.find(e.ip);
            if (it == ip_cache.end()) it = ip_cache.emplace(e.ip, lookup_ip(e.ip)).first;
            info = &it->second;
            if (info->parsed && !info->special.empty()) {
                private_ip = true;
            } else if (info->parsed) {
                if (!info->asn_table) ip_table_missing = true;
                if (e.asn.empty() && info->asn) { e.asn = std::to_string(info->asn); e.ip_table_filled = true; }
            }
        }
        if (e.org.empty() && !e.asn.empty()) {
            e.org = asn_name(parse_asn(e.asn));
            if (!e.org.empty()) e.ip_table_filled = true;
        }
        if (private_ip) e.network = "private";
        else if (!e.asn.empty() || !e.org.empty()) e.network = std::string(classify_network(e.asn, e.org));
        else if (!e.ip.empty()) e.network = "unknown";

        // Place.
        if (!e.city.empty()) {
            const auto key = std::make_pair(e.city, e.country);
            auto it = place_cache.find(key);
            if (it == place_cache.end()) {
                Place p = find_city(e.city, is_alpha2(e.country) ? e.country : "");
                if (!p.ok && gazetteer_loaded()) {
                    // "Ashburn, United States", "Frankfurt am Main/DE" in the city column.
                    Place q = resolve_place(e.city);
                    if (q.ok && q.kind == "city" && (!is_alpha2(e.country) || q.country == e.country)) p = q;
                }
                it = place_cache.emplace(key, p).first;
            }
            const Place& p = it->second;
            if (p.ok) {
                e.lat = p.lat;
                e.lon = p.lon;
                e.located = true;
                e.location_precision = "city";
                if (e.country.empty()) e.country = p.country;
                continue;
            }
            if (!gazetteer_loaded()) gazetteer_missing = true;
            else unknown_cities.insert(utf8_clean(e.city.substr(0, 80)));
        }
        if (e.country.empty() && info && !info->country.empty()) {
            e.country = info->country;  // registration country of the IP's network (coarse)
            e.ip_table_filled = true;
        }
        if (is_alpha2(e.country)) {
            const Place c = find_country(e.country);
            if (c.ok) {
                e.lat = c.lat;
                e.lon = c.lon;
                e.located = false;
                e.location_precision = "country";
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
