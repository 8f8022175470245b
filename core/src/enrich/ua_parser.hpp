#pragma once
// ua-parser (uap-core) evaluated with RE2: what browser, OS and device a user-agent string names.
// RE2 because user agents are attacker-controlled: it matches in time linear in the input, where
// a backtracking engine can be made to spin on a crafted string.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck {

// Field names and nulls as in uap-core's tests (test_ua.yaml, test_os.yaml, test_device.yaml).
struct UapResult {
    std::string ua_family = "Other";
    std::optional<std::string> ua_major, ua_minor, ua_patch;
    std::string os_family = "Other";
    std::optional<std::string> os_major, os_minor, os_patch, os_patch_minor;
    std::string device_family = "Other";
    std::optional<std::string> device_brand, device_model;
};

// What loading the whole table into RE2 gives (for tests and diagnostics). uap_parse compiles a
// rule only when a string contains the rule's literal atoms (ua_table.hpp); asking for this
// status compiles all of them (~0.7 s natively), so parsing code should not.
struct UapTableStatus {
    int rules = 0;                      // all rules in the generated table
    int compiled = 0;                   // rules RE2 accepted
    int rules_without_atoms = 0;        // rules every string is tried against
    std::vector<std::string> rejected;  // "os[12]: <RE2 error>: <regex>" for each one it did not
    std::string version, sha256;        // uap-core version and regexes.yaml hash
};

// Parses one string with the uap-core rules (first matching rule wins, per section). The input
// must be valid UTF-8 (user_agent.cpp cleans it first); any byte string is safe, though.
UapResult uap_parse(std::string_view ua);

const UapTableStatus& uap_table_status();

// The copy of a string that rules' atoms are looked up in: ASCII lower-case, with the non-ASCII
// letters RE2's case folding equates with ASCII ones spelled as those. For ua_prefilter_test.
std::string uap_fold(std::string_view ua);

}  // namespace ownercheck
