#include "enrich/ua_parser.hpp"

#include <bitset>
#include <memory>
#include <mutex>

#include <re2/re2.h>

#include "enrich/ua_table.hpp"

namespace ownercheck {
namespace {

using Groups = std::vector<re2::StringPiece>;  // [0] whole match; data()==nullptr: group unset

// A rule whose RE2 is built the first time a string gets past its atoms (see ua_table.hpp).
// Compiling all ~1,160 regexes up front cost ~0.7 s natively, on every CLI run; a string
// typically reaches a few dozen of them. call_once: the CLI and tests may parse from threads.
struct LazyRule {
    const uap::UapRule* rule = nullptr;
    std::once_flag once;
    std::unique_ptr<RE2> re;  // null until compiled; still null after if RE2 rejected the regex
};

struct Section {
    explicit Section(const char* n) : name(n) {}
    const char* name;
    std::size_t count = 0;
    std::unique_ptr<LazyRule[]> rules;
};

struct Compiled {
    Section user_agent{"user_agent"}, os{"os"}, device{"device"};
};

void init_section(const uap::UapRuleList& list, Section& sec) {
    sec.count = list.count;
    sec.rules = std::make_unique<LazyRule[]>(list.count);
    for (std::size_t i = 0; i < list.count; ++i) sec.rules[i].rule = &list.rules[i];
}

std::unique_ptr<RE2> build(const uap::UapRule& r) {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_case_sensitive(!r.case_insensitive);
    // Per-regex DFA budget; RE2 falls back to the (still linear) NFA when it is spent.
    opt.set_max_mem(1 << 20);
    return std::make_unique<RE2>(r.regex, opt);
}

// The rule's RE2, compiled on first need; nullptr when RE2 rejects it (such a rule is skipped,
// never approximated, and uap_table_status lists it).
const RE2* regex(LazyRule& r) {
    std::call_once(r.once, [&r] { r.re = build(*r.rule); });
    return r.re && r.re->ok() ? r.re.get() : nullptr;
}

const Compiled& compiled() {
    static const Compiled c = [] {
        Compiled c;
        const uap::UapTable& t = uap::table();
        init_section(t.user_agent, c.user_agent);
        init_section(t.os, c.os);
        init_section(t.device, c.device);
        return c;
    }();
    return c;
}

}  // namespace

// The string as the atoms are written: ASCII lower-case, and the two non-ASCII letters that
// RE2's case folding (a rule's regex_flag 'i') matches to an ASCII letter spelled as that
// letter: U+212A KELVIN SIGN as "k", U+017F LATIN SMALL LETTER LONG S as "s". Every match of a
// rule then contains the rule's atoms in this copy. Works on any bytes.
std::string uap_fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z') {
            out += static_cast<char>(ch - 'A' + 'a');
        } else if (s.compare(i, 3, "\xE2\x84\xAA") == 0) {
            out += 'k';
            i += 2;
        } else if (s.compare(i, 2, "\xC5\xBF") == 0) {
            out += 's';
            i += 1;
        } else {
            out += ch;
        }
    }
    return out;
}

namespace {

// Which atoms a string contains, each looked up once per string (many rules share "android").
class AtomProbe {
public:
    explicit AtomProbe(std::string_view ua)
        : folded_(uap_fold(ua)), seen_(uap::table().atoms.count, kUnknown) {
        for (std::size_t i = 0; i + 3 <= folded_.size(); ++i) trigrams_.set(trigram(folded_.data() + i));
    }

    bool admits(const uap::UapRule& r) {
        const uap::UapTable& t = uap::table();
        for (std::uint32_t g = 0; g < r.group_count; ++g) {
            const uap::UapAtomGroup& group = t.groups.groups[r.first_group + g];
            bool any = false;
            for (std::uint32_t k = 0; k < group.count && !any; ++k) any = has(t.group_atoms[group.first + k]);
            if (!any) return false;
        }
        return true;
    }

private:
    static constexpr signed char kUnknown = -1;
    static constexpr std::size_t kTrigramBits = 4096;

    static std::size_t trigram(const char* p) {
        auto b = [p](int i) { return static_cast<std::size_t>(static_cast<unsigned char>(p[i])); };
        return (b(0) * 961 + b(1) * 31 + b(2)) % kTrigramBits;
    }

