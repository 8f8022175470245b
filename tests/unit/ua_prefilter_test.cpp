// The literal prefilter of the ua-parser rules (ua_table.hpp, scripts/gen_uap_table.py): a rule
// is skipped, uncompiled, when the string lacks one of its atoms, so an atom that is not really
// required would silently change results. Here every rule's regex runs over every string of
// uap-core's three test suites, and wherever it matches, the rule's atoms must all be present.

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "enrich/ua_parser.hpp"
#include "enrich/ua_table.hpp"

namespace {

namespace uap = ownercheck::uap;

// The user_agent_string values of one uap-core test file. Quoting as in those files: '...'
// with '' for a quote, "..." with backslash escapes, or plain.
std::vector<std::string> suite_strings(const std::string& file) {
    std::string src = uap::table().source;  // .../uap-core/regexes.yaml
    std::string path = src.substr(0, src.find_last_of('/')) + "/tests/" + file;
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "cannot read " << path << " (apt-get install uap-core)");
    const std::string key = "user_agent_string:";
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        auto k = line.find(key);
        if (k == std::string::npos) continue;
        std::string v = line.substr(k + key.size());
        v.erase(0, v.find_first_not_of(' '));
        while (!v.empty() && (v.back() == ' ' || v.back() == '\r')) v.pop_back();
        std::string s;
        if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') {
            for (std::size_t i = 1; i + 1 < v.size(); ++i) {
                s += v[i];
                if (v[i] == '\'' && v[i + 1] == '\'') ++i;
            }
        } else if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
            for (std::size_t i = 1; i + 1 < v.size(); ++i) {
                if (v[i] != '\\') {
                    s += v[i];
                    continue;
                }
                char e = v[++i];
                s += e == 'n' ? '\n' : e == 't' ? '\t' : e;
            }
        } else {
            s = v;
        }
        out.push_back(s);
    }
    CHECK_MESSAGE(!out.empty(), path << " has no user_agent_string");
    return out;
}

struct Atoms {
    const uap::UapTable& t = uap::table();

    std::string_view atom(std::uint32_t id) const {
        const uap::UapAtom& a = t.atoms.atoms[id];
        return {a.text, a.size};
    }
    // "" when the folded string satisfies every group of the rule, else the first unmet group.
    std::string missing(const uap::UapRule& r, const std::string& folded) const {
        for (std::uint32_t g = 0; g < r.group_count; ++g) {
            const uap::UapAtomGroup& group = t.groups.groups[r.first_group + g];
            std::string alts;
            bool any = false;
            for (std::uint32_t k = 0; k < group.count; ++k) {
                std::string_view a = atom(t.group_atoms[group.first + k]);
                any = any || folded.find(a) != std::string::npos;
                alts += (k ? " | " : "") + std::string(a);
            }
            if (!any) return alts;
        }
        return {};
    }
};

}  // namespace

TEST_CASE("ua prefilter: the table's atoms are well formed") {
    const uap::UapTable& t = uap::table();
    REQUIRE(t.atoms.count > 0);
    for (std::size_t i = 0; i < t.atoms.count; ++i) {
        std::string_view a(t.atoms.atoms[i].text, t.atoms.atoms[i].size);
        CAPTURE(a);
        CHECK(a.size() >= 3);
        CHECK(ownercheck::uap_fold(a) == a);  // stored folded, or it could never be found
    }
    int without = 0;
    for (const uap::UapRuleList* list : {&t.user_agent, &t.os, &t.device}) {
        for (std::size_t i = 0; i < list->count; ++i) {
            const uap::UapRule& r = list->rules[i];
            without += r.group_count == 0;
            REQUIRE(r.first_group + r.group_count <= t.groups.count);
            for (std::uint32_t g = 0; g < r.group_count; ++g) {
                const uap::UapAtomGroup& group = t.groups.groups[r.first_group + g];
                CHECK(group.count > 0);
                for (std::uint32_t k = 0; k < group.count; ++k) CHECK(t.group_atoms[group.first + k] < t.atoms.count);
            }
        }
    }
    CHECK(without == t.rules_without_atoms);
    MESSAGE(t.atoms.count << " distinct atoms; " << without << " rules without any (always tried)");
}

// The fold must cover every character that RE2's case-insensitive matching equates with an ASCII
// letter: otherwise a regex_flag 'i' rule could match a string whose folded copy lacks its atom.
TEST_CASE("ua prefilter: the fold covers RE2's case folding onto ASCII letters") {
    RE2 letter("(?i)[a-z]");
    REQUIRE(letter.ok());
    std::set<std::uint32_t> non_ascii;
    for (std::uint32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string u;
        if (cp < 0x800) {
            u += static_cast<char>(0xC0 | (cp >> 6));
        } else if (cp < 0x10000) {
            u += static_cast<char>(0xE0 | (cp >> 12));
            u += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        } else {
            u += static_cast<char>(0xF0 | (cp >> 18));
            u += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            u += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        }
        u += static_cast<char>(0x80 | (cp & 0x3F));
        if (!RE2::FullMatch(u, letter)) continue;
        non_ascii.insert(cp);
        CAPTURE(cp);
        std::string folded = ownercheck::uap_fold(u);
        CHECK(folded.size() == 1);
        if (folded.size() == 1) CHECK(RE2::FullMatch(u, RE2("(?i)" + folded)));
    }
    CHECK(non_ascii == std::set<std::uint32_t>{0x017F, 0x212A});
}

TEST_CASE("ua prefilter: every rule's atoms occur in every suite string it matches") {
    std::set<std::string> unique;
    for (const char* file : {"test_ua.yaml", "test_os.yaml", "test_device.yaml"})
        for (std::string& s : suite_strings(file)) unique.insert(std::move(s));
    std::vector<std::string> strings(unique.begin(), unique.end());
    std::vector<std::string> folded;
    folded.reserve(strings.size());
    for (const std::string& s : strings) folded.push_back(ownercheck::uap_fold(s));

    auto t0 = std::chrono::steady_clock::now();
    Atoms atoms;
    const uap::UapTable& t = atoms.t;
    long matches = 0, checked_rules = 0;
    int failures = 0;
    // Plain loop variables: clang 14 (Emscripten's) cannot capture structured bindings in CHECK.
    for (const auto& section : {std::pair{"user_agent", &t.user_agent}, std::pair{"os", &t.os},
                                std::pair{"device", &t.device}}) {
        const char* name = section.first;
        const auto* list = section.second;
        for (std::size_t i = 0; i < list->count; ++i) {
            const uap::UapRule& r = list->rules[i];
            if (r.group_count == 0) continue;  // nothing to check: always tried
            ++checked_rules;
            RE2::Options opt;
            opt.set_log_errors(false);
            opt.set_case_sensitive(!r.case_insensitive);
            RE2 re(r.regex, opt);
            REQUIRE_MESSAGE(re.ok(), std::string(name) << "[" << i << "]: " << re.error());
            for (std::size_t s = 0; s < strings.size(); ++s) {
                if (!RE2::PartialMatch(strings[s], re)) continue;
                ++matches;
                std::string gap = atoms.missing(r, folded[s]);
                if (!gap.empty() && ++failures <= 20)
                    FAIL_CHECK(std::string(name) << "[" << i << "] " << std::string(r.regex)
                                                 << " matches but lacks atom '" << gap << "': " << strings[s]);
            }
        }
    }
    CHECK(failures == 0);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE(checked_rules << " rules with atoms x " << strings.size() << " distinct suite strings: " << matches
                          << " matches checked in " << ms << " ms");
    CHECK(matches > static_cast<long>(strings.size()));  // the suites do exercise the rules
}
