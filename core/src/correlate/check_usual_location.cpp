// "I usually log in from Hanoi, Vietnam": against the places of successful logins. The claimed
// city must be a usual one (a share of the logins, see correlate_tolerances.json); the same country
// only is partial; a place the account never logged in from is contradicted.

#include <algorithm>
#include <map>
#include <unordered_map>

#include "claims/lexicon.hpp"
#include "claims/text.hpp"
#include "correlate/checkers.hpp"
#include "correlate/common.hpp"

namespace ownercheck::correlate {

namespace {

std::string city_key(const std::string& s) {
    const std::string f = claims::fold_str(s);
    const std::string canon = claims::canonical_city(f);
    return canon.empty() ? f : claims::fold_str(canon);
}

}  // namespace

void check_usual_location(const Analysis& a, Claim& c) {
    std::vector<const Event*> logins;
    for (const Event* e : successful_logins(a))
        if (!e->city.empty() || !e->country.empty()) logins.push_back(e);
    if (logins.empty()) {
        set_verdict(c, "unverifiable", "no successful login with a place in the evidence");
        return;
    }
    const std::string claimed_city = c.value.contains("city") ? city_key(c.value["city"].get<std::string>())
                                     : c.value.contains("city_text") ? city_key(c.value["city_text"].get<std::string>())
                                                                     : "";
    const std::string claimed_country = c.value.value("country", std::string());
    std::map<std::string, int> by_city, by_country;
    std::vector<const Event*> city_ev, country_ev;
    std::unordered_map<const void*, std::string> city_keys;  // folding is costly; the cities are few
    auto city_key_of = [&city_keys](const Event* e) -> const std::string& {
        auto it = city_keys.find(e->city.id());
        if (it == city_keys.end()) it = city_keys.emplace(e->city.id(), city_key(e->city)).first;
        return it->second;
    };
    for (const Event* e : logins) {
        const std::string& k = city_key_of(e);
        ++by_city[k];
        ++by_country[e->country];
        if (!claimed_city.empty() && k == claimed_city) city_ev.push_back(e);
        if (!claimed_country.empty() && e->country == claimed_country) country_ev.push_back(e);
    }
    const double n = static_cast<double>(logins.size());
    const double min_share = tolerances()["location"].value("usual_min_share", 0.15);
    std::string top;
    int top_n = 0;
    for (const auto& [k, cnt] : by_city)
        if (cnt > top_n) top = k, top_n = cnt;
    const std::string of = " of " + std::to_string(logins.size()) + " successful logins";
    if (!claimed_city.empty() && !city_ev.empty()) {
        const double share = city_ev.size() / n;
        const std::string fact = std::to_string(city_ev.size()) + of + " are from " + city_ev.front()->city + " (" + fmt_pct(share) + ")";
        set_verdict(c, share >= min_share ? "corroborated" : "partial", fact, refs_of(city_ev));
        return;
    }
    if (!claimed_country.empty() && !country_ev.empty()) {
        const double share = country_ev.size() / n;
        const std::string fact = std::to_string(country_ev.size()) + of + " are from " + claimed_country + " (" + fmt_pct(share) + ")";
        // Logs that record only the country cannot show the city: say so rather than "none from it".
        const bool no_city_in_logs = std::none_of(country_ev.begin(), country_ev.end(), [](const Event* e) { return !e->city.empty(); });
        if (claimed_city.empty() && share >= min_share) set_verdict(c, "corroborated", fact, refs_of(country_ev));
        else set_verdict(c, "partial", fact + (claimed_city.empty() ? "" : no_city_in_logs ? "; the logs record no city to check the claimed one against" : ", but none from the claimed city"),
                         refs_of(country_ev));
        return;
    }
    std::vector<const Event*> top_ev;
    for (const Event* e : logins)
        if (city_key_of(e) == top) top_ev.push_back(e);
    set_verdict(c, "contradicted",
                "no successful login from " + c.value.value("place", std::string("the claimed place")) + "; the most common place is " +
                    (top_ev.empty() ? top : top_ev.front()->city + ", " + top_ev.front()->country) + " (" + std::to_string(top_n) + of + ")",
                refs_of(top_ev, 3));
}

}  // namespace ownercheck::correlate
