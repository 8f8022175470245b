#pragma once
// Data files from core/data/, compiled into the binary (see cmake/embed_data.cmake).

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ownercheck {

// The bytes of core/data/<name> (e.g. "event_types.json"); empty when there is no such file.
std::string_view embedded_data(std::string_view name);
std::vector<std::string_view> embedded_data_names();

// The file parsed as JSON, parsed once and kept. Throws std::runtime_error naming the file when it
// is missing or malformed: data files are linted by the tests, so that is a build defect.
const nlohmann::json& data_table(std::string_view name);

}  // namespace ownercheck
