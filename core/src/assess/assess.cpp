#include "assess/assess.hpp"

namespace ownercheck {

// Placeholder policy until claims and signals are weighed: nothing is verified, so nothing is
// concluded. It says so rather than guessing.
void assess_case(Analysis& a) {
    a.assessment.recommendation = "needs_more_info";
    a.assessment.owner_probability = 0.5;
    a.assessment.summary = "No claim has been checked and no signal weighed yet.";
}

}  // namespace ownercheck
