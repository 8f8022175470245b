#include "enrich/ua_parser.hpp"


#include <algorithm>
#include <memory>

#include <re2/re2.h>
#include <re2/set.h>

#include "enrich/ua_table.hpp"

namespace ownercheck {
namespace {

using Groups = std::vector<re2::StringPiece>;  // [0] whole match; data()==nullptr: group unset

struct CompiledRule {
    const uap::UapRule* rule;
    std::unique_ptr<RE2> re;
};

// One section's rules, plus all of them in one RE2::Set: a single pass over the string says
// which rules match at all, so only the first of those runs again for its groups. Sequential
// matching of ~600 rules costs ~600 passes per string.
struct Section {
    std::vector<CompiledRule> rules;
    std::unique_ptr<RE2::Set> set;  // index i in the set is rules[i]; null if it did not build
};

struct Compiled {
    Section user_agent, os, device;
    UapTableStatus status;
};

void compile_list(const char* name, const uap::UapRuleList& list, Section& sec, UapTableStatus& status) {
    std::vector<CompiledRule>& out = sec.rules;
    out.reserve(list.count);
    for (std::size_t i = 0; i < list.count; ++i) {
        const uap::UapRule& r = list.rules[i];
        RE2::Options opt;
        opt.set_log_errors(false);
        opt.set_case_sensitive(!r.case_insensitive);
        // Per-regex DFA budget; RE2 falls back to the (still linear) NFA when it is spent.
        opt.set_max_mem(1 << 20);
        auto re = std::make_unique<RE2>(r.regex, opt);
        status.rules++;
        if (!re->ok()) {
            status.rejected.push_back(std::string(name) + "[" + std::to_string(i) + "]: " + re->error() +
                                      ": " + r.regex);
            continue;  // a rule RE2 cannot run is skipped, never approximated
        }
        status.compiled++;
        out.push_back({&r, std::move(re)});
    }
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_max_mem(64 << 20);  // the set's DFA; when spent, first_match falls back to the loop
    auto set = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
    for (const CompiledRule& r : out) {
        std::string pattern = r.rule->case_insensitive ? "(?i:" + std::string(r.rule->regex) + ")"
                                                       : "(?:" + std::string(r.rule->regex) + ")";
        if (set->Add(pattern, nullptr) < 0) return;  // no set: the loop does the work
    }
    if (set->Compile()) sec.set = std::move(set);
}

// Compiled once, on first use: about 1,160 regexes, so a CLI run that never sees a user agent
// does not pay for them.
const Compiled& compiled() {
    static const Compiled c = [] {
        Compiled c;
        const uap::UapTable& t = uap::table();
        compile_list("user_agent", t.user_agent, c.user_agent, c.status);
        compile_list("os", t.os, c.os, c.status);
        compile_list("device", t.device, c.device, c.status);
        c.status.version = t.version;
        c.status.sha256 = t.sha256;
        return c;
    }();
    return c;
}

bool match_groups(const CompiledRule& r, re2::StringPiece text, Groups& g) {
    g.assign(static_cast<std::size_t>(r.re->NumberOfCapturingGroups()) + 1, re2::StringPiece());
    return r.re->Match(text, 0, text.size(), RE2::UNANCHORED, g.data(), static_cast<int>(g.size()));
}

// The first rule (in table order) that matches, with its groups; nullptr when none does.
const CompiledRule* first_match(const Section& sec, std::string_view s, Groups& g) {
    re2::StringPiece text(s.data(), s.size());
    if (sec.set) {
        std::vector<int> hits;
        RE2::Set::ErrorInfo err{RE2::Set::kNoError};
        bool any = sec.set->Match(text, &hits, &err);
        if (err.kind == RE2::Set::kNoError) {
            if (!any) return nullptr;
            std::sort(hits.begin(), hits.end());
            for (int i : hits)  // the first hit always matches again; the loop is for safety
                if (match_groups(sec.rules[static_cast<std::size_t>(i)], text, g))
                    return &sec.rules[static_cast<std::size_t>(i)];
            return nullptr;
        }
        // DFA out of memory on this string: fall through to the plain loop (still linear).
    }
    for (const CompiledRule& r : sec.rules)
        if (match_groups(r, text, g)) return &r;
    return nullptr;
}

std::string group_text(const Groups& g, std::size_t i) {
    if (i >= g.size() || g[i].data() == nullptr) return {};
    return std::string(g[i].data(), g[i].size());
}

std::optional<std::string> nonempty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

std::string trim(std::string s) {
    const char* ws = " \t\r\n\f\v";
    auto b = s.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    auto e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

// uap-core's replacement rule: "$1".."$9" become the groups (an unset group is empty), then
// surrounding spaces go, and an empty result is null.
std::optional<std::string> substitute(const char* tmpl, const Groups& g) {
    std::string out;
    for (const char* p = tmpl; *p; ++p) {
        if (p[0] == '$' && p[1] >= '0' && p[1] <= '9') {
            out += group_text(g, static_cast<std::size_t>(p[1] - '0'));
            ++p;
        } else {
            out += *p;
        }
    }
    return nonempty(trim(std::move(out)));
}

// Field `slot` of a rule: its replacement when it has one, else group `group` (empty is null).
std::optional<std::string> field(const CompiledRule& r, int slot, std::size_t group, const Groups& g) {
    if (const char* tmpl = r.rule->replacement[slot]) return substitute(tmpl, g);
    return nonempty(group_text(g, group));
}

}  // namespace

UapResult uap_parse(std::string_view ua) {
    const Compiled& c = compiled();
    UapResult out;
    Groups g;
    if (const CompiledRule* r = first_match(c.user_agent, ua, g)) {
        out.ua_family = field(*r, 0, 1, g).value_or("Other");
        out.ua_major = field(*r, 1, 2, g);
        out.ua_minor = field(*r, 2, 3, g);
        out.ua_patch = field(*r, 3, 4, g);
    }
    if (const CompiledRule* r = first_match(c.os, ua, g)) {
        out.os_family = field(*r, 0, 1, g).value_or("Other");
        out.os_major = field(*r, 1, 2, g);
        out.os_minor = field(*r, 2, 3, g);
        out.os_patch = field(*r, 3, 4, g);
        out.os_patch_minor = field(*r, 4, 5, g);
    }
    if (const CompiledRule* r = first_match(c.device, ua, g)) {
        out.device_family = field(*r, 0, 1, g).value_or("Other");
        out.device_brand = r->rule->replacement[1] ? substitute(r->rule->replacement[1], g) : std::nullopt;
        out.device_model = field(*r, 2, 1, g);  // no model template: the device group
    }
    return out;
}

const UapTableStatus& uap_table_status() { return compiled().status; }

}  // namespace ownercheck

