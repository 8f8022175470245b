#pragma once
// Small pieces shared by the Markdown and plain-text reports.

#include <string>
#include <vector>

#include "model/analysis.hpp"

namespace ownercheck::report_detail {

std::string cite(const std::vector<Ref>& refs);   // "block 0 line 4, block 1 line 9"
std::string percent(double p);                    // "87%"
std::string recommendation_title(const std::string& rec);  // "Owner verified"
int severity_rank(const std::string& severity);   // high 0 … info 3, for sorting

// The events of the last `days` days before now, newest first, at most `limit`.
std::vector<const Event*> recent_events(const Analysis& a, int days, size_t limit);
std::string describe_event(const Event& e);       // "login ok 83.2.47.154 Warsaw PL Safari/macOS"

}  // namespace ownercheck::report_detail
