#include "signals/signal_common.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "signals/baseline.hpp"
#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::signals {

const nlohmann::json& config() { return data_table("signals.json"); }

const nlohmann::json& config(std::string_view section) {
    static const nlohmann::json empty = nlohmann::json::object();
    const auto& c = config();
    auto it = c.find(std::string(section));
    return it == c.end() ? empty : *it;
}

double config_number(std::string_view section, std::string_view key, double fallback) {
    const auto& s = config(section);
    auto it = s.find(std::string(key));
    if (it == s.end() || !it->is_number()) return fallback;
    return it->get<double>();
}

std::vector<std::vector<const Event*>> time_bursts(const std::vector<const Event*>& events, int64_t window) {
    std::vector<std::vector<const Event*>> bursts;
    for (size_t i = 0; i < events.size();) {
        size_t j = i;
        while (j + 1 < events.size() && events[j + 1]->time - events[i]->time <= window) ++j;
        bursts.emplace_back(events.begin() + static_cast<std::ptrdiff_t>(i), events.begin() + static_cast<std::ptrdiff_t>(j + 1));
        i = j + 1;
    }
    return bursts;
}

int severity_rank(std::string_view s) {
    if (s == "low") return 1;
    if (s == "medium") return 2;
    if (s == "high") return 3;
    return 0;
}

std::string_view severity_name(int rank) {
    static constexpr std::array<std::string_view, 4> names{"info", "low", "medium", "high"};
    return names[static_cast<size_t>(std::clamp(rank, 0, 3))];
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool contains_any(std::string_view hay, const nlohmann::json& words) {
    if (!words.is_array()) return false;
    for (const auto& w : words)
        if (w.is_string() && hay.find(w.get<std::string>()) != std::string_view::npos) return true;
    return false;
}

static std::string fold_versions(std::string_view ua) {
    // Digits, and the dots/underscores between them, are versions and builds: "Chrome/131.0.6778"
    // and "Chrome/132.0.1" are the same browser on the same machine.
    std::string out;
    bool in_number = false;
    for (char c : lower(ua)) {
        const bool digit = c >= '0' && c <= '9';
        if (digit || (in_number && (c == '.' || c == '_'))) {
            if (!in_number) out += '#';
            in_number = true;
        } else {
            in_number = false;
            out += c;
        }
    }
    return out;
}

std::string device_key(const Event& e) {
    if (!e.ua.browser.empty() || !e.ua.os.empty() || !e.ua.device.empty())
        return lower(e.ua.kind + "|" + e.ua.browser + "|" + e.ua.os + "|" + e.ua.device);
    if (e.user_agent.empty()) return {};
    return fold_versions(e.user_agent);
}

int browser_major(std::string_view user_agent) {
    static const std::vector<std::string> tokens = [] {
        std::vector<std::string> t;
        for (const auto& entry : config("baseline")["version_tokens"])
            if (entry.is_string()) t.push_back(entry.get<std::string>());
        return t;
    }();
    const std::string ua = lower(user_agent);
    for (const std::string& token : tokens) {
        size_t at = ua.find(token);
        if (at == std::string::npos) continue;
        at += token.size();
        int v = 0, digits = 0;
        while (at < ua.size() && ua[at] >= '0' && ua[at] <= '9' && digits < 6) v = v * 10 + (ua[at++] - '0'), ++digits;
        if (digits) return v;
    }
    return -1;
}

std::string device_label(const Event& e) {
    std::string label;
    if (!e.ua.browser.empty()) label = e.ua.browser;
    if (!e.ua.os.empty()) label += (label.empty() ? "" : " on ") + e.ua.os;
    if (!e.ua.device.empty() && e.ua.device != e.ua.os) label += (label.empty() ? "" : " (") + e.ua.device + (label.empty() ? "" : ")");
    if (!label.empty()) return label;
    if (e.user_agent.empty() && !e.device_id.empty()) return "device " + std::string(e.device_id.view());
    if (e.user_agent.size() <= 60) return e.user_agent.empty() ? "unknown device" : e.user_agent;
    return e.user_agent.substr(0, 57) + "...";
}

std::string ip_prefix(std::string_view ip) {
    if (ip.find(':') != std::string_view::npos) {
        // First three groups of an IPv6 address (a /48 when written in full).
        int groups = 0;
        for (size_t i = 0; i < ip.size(); ++i)
            if (ip[i] == ':' && ++groups == 3) return std::string(ip.substr(0, i));
        return std::string(ip);
    }
    int dots = 0;
    for (char c : ip) {
        if (c == '.') ++dots;
        else if (c < '0' || c > '9') return {};
    }
    if (dots != 3) return {};
    return std::string(ip.substr(0, ip.rfind('.')));
}

bool is_public_ip(std::string_view ip) {
    if (ip.find(':') != std::string_view::npos) {
        const std::string l = lower(ip);
        return !(l == "::1" || l.rfind("fe80", 0) == 0 || l.rfind("fc", 0) == 0 || l.rfind("fd", 0) == 0);
    }
    std::array<int, 4> o{};
    if (std::sscanf(std::string(ip).c_str(), "%d.%d.%d.%d", &o[0], &o[1], &o[2], &o[3]) != 4) return false;
    if (o[0] == 10 || o[0] == 127 || o[0] == 0) return false;
    if (o[0] == 172 && o[1] >= 16 && o[1] <= 31) return false;
    if (o[0] == 192 && o[1] == 168) return false;
    if (o[0] == 100 && o[1] >= 64 && o[1] <= 127) return false;  // carrier-grade NAT
    if (o[0] == 169 && o[1] == 254) return false;
    return true;
}

std::string place_label(const Event& e) {
    if (!e.city.empty() && !e.country.empty()) return e.city + ", " + e.country;
    if (!e.city.empty()) return e.city;
    if (!e.country.empty()) return e.country;
    if (!e.ip.empty()) return e.ip;
    return "unknown place";
}

bool is_hosting_or_vpn(const Event& e) { return e.network == "hosting" || e.network == "vpn"; }

bool has_access_info(const Event& e) { return !e.ip.empty() || !e.country.empty() || !e.user_agent.empty(); }

bool is_failure(const Event& e) { return e.type == EventType::LoginFailure || (is_login(e.type) && !e.success); }

bool is_otp_failure(const Event& e) {
    if (!is_failure(e)) return false;
    return contains_any(lower(e.failure_reason), config("failure_reasons")["otp"]);
}

bool is_device_failure(const Event& e) {
    if (!is_failure(e) || is_otp_failure(e)) return false;
    return contains_any(lower(e.failure_reason), config("failure_reasons")["device"]);
}

bool is_password_failure(const Event& e) { return is_failure(e) && !is_otp_failure(e) && !is_device_failure(e); }

std::string thousands(double value) {
    const long long v = std::llround(value);
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (v < 0 ? "-" : "") + out;
}

std::string minutes_text(int64_t seconds) {
    const int64_t m = std::max<int64_t>(0, seconds) / 60;
    if (m < 120) return std::to_string(m) + " min";
    if (m < 48 * 60) return std::to_string(m / 60) + " h " + std::to_string(m % 60) + " min";
    return std::to_string(m / (24 * 60)) + " days";
}

Signal make_signal(std::string kind, int rank, std::vector<Ref> evidence, std::string explanation) {
    Signal s;
    s.kind = std::move(kind);
    s.severity = std::string(severity_name(rank));
    s.evidence = std::move(evidence);
    std::sort(s.evidence.begin(), s.evidence.end());
    s.evidence.erase(std::unique(s.evidence.begin(), s.evidence.end()), s.evidence.end());
    s.explanation = std::move(explanation);
    return s;
}

void add_refs(std::vector<Ref>& to, const std::vector<Ref>& refs, size_t cap) {
    for (const Ref& r : refs) {
        if (r.block < 0 || to.size() >= cap) continue;
        if (std::find(to.begin(), to.end(), r) == to.end()) to.push_back(r);
    }
    std::sort(to.begin(), to.end());
}

}  // namespace ownercheck::signals

