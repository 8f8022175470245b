#include "ingest/vocab.hpp"

#include <set>
#include <vector>

#include "ingest/text.hpp"
#include "util/embedded_data.hpp"
#include "util/han_variants.hpp"

namespace ownercheck::ingest {

namespace {

// The rules' and markers' words are matched inside normalised names, which fold Traditional Chinese
// to Simplified (normalize_key): the words are folded the same way when loaded.
std::string compact(std::string_view normalized) {
    std::string out;
    out.reserve(normalized.size());
    for (char c : normalized)
        if (c != '_') out.push_back(c);
    return out;
}

struct EventTables {
    std::map<std::string, EventMapping, std::less<>> exact;
    std::vector<std::pair<std::vector<std::string>, EventType>> rules;
    std::vector<std::string> failure_markers;
};

const EventTables& event_tables() {
    static const EventTables t = [] {
        EventTables out;
        const auto& j = data_table("event_types.json");
        for (const auto& [k, v] : j.at("exact").items()) {
            EventMapping m;
            if (v.is_string()) {
                m.type = event_type_from_name(v.get<std::string>());
            } else {
                m.type = event_type_from_name(v.at("type").get<std::string>());
                if (v.contains("success")) m.success = v.at("success").get<bool>();
                if (v.contains("reason")) m.reason = v.at("reason").get<std::string>();
            }
            out.exact.emplace(normalize_key(k), m);
        }
        for (const auto& r : j.at("rules")) {
            std::vector<std::string> all;
            for (const auto& s : r.at("all")) all.push_back(fold_han(s.get<std::string>()));
            out.rules.emplace_back(std::move(all), event_type_from_name(r.at("type").get<std::string>()));
        }
        for (const auto& s : j.at("failure_markers")) out.failure_markers.push_back(fold_han(s.get<std::string>()));
        return out;
    }();
    return t;
}

struct OutcomeTables {
    std::set<std::string, std::less<>> success, failure;
    std::vector<std::string> failure_markers;
    std::vector<std::pair<std::vector<std::string>, std::string>> reasons;
    std::map<std::string, std::string, std::less<>> codes;
};

const OutcomeTables& outcome_tables() {
    static const OutcomeTables t = [] {
        OutcomeTables out;
        const auto& j = data_table("outcomes.json");
        for (const auto& s : j.at("success")) out.success.insert(normalize_key(s.get<std::string>()));
        for (const auto& s : j.at("failure")) out.failure.insert(normalize_key(s.get<std::string>()));
        for (const auto& s : j.at("failure_markers")) out.failure_markers.push_back(fold_han(s.get<std::string>()));
        for (const auto& r : j.at("reasons")) {
            std::vector<std::string> any;
            for (const auto& s : r.at("any")) any.push_back(fold_han(s.get<std::string>()));
            out.reasons.emplace_back(std::move(any), r.at("reason").get<std::string>());
        }
        for (const auto& [k, v] : j.at("codes").items()) out.codes.emplace(k, v.get<std::string>());
        return out;
    }();
    return t;
}

bool has_marker(const std::string& compacted, const std::vector<std::string>& markers) {
    for (const auto& m : markers)
        if (compacted.find(m) != std::string::npos) return true;
    return false;
}

// The reason a failure names: a rule from outcomes.json, else the detail after ':' or in '(...)'.
std::string reason_from(std::string_view raw, const std::string& compacted) {
    for (const auto& [any, reason] : outcome_tables().reasons)
        for (const auto& s : any)
            if (compacted.find(s) != std::string::npos) return reason;
    std::string_view detail;
    if (size_t p = raw.find('('); p != std::string_view::npos) {
        const size_t q = raw.find(')', p);
        detail = raw.substr(p + 1, q == std::string_view::npos ? std::string_view::npos : q - p - 1);
    } else if (size_t c = raw.find(':'); c != std::string_view::npos) {
        detail = raw.substr(c + 1);
    }
    std::string r = normalize_key(detail);
    if (r.size() > 40) r.resize(40);
    while (!r.empty() && r.back() == '_') r.pop_back();
    return r;
}

}  // namespace

EventMapping map_event_name(std::string_view raw) {
    const EventTables& t = event_tables();
    const std::string norm = normalize_key(raw);
    EventMapping m;
    if (norm.empty()) return m;
    if (auto it = t.exact.find(norm); it != t.exact.end()) return it->second;
    // An HTTP read ("GET /api/v2/withdrawal-addresses"): a page or list looked at, nothing done.
    for (std::string_view verb : {"GET /", "HEAD /", "OPTIONS /"})
        if (raw.size() > verb.size() && raw.substr(0, verb.size()) == verb) {
            m.type = EventType::Other;
            return m;
        }
    const std::string c = compact(norm);
    for (const auto& [all, type] : t.rules) {
        bool ok = true;
        for (const auto& s : all)
            if (c.find(s) == std::string::npos) {
                ok = false;
                break;
            }
        if (ok) {
            m.type = type;
            break;
        }
    }
    if (m.type == EventType::Unknown) m.type = EventType::Other;
    if (has_marker(c, t.failure_markers)) {
        m.success = false;
        if (m.type == EventType::LoginSuccess) m.type = EventType::LoginFailure;
        m.reason = reason_from(raw, c);
    } else if (m.type == EventType::LoginFailure) {
        m.success = false;
    }
    // A sign-in step that is the second factor ("otp_verify", "mfa_challenge", "2fa_check"): when
    // its result says it failed, the code was wrong, whatever words the result uses.
    if (m.reason.empty() && is_login(m.type))
        for (std::string_view k : {"otp", "2fa", "mfa", "totp", "twofactor", "secondfactor", "authenticator", "2sv"})
            if (c.find(k) != std::string::npos) {
                m.reason = "invalid_otp";
                break;
            }
    return m;
}

OutcomeMapping map_outcome(std::string_view raw) {
    const OutcomeTables& t = outcome_tables();
    OutcomeMapping m;
    const std::string norm = normalize_key(raw);
    if (norm.empty()) return m;
    if (t.success.count(norm)) {
        m.outcome = Outcome::Success;
        return m;
    }
    if (auto it = t.codes.find(norm); it != t.codes.end()) {
        if (it->second == "success") {
            m.outcome = Outcome::Success;
        } else {
            m.outcome = Outcome::Failure;
            m.reason = it->second;
        }
        return m;
    }
    const std::string c = compact(norm);
    if (t.failure.count(norm) || has_marker(c, t.failure_markers)) {
        m.outcome = Outcome::Failure;
        m.reason = reason_from(raw, c);
        return m;
    }
    // "Success (password+totp)", "succeeded_with_mfa": success words leading the value; "2FA ok",
    // "TOTP passed": a factor, then the success word ("not ok", "non ok" are no success).
    const bool negated = norm.rfind("not_", 0) == 0 || norm.rfind("non_", 0) == 0 || norm.find("_not_") != std::string::npos;
    for (const auto& s : t.success) {
        if (s.size() < 2) continue;
        const bool leads = norm.rfind(s + "_", 0) == 0;
        const bool ends = !negated && norm.size() > s.size() + 1 && norm.compare(norm.size() - s.size() - 1, s.size() + 1, "_" + s) == 0 &&
                          norm.find('_') == norm.size() - s.size() - 1;  // two words: "2fa_ok", not "token_2fa_ok"
        if (leads || ends) {
            m.outcome = Outcome::Success;
            return m;
        }
    }
    return m;
}

OutcomeMapping map_reason(std::string_view raw) {
    OutcomeMapping m;
    const std::string norm = normalize_key(raw);
    if (norm.empty() || norm == "none" || norm == "null" || norm == "n_a" || norm == "na") return m;
    const OutcomeTables& t = outcome_tables();
    if (auto it = t.codes.find(norm); it != t.codes.end()) {
        if (it->second != "success") {
            m.outcome = Outcome::Failure;
            m.reason = it->second;
        } else {
            m.outcome = Outcome::Success;
        }
        return m;
    }
    const std::string c = compact(norm);
    for (const auto& [any, reason] : t.reasons)
        for (const auto& s : any)
            if (c.find(s) != std::string::npos) {
                m.reason = reason;
                m.outcome = Outcome::Failure;
                return m;
            }
    m.reason = norm.size() > 40 ? norm.substr(0, 40) : norm;
    m.outcome = Outcome::Failure;
    return m;
}

const EventMapping& VocabCache::event(std::string_view raw) {
    return look_up(events_, last_event_, raw, map_event_name);
}

const OutcomeMapping& VocabCache::outcome(std::string_view raw) {
    return look_up(outcomes_, last_outcome_, raw, map_outcome);
}

const OutcomeMapping& VocabCache::reason(std::string_view raw) {
    return look_up(reasons_, last_reason_, raw, map_reason);
}

}  // namespace ownercheck::ingest
