#pragma once
// Email addresses: syntax, domain, disposable domains (core/data/disposable_email_domains.json
// from disposable-email-domains-js, CC0), and how much another address looks like the account's.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ownercheck {

struct EmailInfo {
    std::string address;   // trimmed; "Name <a@b>" and "mailto:" unwrapped; domain lower-cased
    bool valid = false;
    std::string local, domain;
    bool disposable = false;  // the domain or a parent domain is on the disposable list
    std::string error;
};

EmailInfo email_info(std::string_view addr);
bool is_disposable_domain(std::string_view domain);

struct EmailLookalike {
    double score = 0;   // 0 unrelated .. 1 the same mailbox
    std::string kind;   // same | same_mailbox | same_local_other_domain | added_to_local |
                        // near_spelling | domain_lookalike | unrelated | invalid
    std::string explanation;
};

// How much `other` (e.g. the ticket sender) looks like `account` (the account's address) without
// being it: the shapes an attacker registers to pass as the owner.
EmailLookalike email_lookalike(std::string_view account, std::string_view other);

// {"address","valid","local","domain","disposable","error"} (+ "lookalike" when `account` given).
nlohmann::ordered_json describe_email(std::string_view addr, std::string_view account = {});

}  // namespace ownercheck