namespace ownercheck::signals {

Tally tally(const std::vector<const Event*>& events) {
    Tally t;
    for (const Event* e : events) {
        if (t.refs.empty() || e->time < t.first) t.first = e->time;
        if (t.refs.empty() || e->time > t.last) t.last = e->time;
        t.refs.push_back(e->src);
        if (is_successful_login(*e)) ++t.successes;
        else if (is_failure(*e)) ++t.failures;
        else if (is_security_change(e->type)) {
            ++t.changes;
            const std::string name(event_type_name(e->type));
            if (std::find(t.change_names.begin(), t.change_names.end(), name) == t.change_names.end()) t.change_names.push_back(name);
        } else if (e->type == EventType::DeviceApprovalSent || e->type == EventType::DeviceApprovalApproved) ++t.approvals;
        else ++t.other;
    }
    return t;
}

std::string describe(const Tally& t) {
    std::vector<std::string> parts;
    auto n = [](int k, const char* one, const char* many) { return std::to_string(k) + " " + (k == 1 ? one : many); };
    if (t.successes) parts.push_back(n(t.successes, "successful sign-in", "successful sign-ins"));
    if (t.failures) parts.push_back(n(t.failures, "failed sign-in", "failed sign-ins"));
    if (t.approvals) parts.push_back(n(t.approvals, "device approval", "device approvals"));
    if (t.changes) {
        std::string names;
        for (const auto& c : t.change_names) names += (names.empty() ? "" : ", ") + c;
        parts.push_back(n(t.changes, "security change", "security changes") + " (" + names + ")");
    }
    if (t.other) parts.push_back(n(t.other, "other event", "other events"));
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    return out.empty() ? "no events" : out;
}

void mark_knocks(Signal& s, const Tally& t, std::string subject) {
    if (t.failures == 0 || t.successes || t.changes || t.approvals || t.other) return;
    s.knock_subject = std::move(subject);
    s.knocks = t.failures;
}

std::string span_text(const Tally& t) {
    const std::string a = format_iso_date(t.first), b = format_iso_date(t.last);
    return a == b ? "on " + a : "between " + a + " and " + b;
}

std::string join_keys(const std::map<std::string, int>& m, size_t max_items, bool upper) {
    // Most frequent first; the map's order breaks ties, so the text is deterministic.
    std::vector<std::pair<std::string, int>> items(m.begin(), m.end());
    std::stable_sort(items.begin(), items.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    std::string out;
    for (size_t i = 0; i < items.size() && i < max_items; ++i) {
        std::string k = items[i].first;
        if (upper)
            for (char& c : k)
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        out += (i ? ", " : "") + k;
    }
    if (items.size() > max_items) out += " and " + std::to_string(items.size() - max_items) + " more";
    return out;
}

}  // namespace ownercheck::signals
