#include "report/report_text_common.hpp"

#include <cmath>
#include <cstdio>

#include "util/civil_time.hpp"

namespace ownercheck::report_detail {

std::string cite(const std::vector<Ref>& refs) {
    std::string out;
    for (const Ref& r : refs) {
        if (!out.empty()) out += ", ";
        out += std::to_string(r.block) + ":" + std::to_string(r.line);
    }
    return out.empty() ? "-" : out;
}

std::string percent(double p) { return std::to_string(static_cast<int>(std::lround(p * 100))) + "%"; }

std::string recommendation_title(const std::string& rec) {
    if (rec == "owner_verified") return "OWNER VERIFIED";
    if (rec == "suspected_takeover") return "SUSPECTED TAKEOVER";
    return "NEEDS MORE INFO";
}

int severity_rank(const std::string& s) {
    if (s == "high") return 0;
    if (s == "medium") return 1;
    if (s == "low") return 2;
    return 3;
}

std::vector<const Event*> recent_events(const Analysis& a, int days, size_t limit) {
    std::vector<const Event*> out;
    const int64_t since = a.now - static_cast<int64_t>(days) * 86400;
    for (auto it = a.timeline.rbegin(); it != a.timeline.rend() && out.size() < limit; ++it)
        if (it->time >= since && it->time <= a.now + 86400) out.push_back(&*it);
    return out;
}

static std::string amount_text(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.8g", v);
    return buf;
}

std::string describe_event(const Event& e) {
    std::string out(event_type_name(e.type));
    auto add = [&out](const std::string& s) {
        if (!s.empty()) out += " " + s;
    };
    if (is_login(e.type) && !e.success && !e.failure_reason.empty()) add("(" + e.failure_reason + ")");
    if (is_funding(e.type)) {
        if (!e.side.empty()) add(e.side);
        add(amount_text(e.amount));
        add(e.asset);
    }
    add(e.ip);
    std::string place = e.city;
    if (!e.country.empty()) place += (place.empty() ? "" : " ") + e.country;
    add(place);
    std::string agent = e.ua.browser;
    if (!e.ua.os.empty()) agent += (agent.empty() ? "" : "/") + e.ua.os;
    add(agent);
    if (!e.network.empty() && e.network != "residential" && e.network != "unknown") add("[" + e.network + "]");
    return out;
}

}  // namespace ownercheck::report_detail
