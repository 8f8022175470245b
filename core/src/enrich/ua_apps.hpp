#pragma once
// Exchange mobile apps and automation clients: the user agents ua-parser does not know or does
// not flag, from core/data/ua_apps.json (first matching rule wins; see that file for the rules).

#include <string>
#include <string_view>

#include "enrich/ua_parser.hpp"

namespace ownercheck {

struct UaAppMatch {
    bool matched = false;
    std::string kind;  // app | automation | browser
    std::string name;  // the rule's name, e.g. "Kraken app", "python-requests"
    std::string why;   // one line a specialist can read, e.g. "Android emulator (sdk_gphone)"
};

// Applies the first matching rule: returns its kind and, where ua-parser left a field "Other" or
// null (or the rule says the app names itself better than the HTTP library it embeds), fills it
// from the rule's templates.
UaAppMatch apply_app_rules(std::string_view ua, UapResult& r);

// Rules loaded and compiled from ua_apps.json; throws std::runtime_error naming the rule when
// one is malformed (the data file is linted by tests/unit/ua_apps_test.cpp).
std::size_t ua_app_rule_count();

}  // namespace ownercheck