    bool has(std::uint32_t atom) {
        signed char& s = seen_[atom];
        if (s == kUnknown) {
            // Atoms are 3+ bytes: one whose first or last three bytes never occur is absent,
            // found without a search (most of the ~2,000 atoms, for a typical string).
            const uap::UapAtom& a = uap::table().atoms.atoms[atom];
            s = trigrams_.test(trigram(a.text)) && trigrams_.test(trigram(a.text + a.size - 3)) &&
                        folded_.find(std::string_view(a.text, a.size)) != std::string::npos
                    ? 1
                    : 0;
        }
        return s == 1;
    }

    std::string folded_;
    std::vector<signed char> seen_;
    std::bitset<kTrigramBits> trigrams_;  // hashed 3-byte windows of folded_
};

bool match_groups(const RE2& re, re2::StringPiece text, Groups& g) {
    g.assign(static_cast<std::size_t>(re.NumberOfCapturingGroups()) + 1, re2::StringPiece());
    return re.Match(text, 0, text.size(), RE2::UNANCHORED, g.data(), static_cast<int>(g.size()));
}

// The first rule (in table order) that matches, with its groups; nullptr when none does.
// Rules whose atoms the string lacks cannot match and are skipped without compiling.
const uap::UapRule* first_match(const Section& sec, std::string_view s, AtomProbe& probe, Groups& g) {
    re2::StringPiece text(s.data(), s.size());
    for (std::size_t i = 0; i < sec.count; ++i) {
        LazyRule& r = sec.rules[i];
        if (!probe.admits(*r.rule)) continue;
        const RE2* re = regex(r);
        if (re && match_groups(*re, text, g)) return r.rule;
    }
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
std::optional<std::string> field(const uap::UapRule& r, int slot, std::size_t group, const Groups& g) {
    if (const char* tmpl = r.replacement[slot]) return substitute(tmpl, g);
    return nonempty(group_text(g, group));
}

}  // namespace

UapResult uap_parse(std::string_view ua) {
    const Compiled& c = compiled();
    UapResult out;
    Groups g;
    AtomProbe probe(ua);
    if (const uap::UapRule* r = first_match(c.user_agent, ua, probe, g)) {
        out.ua_family = field(*r, 0, 1, g).value_or("Other");
        out.ua_major = field(*r, 1, 2, g);
        out.ua_minor = field(*r, 2, 3, g);
        out.ua_patch = field(*r, 3, 4, g);
    }
    if (const uap::UapRule* r = first_match(c.os, ua, probe, g)) {
        out.os_family = field(*r, 0, 1, g).value_or("Other");
        out.os_major = field(*r, 1, 2, g);
        out.os_minor = field(*r, 2, 3, g);
        out.os_patch = field(*r, 3, 4, g);
        out.os_patch_minor = field(*r, 4, 5, g);
    }
    if (const uap::UapRule* r = first_match(c.device, ua, probe, g)) {
        out.device_family = field(*r, 0, 1, g).value_or("Other");
        out.device_brand = r->replacement[1] ? substitute(r->replacement[1], g) : std::nullopt;
        out.device_model = field(*r, 2, 1, g);  // no model template: the device group
    }
    return out;
}

// Compiles every rule (what uap_parse does only on need): for tests and diagnostics.
const UapTableStatus& uap_table_status() {
    static const UapTableStatus st = [] {
        const Compiled& c = compiled();
        UapTableStatus st;
        for (const Section* sec : {&c.user_agent, &c.os, &c.device}) {
            for (std::size_t i = 0; i < sec->count; ++i) {
                LazyRule& r = sec->rules[i];
                st.rules++;
                if (regex(r)) {
                    st.compiled++;
                } else {
                    st.rejected.push_back(std::string(sec->name) + "[" + std::to_string(i) + "]: " +
                                          (r.re ? r.re->error() : std::string("not built")) + ": " +
                                          r.rule->regex);
                }
            }
        }
        const uap::UapTable& t = uap::table();
        st.version = t.version;
        st.sha256 = t.sha256;
        st.rules_without_atoms = t.rules_without_atoms;
        return st;
    }();
    return st;
}

}  // namespace ownercheck

