#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

#include "util/embedded_data.hpp"

namespace ownercheck {

const nlohmann::json& data_table(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string, nlohmann::json, std::less<>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(name);
    if (it != cache.end()) return it->second;
    const std::string_view bytes = embedded_data(name);
    if (bytes.empty()) throw std::runtime_error("data file core/data/" + std::string(name) + " is not built in");
    nlohmann::json parsed = nlohmann::json::parse(bytes, nullptr, false, /*ignore_comments=*/true);
    if (parsed.is_discarded()) throw std::runtime_error("data file core/data/" + std::string(name) + " is not valid JSON");
    return cache.emplace(std::string(name), std::move(parsed)).first->second;
}

}  // namespace ownercheck
