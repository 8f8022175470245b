#pragma once
// The contract's policy on top of the probability: what must hold for each recommendation.

#include <string>
#include <vector>

#include "model/analysis.hpp"

namespace ownercheck::assess {

struct Decision {
    std::string recommendation;  // owner_verified | needs_more_info | suspected_takeover
    std::string rule;            // one sentence: which condition decided it
    std::vector<std::string> hard_corroborated;  // hard-to-phish topics the logs confirm
    std::vector<std::string> contradicted;       // topics the logs contradict
    std::vector<const Signal*> unexplained_high;
    std::vector<const Signal*> attack_high;      // of those, the attack-pattern kinds
    // An unexplained sign of someone new in the account (new device, security change) while every
    // corroborated hard fact is one the exchange's e-mails show: a mailbox reader could answer so.
    const Signal* new_access = nullptr;
    // A logs block most of whose records could not be read hides what happened in the account as
    // much as a signal would show it: with mailbox facts only, that is no verification either.
    const BlockIngest* unread_block = nullptr;
    bool mailbox_facts_only = false;
};

Decision decide(const Analysis& a, double owner_probability);

}  // namespace ownercheck::assess
