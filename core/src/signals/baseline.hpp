#pragma once
// The account's own history, learnt from the paste: which devices, networks and countries its
// successful sign-ins used before the recent period. A detector judges recent events against
// this, the way "unfamiliar sign-in properties" works, so what the history explains (the owner's
// VPN, their phone) is not raised as a risk.

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/analysis.hpp"
#include "util/id_set.hpp"

namespace ownercheck::signals {

enum class Familiarity { Familiar, Unfamiliar, Unknown };

struct Baseline {
    int64_t now = 0;           // the case's now (opened_at), else the newest event
    int64_t recent_start = 0;  // events at or after this are the recent period being judged
    bool thin = false;         // too few sign-ins to learn from: novelty means little
    std::vector<const Event*> logins;  // the baseline's successful sign-ins, oldest first
    std::vector<const Event*> recent;  // every recent event with access info, oldest first

    std::map<std::string, int> newest_major;  // per device key, the newest browser version seen
    std::map<std::string, int> devices, countries, asns;  // ordered: reports list them
    // The admin tool's own device identifiers of the baseline sign-ins (by interned identity): where
    // a log names its devices, a new identifier is a new device whatever its user agent says.
    IdSet device_ids;
    // Devices of the baseline the account stopped using months before the recent period while it
    // went on signing in from others (signals.json baseline.retired_*), each with its last baseline
    // sign-in: by device identifier (interned identity), and by device key for logs without
    // identifiers. device() calls them unfamiliar.
    std::unordered_map<const void*, int64_t> retired_ids;
    std::map<std::string, int64_t> retired_keys;
    int hosting_logins = 0;  // baseline sign-ins from hosting/VPN networks
    std::map<std::string, int> hosting_sources;  // their ASN (or /24 when no ASN)

    Familiarity device(const Event& e) const;
    // A device of the baseline the account stopped using (see retired_ids): its last baseline
    // sign-in, else 0.
    int64_t retired_since(const Event& e) const;
    Familiarity network(const Event& e) const;
    bool new_country(const Event& e) const;  // has a country, baseline has countries, not among them
    // The owner habitually signs in from this hosting/VPN network (or from such networks a lot).
    bool habitual_hosting(const Event& e) const;
    bool in_recent(const Event& e) const { return e.time >= recent_start; }

private:
    // The baseline's addresses and their /24 (/48) prefixes by interned identity (the events
    // judged against them come from the same analysis, one pool). Indexed on the first network()
    // question: a paste may hold a million addresses and no recent event to ask about them.
    void index_networks() const;
    mutable bool networks_indexed_ = false;
    mutable IdSet ips_, prefixes_;
};

bool is_successful_login(const Event& e);
// The key that groups hosting sightings: ASN when known, else the /24.
std::string network_source(const Event& e);

Baseline build_baseline(const Analysis& a);

}  // namespace ownercheck::signals
