// "I use Chrome on my Windows laptop and my iPhone": each claimed device must match the user agent
// of some successful login on every attribute it names (OS, browser, model, app). All matched:
// corroborated; at least the configured share: partial; fewer: contradicted.
// A device the account used only in the last days before the ticket (habit.recent_days) cannot
// vouch for the writer when the account has an older history: those are the sign-ins under review,
// and an attacker who got in names the device they used. Such a device neither confirms nor
// refutes the claim; nor does a brand-new phone that only failed to sign in, every time from an
// address the account's older sign-ins used (tried_at_home below).

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"
#include "correlate/device_match.hpp"
#include "correlate/ua_family.hpp"

namespace ownercheck::correlate {

namespace {

// A claimed device no successful login shows, which the account saw only in failed sign-ins in
// the period under review, every one from an IP address the account's older successful sign-ins
// used: the owner's new phone that cannot get past the second factor yet, tried from home. It
// neither confirms nor refutes the claim (as a device first seen in the recent days), which is
// exactly what leaving it out of the reply would do. Any other activity from it (a success, a
// security change, an approval), an attempt from an address the account never used, or one before
// the period under review, and it stays unseen. Returns the note, or "" when it does not apply.
std::string tried_at_home(const Analysis& a, const nlohmann::ordered_json& d, bool history, int64_t recent_start,
                          const std::unordered_set<const void*>& home_ips) {
    if (!history || home_ips.empty()) return "";
    int failures = 0;
    int64_t first = 0;
    std::unordered_map<const void*, bool> matched;  // by user agent identity: a paste repeats a few
    for (const Event& e : a.timeline) {
        if (e.user_agent.empty() || !before_now(a, e)) continue;
        auto [m, added] = matched.try_emplace(e.user_agent.id(), false);
        if (added) m->second = device_matches(d, ua_family(e));
        if (!m->second) continue;
        if (e.type != EventType::LoginFailure || e.time < recent_start) return "";
        if (e.ip.empty() || !home_ips.count(e.ip.id())) return "";
        if (!failures++ || e.time < first) first = e.time;
    }
    if (failures == 0) return "";
    return "tried in " + std::to_string(failures) + " failed sign-in" + (failures == 1 ? "" : "s") + " since " + day_of(first) +
           ", from addresses the account has long used";
}

}  // namespace

// The successful logins grouped by what their user agent says: a history of a million logins
// repeats a handful of user agents, so each is read once (by interned identity) and each claimed
// device is compared with the distinct readings, not with every login.
struct Seen {
    UaFamily family;
    const Event* first;  // the earliest login with this reading
    int logins = 0;
    int established = 0;  // logins before the recent period
};

void check_devices(const Analysis& a, Claim& c) {
    std::vector<Seen> seen;  // in order of first appearance
    std::vector<const Event*> logins_with_device;
    std::unordered_map<const void*, size_t> by_agent;  // user agent id -> index in seen, or npos
    std::unordered_map<std::string, size_t> by_reading;   // several strings may read the same
    const int64_t recent_days = tolerances()["habit"].value("recent_days", 14);
    const int64_t recent_start = a.now > 0 ? a.now - recent_days * 86400 : INT64_MIN;
    // Enough device-bearing logins before the recent period to call them the account's history
    // (as signals.json's baseline.min_logins); fewer, and every login is history.
    const int min_history = tolerances()["habit"].value("recent_min_history", 3);
    int history_logins = 0;
    for (const Event* e : successful_logins(a)) {
        auto [at, added] = by_agent.try_emplace(e->user_agent.id(), std::string::npos);
        if (added) {
            UaFamily u = ua_family(*e);
            if (!u.os.empty() || !u.browser.empty() || u.app) {
                const std::string key = u.os + '\n' + u.browser + '\n' + u.model + '\n' + char('0' + u.app) + char('0' + u.automation);
                auto [r, new_reading] = by_reading.try_emplace(key, seen.size());
                if (new_reading) seen.push_back(Seen{std::move(u), e, 0});
                at->second = r->second;
            }
        }
        if (at->second == std::string::npos) continue;
        ++seen[at->second].logins;
        if (e->time < recent_start) ++seen[at->second].established, ++history_logins;
        logins_with_device.push_back(e);
    }
    if (seen.empty()) {
        set_verdict(c, "unverifiable", "no user agents of successful logins in the evidence");
        return;
    }
    const auto& devices = c.value.contains("devices") ? c.value["devices"] : nlohmann::ordered_json::array();
    const bool history = history_logins >= min_history;
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (size_t i = 0; i < v.size(); ++i) s += (i ? "; " : "") + v[i];
        return s;
    };
    std::vector<std::string> found, missing, recent_only;
    std::vector<Ref> refs;
    std::unordered_set<const void*> home_ips;
    for (const auto& d : devices) {
        // "the app" alone names no OS, browser or model: nearly every account matches it, so it
        // proves nothing either way.
        if (!d.contains("os") && !d.contains("browser") && !d.contains("model")) continue;
        const Event* first = nullptr;
        int count = 0, established = 0;
        for (const Seen& s : seen) {
            if (!device_matches(d, s.family)) continue;
            if (!first) first = s.first;  // seen is in order of first appearance: the earliest match
            count += s.logins;
            established += s.established;
        }
        const std::string name = d.value("text", std::string("a device"));
        if (!first) {
            if (home_ips.empty() && history) {  // built once, and only for a device no success shows
                // Addresses of the successful logins before the recent period, by interned identity
                // (a million-login history may hold a million addresses: no string copies).
                for (const Event* e : successful_logins(a))
                    if (e->time < recent_start && !e->ip.empty()) home_ips.insert(e->ip.id());
            }
            if (const std::string tried = tried_at_home(a, d, history, recent_start, home_ips); !tried.empty()) {
                recent_only.push_back(name + " (" + tried + ")");
                continue;
            }
            missing.push_back(name);
            continue;
        }
        const auto& habit = tolerances()["habit"];
        if (count < habit.value("min_logins", 2) && count < habit.value("min_share", 0.05) * static_cast<double>(logins_with_device.size())) {
            missing.push_back(name + " (only once, on " + day_of(first->time) + ")");
            continue;
        }
        // after the habit rule: a one-off is still not the account's device
        if (history && established == 0) {
            recent_only.push_back(name + " (first seen " + day_of(first->time) + ")");
            continue;
        }
        found.push_back(name + " (" + std::to_string(count) + " logins)");
        refs.push_back(first->src);
    }
    const std::string recent_note = recent_only.empty() ? "" : "; only in the last " + std::to_string(recent_days) + " days, which are under review: " + join(recent_only);
    if (found.empty() && missing.empty()) {
        set_verdict(c, "unverifiable", recent_only.empty() ? "no checkable device in the claim" : "seen" + recent_note.substr(1));
        return;
    }
    const double share = static_cast<double>(found.size()) / static_cast<double>(found.size() + missing.size());
    const std::string of = " among " + std::to_string(logins_with_device.size()) + " successful logins";
    if (missing.empty()) set_verdict(c, "corroborated", "seen" + of + ": " + join(found) + recent_note, refs);
    else if (share >= tolerances()["devices"].value("partial_min_share", 0.5) && !found.empty())
        set_verdict(c, "partial", "seen: " + join(found) + "; never seen" + of + ": " + join(missing) + recent_note, refs);
    else {
        // cite what the account does use, so the reader can compare
        std::vector<Ref> used;
        for (size_t i = 0; i < logins_with_device.size() && used.size() < 3; ++i) used.push_back(logins_with_device[i]->src);
        set_verdict(c, "contradicted", "never seen" + of + ": " + join(missing) + (found.empty() ? "" : "; seen: " + join(found)) + recent_note, used);
    }
}

}  // namespace ownercheck::correlate
