#pragma once
// ua-parser's rule lists (uap-core regexes.yaml), compiled into the binary at build time by
// scripts/gen_uap_table.py (wired by cmake/uap_table.cmake). Data only; ua_parser.cpp runs it.

#include <cstddef>

namespace ownercheck::uap {

// One rule: a regex and up to five replacement templates ("$1".."$9" refer to the regex's
// groups). nullptr means "no replacement": take the group in that position instead.
//   user agent: family, v1 (major), v2 (minor), v3 (patch), unused
//   os:         os, v1, v2, v3, v4 (patch_minor)
//   device:     device, brand, model, unused, unused
struct UapRule {
    const char* regex;
    bool case_insensitive;  // regex_flag: 'i'
    const char* replacement[5];
};

struct UapRuleList {
    const UapRule* rules;
    std::size_t count;
};

struct UapTable {
    UapRuleList user_agent, os, device;
    const char* version;     // uap-core version the table was generated from
    const char* sha256;      // of that regexes.yaml
    const char* source;      // path it was read from at build time
    int rewritten;           // regexes hand-rewritten for RE2 by the generator
};

const UapTable& table();  // defined in the generated uap_table.cpp

}  // namespace ownercheck::uap
