// User-agent parsing (uap-core rules on RE2) on attacker-controlled strings: the result must
// always serialise as JSON.
#include <cstdint>
#include <string_view>

#include "enrich/user_agent.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view ua(reinterpret_cast<const char*>(data), size);
    const auto j = ownercheck::describe_user_agent(ua);
    (void)j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::strict);  // throws on bad UTF-8
    (void)ownercheck::user_agent_info(ua);
    return 0;
}
