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
};

Decision decide(const Analysis& a, double owner_probability);

}  // namespace ownercheck::assess
