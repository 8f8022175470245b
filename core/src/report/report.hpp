#pragma once
// Report: the analysis as `ownercheck.report/1` JSON, Markdown or plain text.

#include <string>

#include <nlohmann/json.hpp>

#include "model/analysis.hpp"

namespace ownercheck {

nlohmann::ordered_json report_json(const Analysis& a);
std::string report_markdown(const Analysis& a);
std::string report_text(const Analysis& a);

}  // namespace ownercheck
