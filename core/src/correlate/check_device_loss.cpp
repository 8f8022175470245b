// "I lost my iPhone last Friday": the device the client says is gone must stop signing in. When it
// keeps signing in, successfully, after that day and from the networks the account used before
// it, whoever holds it is at the owner's home: the story is false (a partner, a relative, a
// colleague who knows the account) or the writer is not the person with the phone. Sign-ins from
// networks the account never used are left to the signals: a thief using the phone elsewhere fits
// the story. A loss the logs do not dispute is what every recovery story says; check_claims drops
// it from the report (correlate.cpp).

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"
#include "correlate/device_match.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::correlate {

namespace {

// "the iPhone app", "the Android phone": the lost device as the logs read it, not the client's
// sentence around it.
std::string device_words(const nlohmann::ordered_json& devices) {
    for (const auto& d : devices) {
        std::string w = d.value("model", d.value("os", std::string()));
        if (d.contains("browser")) {
            if (!w.empty()) w += ' ';
            w += d["browser"].get<std::string>();
        }
        if (d.value("app", false)) w += w.empty() ? "app" : " app";
        if (!w.empty()) return "the " + w;
    }
    return "the phone";
}

std::string reading_key(const UaFamily& u) { return u.os + '\n' + u.browser + '\n' + u.model + '\n' + char('0' + u.app); }

}  // namespace

void check_device_loss(const Analysis& a, Claim& c) {
    const auto span = claimed_days(c.value);
    if (!span || span->precision != "day") {
        set_verdict(c, "unverifiable", "no day of the loss to check against");
        return;
    }
    const auto& tol = tolerances()["device_loss"];
    int64_t first_day = span->lo, last_day = span->hi;
    if (span->alt) first_day = std::min(first_day, span->alt->first), last_day = std::max(last_day, span->alt->second);
    const int64_t lost_from = first_day * 86400;
    const int64_t after = (last_day + 1 + tol.value("slack_days", 1)) * 86400;
    const auto& devices = c.value.contains("devices") ? c.value["devices"] : nlohmann::ordered_json::array();

    // Before the loss: the readings of the lost device, and the account's networks.
    std::unordered_map<const void*, std::string> key_of;  // user agent id -> reading key, "" if not the device
    std::set<std::string> lost_readings, lost_systems;
    std::unordered_set<const void*> ips, asns;
    const std::vector<const Event*> logins = successful_logins(a);
    auto key = [&](const Event& e) -> const std::string& {
        auto [it, added] = key_of.try_emplace(e.user_agent.id());
        if (added) {
            const UaFamily u = ua_family(e);
            for (const auto& d : devices)
                if (device_or_kind_matches(d, u)) {
                    it->second = reading_key(u);
                    break;
                }
        }
        return it->second;
    };
    for (const Event* e : logins) {
        if (e->time >= lost_from) continue;
        if (!e->ip.empty()) ips.insert(e->ip.id());
        if (!e->asn.empty()) asns.insert(e->asn.id());
        if (e->user_agent.empty()) continue;
        if (const std::string& k = key(*e); !k.empty()) lost_readings.insert(k), lost_systems.insert(k.substr(0, k.find('\n')));
    }
    if (lost_readings.empty()) {
        set_verdict(c, "unverifiable", "no sign-in before the loss shows that device");
        return;
    }
    // "my phone" where the history holds an iPhone and an Android phone: which one is gone?
    const bool kind_only = std::all_of(devices.begin(), devices.end(), [](const auto& d) {
        return !d.contains("os") && !d.contains("browser") && !d.contains("model") && !d.value("app", false);
    });
    if (kind_only && lost_systems.size() > 1) {
        set_verdict(c, "unverifiable", "the account used more than one phone before the loss");
        return;
    }
    std::vector<const Event*> still;
    for (const Event* e : logins) {
        if (e->time < after || e->user_agent.empty() || !lost_readings.count(key(*e))) continue;
        const bool home = (!e->ip.empty() && ips.count(e->ip.id())) || (!e->asn.empty() && asns.count(e->asn.id()));
        if (home) still.push_back(e);
    }
    if (static_cast<int>(still.size()) < tol.value("min_sightings", 2)) {
        set_verdict(c, "unverifiable", "the device stopped signing in from the account's networks after the day named");
        return;
    }
    const Event& last = *still.back();
    std::vector<Ref> refs = refs_of(still, 4);
    if (still.size() > 4) refs.back() = last.src;  // the first sightings and the latest
    std::string where = last.ip.str();
    if (where.empty()) where = "AS" + last.asn.str();
    std::string text = "said lost on " + c.value.value("date", std::string()) + ", yet " + device_words(devices) + " signed in ";
    text += std::to_string(still.size()) + (still.size() == 1 ? " time" : " times") + " after it, from " + day_of(still.front()->time);
    text += " to " + day_of(last.time) + ", from networks the account used before the loss (" + where + ")";
    set_verdict(c, "contradicted", std::move(text), refs);
}

}  // namespace ownercheck::correlate
