#pragma once
// ua-parser's rule lists (uap-core regexes.yaml), compiled into the binary at build time by
// scripts/gen_uap_table.py (wired by cmake/uap_table.cmake). Data only; ua_parser.cpp runs it.

#include <cstddef>
#include <cstdint>

namespace ownercheck::uap {

// One rule: a regex and up to five replacement templates ("$1".."$9" refer to the regex's
// groups). nullptr means "no replacement": take the group in that position instead.
//   user agent: family, v1 (major), v2 (minor), v3 (patch), unused
//   os:         os, v1, v2, v3, v4 (patch_minor)
//   device:     device, brand, model, unused, unused
//
// Atoms: literals every match of the regex contains, ASCII lower-case (the generator's
// required_atoms). A rule needs each of its atom groups satisfied before it can match, so
// ua_parser.cpp skips it, uncompiled, when one is not. None: the rule is always tried.
struct UapRule {
    const char* regex;
    bool case_insensitive;  // regex_flag: 'i'
    const char* replacement[5];
    std::uint32_t first_group;  // this rule's groups: UapTable::groups[first_group, +group_count)
    std::uint32_t group_count;
};

struct UapAtom {
    const char* text;  // ASCII lower-case, no NUL
    std::size_t size;
};

// Satisfied when at least one of its atoms occurs: UapTable::atoms[group_atoms[first + k]],
// k < count. Most groups have one atom; an alternation gives one per branch.
struct UapAtomGroup {
    std::uint32_t first;
    std::uint32_t count;
};

struct UapAtomList {
    const UapAtom* atoms;  // distinct
    std::size_t count;
};

struct UapGroupList {
    const UapAtomGroup* groups;
    std::size_t count;
};

struct UapRuleList {
    const UapRule* rules;
    std::size_t count;
};

struct UapTable {
    UapRuleList user_agent, os, device;
    UapAtomList atoms;
    UapGroupList groups;
    const std::uint32_t* group_atoms;  // indexes into atoms, group after group
    int rules_without_atoms;           // always tried (and compiled) when reached
    const char* version;     // uap-core version the table was generated from
    const char* sha256;      // of that regexes.yaml
    const char* source;      // path it was read from at build time
    int rewritten;           // regexes hand-rewritten for RE2 by the generator
};

const UapTable& table();  // defined in the generated uap_table.cpp

}  // namespace ownercheck::uap
