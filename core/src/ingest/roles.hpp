#pragma once
// Column roles: what a header or JSON key means, looked up in core/data/header_synonyms.json.

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::ingest {

enum class Role {
    None,  // not recognised
    Time, Date, Clock, Ip, UserAgent, Device, Event, Result, Reason, Country, City, Location, Region, Asn, Org,
    Method, Amount, Asset, Fee, Txid, Refid, Address, Side, CounterAsset, CounterAmount, Pair, Price, Email,
    SuccessFlag, Detail, DeviceId, RequestMethod, RequestPath, Ignore,
    Count_
};
constexpr size_t kRoleCount = static_cast<size_t>(Role::Count_);

std::string_view role_name(Role r);

// Ranks from here on come from a word ("token") rule, not a synonym: "Client IP" -> ip by its word.
constexpr int kTokenRuleRank = 1000;

struct RoleMatch {
    Role role = Role::None;
    int rank = 1 << 20;  // lower is a stronger match (position in the synonym list; token rules rank last)
};

// The role of one header or key. `key` is as written; JSON paths use '.' between segments.
RoleMatch role_of(std::string_view key);

// One value per role for one record. Views point into the block text or into a parser's scratch
// buffer that outlives the call that consumes the record.
using RoleValues = std::array<std::string_view, kRoleCount>;
inline std::string_view& at(RoleValues& v, Role r) { return v[static_cast<size_t>(r)]; }
inline std::string_view at(const RoleValues& v, Role r) { return v[static_cast<size_t>(r)]; }
using RoleRanks = std::array<int, kRoleCount>;

// Keyed formats (JSON, key=value, CEF, vertical records) may name one role twice in a record
// ("ip" and "client_ip"): the value of the stronger synonym (lower rank) is kept. Callers decide
// what counts as empty.
// A module's dotted name under a key that may name a client ("app": "authentik.events.signals"):
// the service that logged the event, no user agent; it must not outrank a nested "user_agent".
inline bool dotted_module_name(std::string_view v) {
    int dots = 0;
    for (char c : v) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')) return false;
        dots += c == '.';
    }
    return dots >= 2;
}

inline void offer(RoleValues& values, RoleRanks& ranks, const RoleMatch& m, std::string_view value) {
    if (m.role == Role::None || m.role == Role::Ignore) return;
    if (m.role == Role::UserAgent && dotted_module_name(value)) return;
    const size_t r = static_cast<size_t>(m.role);
    // An HTTP status ("status": 200) says less than the application's own result beside it
    // ("X-Auth-Step": "totp_required"), whatever the keys' ranks.
    const int rank = m.role == Role::Result && !value.empty() && value.size() <= 3 &&
                             std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })
                         ? m.rank + 2 * kTokenRuleRank
                         : m.rank;
    if (rank < ranks[r]) {
        ranks[r] = rank;
        values[r] = value;
    }
}

// Roles of the columns of a header row. A role claimed by two columns goes to the stronger match;
// the other column is ignored (Entra exports have both "Application" and "User agent").
std::vector<Role> map_header(const std::vector<std::string_view>& header);

// Remembers role_of() per key for keyed formats (JSON, key=value), where keys repeat every line.
class RoleCache {
public:
    RoleMatch get(std::string_view key);
    // The same, for the key at `position` in its record: JSON lines repeat their keys in the same
    // order record after record, so the key seen there last time usually answers with one compare.
    RoleMatch get(std::string_view key, size_t position);

private:
    std::map<std::string, RoleMatch, std::less<>> cache_;
    std::vector<std::pair<std::string, RoleMatch>> by_position_;
};

}  // namespace ownercheck::ingest
