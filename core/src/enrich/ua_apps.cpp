#include "enrich/ua_apps.hpp"


#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include <re2/re2.h>

#include "util/embedded_data.hpp"

namespace ownercheck {
namespace {

// The UapResult fields a rule may set, by the names ua_apps.json uses.
const char* const kFields[] = {"family", "major",    "minor",          "patch",  "os",   "os_major",
                               "os_minor", "os_patch", "os_patch_minor", "device", "brand", "model"};

struct AppRule {
    std::string name, kind, why;
    std::unique_ptr<RE2> re;
    std::vector<std::pair<std::string, std::string>> set;  // field -> template
    std::vector<std::string> override_fields;                // replaced even when uap found one
};

std::optional<std::string>* slot(UapResult& r, std::string_view f, std::string*& plain) {
    plain = nullptr;
    if (f == "family") plain = &r.ua_family;
    else if (f == "os") plain = &r.os_family;
    else if (f == "device") plain = &r.device_family;
    else if (f == "major") return &r.ua_major;
    else if (f == "minor") return &r.ua_minor;
    else if (f == "patch") return &r.ua_patch;
    else if (f == "os_major") return &r.os_major;
    else if (f == "os_minor") return &r.os_minor;
    else if (f == "os_patch") return &r.os_patch;
    else if (f == "os_patch_minor") return &r.os_patch_minor;
    else if (f == "brand") return &r.device_brand;
    else if (f == "model") return &r.device_model;
    return nullptr;
}

std::vector<AppRule> load_rules() {
    const nlohmann::json& doc = data_table("ua_apps.json");
    std::vector<AppRule> rules;
    for (const auto& j : doc.at("rules")) {
        AppRule r;
        r.name = j.at("name").get<std::string>();
        auto fail = [&](const std::string& what) {
            throw std::runtime_error("ua_apps.json: rule '" + r.name + "': " + what);
        };
        r.kind = j.at("kind").get<std::string>();
        if (r.kind != "app" && r.kind != "automation" && r.kind != "browser")
            fail("unknown kind '" + r.kind + "', must be: app, automation, browser");
        r.why = j.value("why", std::string());
        RE2::Options opt;
        opt.set_log_errors(false);
        opt.set_case_sensitive(!j.value("case_insensitive", false));
        r.re = std::make_unique<RE2>(j.at("regex").get<std::string>(), opt);
        if (!r.re->ok()) fail("regex does not compile under RE2: " + r.re->error());
        const nlohmann::json set = j.value("set", nlohmann::json::object());
        const nlohmann::json overrides = j.value("override", nlohmann::json::array());
        if (!set.is_object() || !overrides.is_array()) fail("set must be an object, override an array");
        for (const auto& [k, v] : set.items()) {
            if (std::find(std::begin(kFields), std::end(kFields), k) == std::end(kFields))
                fail("unknown field '" + k + "' in set");
            r.set.emplace_back(k, v.get<std::string>());
        }
        for (const auto& f : overrides) {
            r.override_fields.push_back(f.get<std::string>());
            if (std::none_of(r.set.begin(), r.set.end(), [&](const auto& s) { return s.first == f; }))
                fail("override names '" + f.get<std::string>() + "', which set does not");
        }
        rules.push_back(std::move(r));
    }
    return rules;
}

const std::vector<AppRule>& rules() {
    static const std::vector<AppRule> r = load_rules();
    return r;
}

// "$1".."$9" become the regex's groups (unset: empty); trimmed; empty is null. The same rule
// as uap-core's replacements, so the two tables read alike.
std::optional<std::string> substitute(const std::string& tmpl, const std::vector<re2::StringPiece>& g) {
    std::string out;
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '$' && i + 1 < tmpl.size() && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9') {
            std::size_t n = static_cast<std::size_t>(tmpl[++i] - '0');
            if (n < g.size() && g[n].data()) out.append(g[n].data(), g[n].size());
        } else {
            out += tmpl[i];
        }
    }
    auto b = out.find_first_not_of(" \t");
    if (b == std::string::npos) return std::nullopt;
    return out.substr(b, out.find_last_not_of(" \t") - b + 1);
}

}  // namespace

UaAppMatch apply_app_rules(std::string_view ua, UapResult& r) {
    UaAppMatch m;
    re2::StringPiece text(ua.data(), ua.size());
    std::vector<re2::StringPiece> g;
    for (const AppRule& rule : rules()) {
        g.assign(static_cast<std::size_t>(rule.re->NumberOfCapturingGroups()) + 1, re2::StringPiece());
        if (!rule.re->Match(text, 0, text.size(), RE2::UNANCHORED, g.data(), static_cast<int>(g.size())))
            continue;
        m.matched = true;
        m.kind = rule.kind;
        m.name = rule.name;
        m.why = rule.why;
        // A part ua-parser named stays ua-parser's (its own test suite pins those answers);
        // the rule fills only the parts it left "Other", plus the fields it overrides.
        const bool ua_other = r.ua_family == "Other", os_other = r.os_family == "Other",
                   device_other = r.device_family == "Other";
        for (const auto& [field, tmpl] : rule.set) {
            bool force = std::find(rule.override_fields.begin(), rule.override_fields.end(), field) !=
                         rule.override_fields.end();
            bool part_other = field.rfind("os", 0) == 0                                   ? os_other
                              : (field == "device" || field == "brand" || field == "model") ? device_other
                                                                                            : ua_other;
            if (!force && !part_other) continue;
            std::string* plain = nullptr;
            std::optional<std::string>* opt = slot(r, field, plain);
            std::optional<std::string> v = substitute(tmpl, g);
            if (plain) {
                if (v) *plain = *v;
            } else if (opt) {
                *opt = v;
            }
        }
        break;
    }
    return m;
}

std::size_t ua_app_rule_count() { return rules().size(); }

}  // namespace ownercheck

