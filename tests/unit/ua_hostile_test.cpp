// User agents are written by whoever logs in, attacker included: huge strings, markup, broken
// UTF-8 and strings crafted against backtracking regex engines must come back as a normal
// record, quickly, and the per-string cache must make repeats free.

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "enrich/user_agent.hpp"
#include "model/event.hpp"

using ownercheck::describe_user_agent;

namespace {
double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
bool valid_record(const nlohmann::ordered_json& j) {
    return j.is_object() && j.contains("ua") && j["user_agent"]["family"].is_string() &&
           j["os"]["family"].is_string() && j["device"]["family"].is_string() && j["kind"].is_string();
}
}  // namespace

TEST_CASE("ua: hostile strings give a normal record") {
    std::vector<std::string> hostile = {
        "<img src=x onerror=alert(1)>",
        "Mozilla/5.0 <script>alert(1)</script> Chrome/1.0",
        std::string("bad \xff\xfe utf8 \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 end"),
        std::string("nul\0inside Chrome/120.0", 23),
        std::string(10 * 1024, 'A'),
        "Mozilla/5.0 (" + std::string(10 * 1024, '(') + ")",
        "Mozilla/5.0 " + std::string(10 * 1024, ';'),
        std::string(10 * 1024, '\xff'),
        "\"},{\"kind\":\"browser\"",
        "   ",
        std::string("\xe4\xb8\xad\xe6\x96\x87 Kraken/2.47.0"),
    };
    // Patterns that make backtracking engines explode, sized at 10 KB.
    std::string nested;
    for (int i = 0; i < 1000; ++i) nested += "Android 1.1.1.1.1";
    hostile.push_back(nested);
    std::string digits = "Chrome/";
    while (digits.size() < 10 * 1024) digits += "1.";
    hostile.push_back(digits);

    for (const std::string& ua : hostile) {
        CAPTURE(ua.substr(0, 60));
        auto t0 = std::chrono::steady_clock::now();
        nlohmann::ordered_json j;
        REQUIRE_NOTHROW(j = describe_user_agent(ua));
        CHECK(ms_since(t0) < 2000);
        CHECK(valid_record(j));
        // The record must serialise: nlohmann throws on invalid UTF-8 when dumping.
        std::string out;
        REQUIRE_NOTHROW(out = j.dump());
        CHECK(out.find('\n') == std::string::npos);  // one line per record for `ownercheck ua`
        REQUIRE_NOTHROW(ownercheck::user_agent_info(ua));
    }
    CHECK(describe_user_agent("<img src=x onerror=alert(1)>")["ua"] == "<img src=x onerror=alert(1)>");
    CHECK(describe_user_agent("<img src=x onerror=alert(1)>")["kind"] == "unknown");
    CHECK(describe_user_agent("   ")["kind"] == "unknown");
    // A 10 KB string is echoed whole, but only its head is matched.
    CHECK(describe_user_agent(std::string(10 * 1024, 'A'))["ua"].get<std::string>().size() == 10 * 1024);
}

TEST_CASE("ua: invalid UTF-8 becomes U+FFFD, valid UTF-8 is kept") {
    CHECK(ownercheck::clean_user_agent("a\xff" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(ownercheck::clean_user_agent("\xc3\xa9t\xc3\xa9") == "\xc3\xa9t\xc3\xa9");
    CHECK(ownercheck::clean_user_agent("\xc0\xaf") == "\xEF\xBF\xBD\xEF\xBF\xBD");                      // overlong
    CHECK(ownercheck::clean_user_agent("\xed\xa0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");      // surrogate
    CHECK(ownercheck::clean_user_agent("\xf0\x9f\x98\x80") == "\xf0\x9f\x98\x80");                      // emoji
    CHECK(ownercheck::clean_user_agent("\xe4\xb8") == "\xEF\xBF\xBD\xEF\xBF\xBD");                      // truncated
    CHECK(ownercheck::clean_user_agent("  x \t") == "x");
    // The cut for matching never splits a character: a long run of 3-byte characters.
    std::string cjk;
    while (cjk.size() < 3 * ownercheck::kUserAgentMatchBytes) cjk += "\xe4\xb8\xad";
    CHECK_NOTHROW(describe_user_agent(cjk).dump());
}

TEST_CASE("ua: enrich_user_agents parses each distinct string once") {
    std::vector<ownercheck::Event> events(3000);
    const char* uas[] = {
        "Kraken/2.47.0 (com.kraken.invest.app; build:2470; iOS 18.1.0) Alamofire/5.9.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "python-requests/2.32.3",
    };
    for (std::size_t i = 0; i < events.size(); ++i) events[i].user_agent = uas[i % 3];
    events[7].user_agent.clear();  // no user agent: left alone

    auto t0 = std::chrono::steady_clock::now();
    auto stats = ownercheck::enrich_user_agents(events);
    double cached_ms = ms_since(t0);
    CHECK(stats.events == 2999);
    CHECK(stats.distinct == 3);
    CHECK(events[0].ua.kind == "app");
    CHECK(events[0].ua.browser == "Kraken app");
    CHECK(events[1].ua.kind == "browser");
    CHECK(events[2].ua.kind == "automation");
    CHECK(events[7].ua.kind.empty());

    // The same work without the cache, on a tenth of the events, for the report's numbers.
    t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < 300; ++i) (void)ownercheck::user_agent_info(uas[i % 3]);
    double uncached_ms = ms_since(t0) * 10;
    MESSAGE("3,000 events, 3 distinct user agents: " << cached_ms << " ms with the cache, ~" << uncached_ms
                                                     << " ms estimated without");
    CHECK(cached_ms < uncached_ms);
}

