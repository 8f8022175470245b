// core/data/ua_apps.json: exchange apps and automation clients, and the sample's user agents.

#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "enrich/ua_apps.hpp"
#include "enrich/user_agent.hpp"
#include "test_support.hpp"

using ownercheck::describe_user_agent;

namespace {
std::string kind_of(const std::string& ua) { return describe_user_agent(ua)["kind"].get<std::string>(); }
}  // namespace

TEST_CASE("ua: ua_apps.json loads, every rule compiles under RE2") {
    CHECK(ownercheck::ua_app_rule_count() >= 10);
}

TEST_CASE("ua: the sample's user agents are classified as a specialist would") {
    // Every distinct user agent in /work/shared/cases logs, with its expected kind and names.
    struct Want {
        const char* ua;
        const char* kind;
        const char* family;
        const char* os;
        const char* device;  // Event::ua.device
    };
    const Want wants[] = {
        {"Kraken/2.46.1 (Android 15; Pixel 8) okhttp/4.12.0", "app", "Kraken", "Android", "Pixel 8"},
        {"Kraken/2.47.0 (com.kraken.invest.app; build:2470; iOS 18.1.0) Alamofire/5.9.1", "app", "Kraken", "iOS",
         "iOS device"},
        {"Kraken/2.48.0 (com.kraken.invest.app; build:2480; iOS 18.2.0) Alamofire/5.9.1", "app", "Kraken", "iOS",
         "iOS device"},
        {"Kraken/2.47.0 (Android 14; SM-S911B) okhttp/4.12.0", "app", "Kraken", "Android", "Samsung SM-S911B"},
        {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
         "Safari/605.1.15",
         "browser", "Safari", "Mac OS X", "Mac"},
        {"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "browser", "Firefox", "Linux", "PC"},
        {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
         "Safari/537.36",
         "browser", "Chrome", "Windows", "PC"},
        {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 "
         "Safari/537.36",
         "browser", "Chrome", "Windows", "PC"},
        {"Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 "
         "Mobile Safari/537.36",
         "browser", "Chrome Mobile", "Android", "Pixel 8"},
        {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
         "Version/18.1 Mobile/15E148 Safari/604.1",
         "browser", "Mobile Safari", "iOS", "iPhone"},
        {"Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 "
         "Mobile Safari/537.36",
         "browser", "Chrome Mobile", "Android", "Samsung SM-S911B"},
        {"Mozilla/5.0 (Linux; Android 11; sdk_gphone_x86) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/120.0.6099.43 Mobile Safari/537.36",
         "automation", "Chrome Mobile", "Android", "sdk_gphone_x86"},
        {"python-requests/2.32.3", "automation", "Python Requests", "", ""},
        {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 "
         "Safari/537.36",
         "automation", "HeadlessChrome", "Linux", "PC"},
    };
    for (const Want& w : wants) {
        CAPTURE(w.ua);
        auto j = describe_user_agent(w.ua);
        CHECK(j["kind"] == w.kind);
        CHECK(j["user_agent"]["family"] == w.family);
        auto info = ownercheck::user_agent_info(w.ua);
        CHECK(info.kind == w.kind);
        CHECK(info.os == w.os);
        CHECK(info.device == w.device);
    }
    CHECK(ownercheck::user_agent_info(wants[0].ua).browser == "Kraken app");
}

TEST_CASE("ua: every user agent in the shared sample gets a kind, and the sample's automation is caught") {
    // Pull the user agents out of the sample the crude way (known prefixes), so a new UA in the
    // sample that nothing recognises shows up here as "unknown".
    std::map<std::string, std::string> kinds;
    namespace fs = std::filesystem;
    for (const auto& entry : fs::directory_iterator(test_support::shared_path("cases/cases"))) {
        if (entry.path().extension() != ".json") continue;
        auto doc = nlohmann::json::parse(test_support::read_file(entry.path().string()));
        for (const auto& ev : doc.at("evidence")) {
            if (ev.value("kind", "") != "logs") continue;
            const std::string text = ev.value("text", "");
            for (const char* prefix : {"Mozilla/5.0 (", "Kraken/", "python-requests/"}) {
                for (auto p = text.find(prefix); p != std::string::npos; p = text.find(prefix, p + 1)) {
                    // The field ends at a tab, quote, bar or line end, or a comma not followed by
                    // a space (CSV); "KHTML, like Gecko" keeps its comma.
                    auto e = p;
                    while (e < text.size() && !std::strchr("\t\"|\n\r", text[e]) &&
                           !(text[e] == ',' && (e + 1 >= text.size() || text[e + 1] != ' ')))
                        ++e;
                    std::string ua = text.substr(p, e - p);
                    while (!ua.empty() && ua.back() == ' ') ua.pop_back();
                    kinds.emplace(ua, kind_of(ua));
                }
            }
        }
    }
    CHECK(kinds.size() >= 10);
    std::set<std::string> automation;
    for (const auto& kv : kinds) {
        const std::string& ua = kv.first;  // (a structured binding cannot be CAPTUREd in clang 14)
        const std::string& kind = kv.second;
        CAPTURE(ua);
        CHECK(kind != "unknown");
        if (kind == "automation") automation.insert(ua);
    }
    CHECK(automation.size() == 3);  // HeadlessChrome, python-requests, sdk_gphone emulator
}

TEST_CASE("ua: automation clients beyond the sample") {
    for (const char* ua : {"curl/8.5.0", "Wget/1.21.3", "Go-http-client/1.1", "Go-http-client/2.0", "okhttp/4.12.0",
                           "Python-urllib/3.11", "python-httpx/0.27.0", "aiohttp/3.9.1", "Java/17.0.2",
                           "Apache-HttpClient/4.5.14 (Java/17.0.2)", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                           "axios/1.6.2", "PostmanRuntime/7.36.0", "libwww-perl/6.72", "ccxt/4.2.1",
                           "Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1",
                           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.0 Safari/537.36",
                           "Mozilla/5.0 (Linux; Android 13; sdk_gphone64_arm64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36",
                           "Mozilla/5.0 (Linux; Android 9; Android SDK built for x86 Build/PSR1.180720.075) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Mobile Safari/537.36",
                           "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                           "Kraken/2.47.0 (Android 11; sdk_gphone_x86) okhttp/4.12.0"}) {
        CAPTURE(ua);
        CHECK(kind_of(ua) == "automation");
    }
}

TEST_CASE("ua: exchange apps and ordinary browsers are not automation") {
    for (const char* ua : {"Binance/2.78.1 (com.czzhao.binance; build:1; iOS 17.4.1) Alamofire/5.8.0",
                           "Coinbase/12.4.2 (Android 14; SM-A546B) okhttp/4.11.0",
                           "Bitstamp/3.1.0 (Android 13; Pixel 7a) okhttp/4.10.0", "Kraken/2.49.0",
                           "SomeWallet/1.4.0 (io.some.wallet; build:140; iOS 17.2.0) Alamofire/5.8.1"}) {
        CAPTURE(ua);
        CHECK(kind_of(ua) == "app");
    }
    auto coinbase = describe_user_agent("Coinbase/12.4.2 (Android 14; SM-A546B) okhttp/4.11.0");
    CHECK(coinbase["user_agent"]["family"] == "Coinbase");
    CHECK(coinbase["user_agent"]["major"] == "12");
    CHECK(coinbase["os"]["family"] == "Android");
    CHECK(coinbase["os"]["major"] == "14");
    CHECK(kind_of("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0") == "browser");
    CHECK(kind_of("not a user agent at all") == "unknown");
    CHECK(kind_of("") == "unknown");
}


TEST_CASE("ua: human device labels from admin tools fill what ua-parser cannot name") {
    const auto firefox = ownercheck::user_agent_info("Firefox 132 / Ubuntu");
    CHECK(firefox.browser == "Firefox");
    CHECK(firefox.os == "Ubuntu");
    CHECK(firefox.device == "PC");
    CHECK(firefox.kind == "browser");
    const auto app = ownercheck::user_agent_info("Kraken Pro 3.9 / Android 15");
    CHECK(app.browser.rfind("Kraken", 0) == 0);
    CHECK(app.os == "Android");
    const auto chrome = ownercheck::user_agent_info("Chrome on Windows 11");
    CHECK(chrome.browser == "Chrome");
    CHECK(chrome.os == "Windows");
    // An Android model code alone names the phone; "app" alone makes it an app.
    const auto code = ownercheck::user_agent_info("SM-S901N \xC2\xB7 app 5.8.3");
    CHECK(code.device == "SM-S901N");
    CHECK(code.os == "Android");
    CHECK(code.kind == "app");
    CHECK(ownercheck::user_agent_info("CPH2581").os == "Android");
    CHECK(ownercheck::user_agent_info("220.1.2.3").os != "Android");         // digits only: not a model code
    CHECK(ownercheck::user_agent_info("Happy path test").kind == "unknown");  // "app" inside a word
    // Words inside other words do not count ("Machine" is not "Mac").
    CHECK(ownercheck::user_agent_info("Machine-7").device != "Mac");
    // A real user agent keeps ua-parser's answer.
    const auto real = ownercheck::user_agent_info(
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0");
    CHECK(real.browser == "Firefox");
    CHECK(real.os == "Ubuntu");
}

TEST_CASE("ua: a script's HTTP library as a parsed label is automation; a browser label is not") {
    // Auth0 and some panels log ua-parser's reading, not the raw string.
    CHECK(ownercheck::user_agent_info("Python Requests 2.31 / Other 0.0.0").kind == "automation");
    CHECK(ownercheck::user_agent_info("curl 8.4.0 / Other 0.0.0").kind == "automation");
    CHECK(ownercheck::user_agent_info("Chrome 139.0.0 / Windows 10.0.0").kind != "automation");
    CHECK(ownercheck::user_agent_info("Chrome Mobile 139.0.0 / Android 14.0.0").kind != "automation");
}
