#pragma once
// Small helpers every detector shares: the thresholds file, severity arithmetic, keys that make
// two sightings of the same device or network compare equal, and number formatting for
// explanations (no locale: reports must be byte-identical everywhere).

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/event.hpp"
#include "model/findings.hpp"

namespace ownercheck::signals {

// core/data/signals.json, or one section of it.
const nlohmann::json& config();
const nlohmann::json& config(std::string_view section);
double config_number(std::string_view section, std::string_view key, double fallback);

// info < low < medium < high; rank 0..3 (unknown names rank 0).
// Greedy bursts of events (oldest first): a burst runs while each event is within `window`
// seconds of the burst's first. Used by the failed-login and OTP-failure detectors.
std::vector<std::vector<const Event*>> time_bursts(const std::vector<const Event*>& events, int64_t window);

int severity_rank(std::string_view severity);
std::string_view severity_name(int rank);  // clamps to 0..3

std::string lower(std::string_view s);
bool contains_any(std::string_view haystack_lower, const nlohmann::json& words);

// A device identity that survives app and browser updates: the enrich stage's
// kind|browser|os|device when it parsed the user agent, else the raw user agent in lower case
// with version numbers folded to '#'. Empty when the event has no user agent at all.
std::string device_key(const Event& e);
// Major version of the browser or app in a raw user agent (Chrome/131 -> 131), -1 if none.
int browser_major(std::string_view user_agent);
// Short human label for a device, for explanations ("Chrome on Windows", else the raw UA cut).
std::string device_label(const Event& e);

// IPv4 /24 or IPv6 /48 of an address, "" when the text is not an address.
std::string ip_prefix(std::string_view ip);
bool is_public_ip(std::string_view ip);

// "Hamburg, DE", else the country, else the IP, else "unknown place".
std::string place_label(const Event& e);

bool is_hosting_or_vpn(const Event& e);
bool has_access_info(const Event& e);  // any of ip, country, user agent
bool is_otp_failure(const Event& e);     // a failed second factor: the password was right
bool is_device_failure(const Event& e);  // stopped by device approval
bool is_password_failure(const Event& e);
bool is_failure(const Event& e);

// 4980.4 -> "4,980"
std::string thousands(double value);
std::string minutes_text(int64_t seconds);  // "88 min", "5 h 10 min", "3 days"

Signal make_signal(std::string kind, int severity_rank, std::vector<Ref> evidence, std::string explanation);
// Adds refs keeping at most `cap`, sorted and unique.
void add_refs(std::vector<Ref>& to, const std::vector<Ref>& refs, size_t cap = 12);

}  // namespace ownercheck::signals

namespace ownercheck::signals {

// Recent events grouped by a key, groups in order of first appearance (deterministic).
struct EventGroup {
    std::string key;
    std::vector<const Event*> events;
};
template <class Pred, class KeyFn>
std::vector<EventGroup> group_events(const std::vector<const Event*>& events, Pred keep, KeyFn key_of) {
    std::vector<EventGroup> groups;  // in order of first appearance
    std::unordered_map<std::string, size_t> index;  // a credential-stuffing paste may bring 100k keys
    for (const Event* e : events) {
        if (!keep(*e)) continue;
        std::string k = key_of(*e);
        if (k.empty()) continue;
        auto [it, added] = index.try_emplace(std::move(k), groups.size());  // moves k only when new
        if (added) groups.push_back({it->first, {e}});
        else groups[it->second].events.push_back(e);
    }
    return groups;
}

// What a group of events did, for explanations: "3 successful sign-ins, 2 failed, password reset".
struct Tally {
    int successes = 0, failures = 0, changes = 0, approvals = 0, other = 0;
    std::vector<Ref> refs;
    int64_t first = 0, last = 0;
    std::vector<std::string> change_names;
};
Tally tally(const std::vector<const Event*>& events);
std::string describe(const Tally& t);            // "2 successful sign-ins, 5 failed sign-ins, email change requested"
std::string span_text(const Tally& t);
// Marks `s` as knock-only when the tally is failed attempts alone (see Signal::knock_subject).
void mark_knocks(Signal& s, const Tally& t, std::string subject);           // "on 2026-10-31" | "between 2026-10-29 and 2026-10-31"
std::string join_keys(const std::map<std::string, int>& m, size_t max_items, bool upper);

}  // namespace ownercheck::signals
