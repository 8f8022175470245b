// "I use Chrome on my Windows laptop and my iPhone": each claimed device must match the user agent
// of some successful login on every attribute it names (OS, browser, model, app). All matched:
// corroborated; at least the configured share: partial; fewer: contradicted.

#include <algorithm>

#include "claims/text.hpp"
#include "correlate/checkers.hpp"
#include "correlate/common.hpp"
#include "correlate/ua_family.hpp"

namespace ownercheck::correlate {

namespace {

bool model_matches(const std::string& claimed, const UaFamily& u) {
    if (claimed.empty()) return true;
    const std::string cl = claims::fold_str(claimed), um = claims::fold_str(u.model);
    if (cl == "iphone" || cl == "ipad") return um == cl || (cl == "iphone" && u.os == "iOS" && u.app && um.empty());
    if (um.empty()) return false;
    // "Pixel" claimed matches "Pixel 8"; "Galaxy S23" matches "Galaxy S23" but not "Galaxy S22"
    return um.rfind(cl, 0) == 0 && (um.size() == cl.size() || um[cl.size()] == ' ' || cl.back() == ' ');
}

bool matches(const nlohmann::ordered_json& d, const UaFamily& u) {
    if (u.automation) return false;
    if (d.contains("os") && d["os"].get<std::string>() != u.os) return false;
    if (d.contains("browser") && d["browser"].get<std::string>() != u.browser) return false;
    if (d.contains("model") && !model_matches(d["model"].get<std::string>(), u)) return false;
    if (d.value("app", false) && !u.app) return false;
    return true;
}

}  // namespace

void check_devices(const Analysis& a, Claim& c) {
    std::vector<std::pair<const Event*, UaFamily>> seen;
    for (const Event* e : successful_logins(a)) {
        UaFamily u = ua_family(*e);
        if (!u.os.empty() || !u.browser.empty() || u.app) seen.emplace_back(e, u);
    }
    if (seen.empty()) {
        set_verdict(c, "unverifiable", "no user agents of successful logins in the evidence");
        return;
    }
    const auto& devices = c.value.contains("devices") ? c.value["devices"] : nlohmann::ordered_json::array();
    std::vector<std::string> found, missing;
    std::vector<Ref> refs;
    for (const auto& d : devices) {
        auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return matches(d, s.second); });
        const std::string name = d.value("text", std::string("a device"));
        if (it == seen.end()) {
            missing.push_back(name);
            continue;
        }
        int count = 0;
        for (const auto& s : seen) count += matches(d, s.second);
        const auto& habit = tolerances()["habit"];
        if (count < habit.value("min_logins", 2) && count < habit.value("min_share", 0.05) * static_cast<double>(seen.size())) {
            missing.push_back(name + " (only once, on " + day_of(it->first->time) + ")");
            continue;
        }
        found.push_back(name + " (" + std::to_string(count) + " logins)");
        refs.push_back(it->first->src);
    }
    if (found.empty() && missing.empty()) {
        set_verdict(c, "unverifiable", "no checkable device in the claim");
        return;
    }
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (size_t i = 0; i < v.size(); ++i) s += (i ? "; " : "") + v[i];
        return s;
    };
    const double share = static_cast<double>(found.size()) / static_cast<double>(found.size() + missing.size());
    const std::string of = " among " + std::to_string(seen.size()) + " successful logins";
    if (missing.empty()) set_verdict(c, "corroborated", "seen" + of + ": " + join(found), refs);
    else if (share >= tolerances()["devices"].value("partial_min_share", 0.5) && !found.empty())
        set_verdict(c, "partial", "seen: " + join(found) + "; never seen" + of + ": " + join(missing), refs);
    else {
        // cite what the account does use, so the reader can compare
        std::vector<Ref> used;
        for (size_t i = 0; i < seen.size() && used.size() < 3; ++i) used.push_back(seen[i].first->src);
        set_verdict(c, "contradicted", "never seen" + of + ": " + join(missing) + (found.empty() ? "" : "; seen: " + join(found)), used);
    }
}

}  // namespace ownercheck::correlate
