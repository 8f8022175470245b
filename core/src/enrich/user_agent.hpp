#pragma once
// User agents: which browser, OS and device a login came from, and whether it was a person's
// browser, an exchange's own app or an automation client. ua-parser (uap-core) does the
// browser/OS/device part (ua_parser.hpp); core/data/ua_apps.json adds exchange apps, HTTP
// libraries, headless browsers and emulators (ua_apps.hpp).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/event.hpp"

namespace ownercheck {

// The `ownercheck ua` record: {"ua", "user_agent":{family,major,minor,patch},
// "os":{family,major,minor,patch,patch_minor}, "device":{family,brand,model},
// "kind":"browser|app|automation|unknown"}, nulls where uap-core's tests have them.
// Never throws on any byte string: invalid UTF-8 is replaced by U+FFFD first.
nlohmann::ordered_json describe_user_agent(std::string_view ua);

// What the enrich stage stores on an event (model/event.hpp).
UserAgentInfo user_agent_info(std::string_view ua);

// Fills Event::ua for every event with a user agent. Parses each distinct string once.
struct UaEnrichStats {
    std::size_t events = 0;    // events that had a user agent
    std::size_t distinct = 0;  // distinct strings among them, i.e. parses done
};
UaEnrichStats enrich_user_agents(std::vector<Event>& events);

// The string as matched: valid UTF-8 (bad sequences become U+FFFD), surrounding whitespace
// trimmed. Exposed for tests.
std::string clean_user_agent(std::string_view ua);

// Only this many bytes of a user agent are matched against the rules. Real ones are under
// 1 KB; the bound keeps the cost of one hostile string fixed (RE2 is linear, but there are
// about 1,200 rules).
inline constexpr std::size_t kUserAgentMatchBytes = 2048;

}  // namespace ownercheck
