#pragma once
// The words of the assessment: the few deciding reasons (strongest first) and a summary a senior
// specialist reads in ten seconds.

#include <string>
#include <vector>

#include "assess/policy.hpp"
#include "model/analysis.hpp"

namespace ownercheck::assess {

std::vector<std::string> deciding_reasons(const Analysis& a, const Decision& d, size_t max_reasons);
std::string summary_text(const Analysis& a, const Decision& d, double owner_probability);

}  // namespace ownercheck::assess
