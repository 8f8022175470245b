#pragma once
// What the analysis concluded: claims checked against the logs, risk signals, and the assessment.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/ref.hpp"

namespace ownercheck {

// Claim topics and verdicts are the contract's vocabulary (shared/docs/CONTRACT.md).
struct Claim {
    std::string id;     // C1, C2...
    std::string topic;  // account_created, last_deposit, ...
    std::string text;   // the client's words
    nlohmann::ordered_json value = nlohmann::ordered_json::object();  // typed value
    Ref source;         // where in the answers block
    std::string language;  // en, fr, pt, de, it, ru, tr, zh, ko
    bool phishable = false;  // identity facts an attacker can buy

    // Filled by correlate
    std::string verdict = "unverifiable";  // corroborated | partial | contradicted | unverifiable
    double weight = 0;                     // log-odds contribution, filled by assess
    std::vector<Ref> evidence;
    std::string explanation;
};

struct Signal {
    std::string id;        // S1, S2...
    std::string kind;      // impossible_travel, new_country, ...
    std::string severity;  // info | low | medium | high
    double weight = 0;     // log-odds contribution, filled by assess
    std::vector<Ref> evidence;
    std::string explanation;
    bool explained_by_baseline = false;  // the account's own history explains it
    // Not reported: what a knock-only signal (failed attempts alone, nobody got in or changed
    // anything) is about ("FR", "AS16276 (OVH SAS)") and how many attempts, so that a dozen such
    // signals of one kind read as one line (signals/fold_knocks.cpp).
    std::string knock_subject;
    int knocks = 0;
};

struct Assessment {
    std::string recommendation = "needs_more_info";
    double owner_probability = 0.5;
    std::string summary;
    std::vector<std::string> reasons;
    std::vector<std::string> next_questions;
    std::string reply_language;
    std::string reply_draft;  // for needs_more_info: a reply to the client in their language
};

}  // namespace ownercheck
