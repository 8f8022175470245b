#include "correlate/ua_family.hpp"

#include <regex>

#include "util/embedded_data.hpp"

namespace ownercheck::correlate {

namespace {

bool has(const std::string& s, const char* p) { return s.find(p) != std::string::npos; }

std::string android_model(const std::string& ua) {
    // "Android 14; SM-S911B)" / "Android 15; Pixel 8)" / "Linux; Android 14; Pixel 8 Build/..."
    static const std::regex re(R"(Android[ \d.]*;\s*(?:[a-z]{2}[-_][A-Za-z]{2};\s*)?([^;)]+?)(?:\s+Build/[^;)]*)?\s*[;)])");
    std::smatch m;
    if (!std::regex_search(ua, m, re)) return "";
    std::string code = m[1].str();
    if (code == "K" || code == "wv") return "";  // reduced UAs hide the model
    for (const auto& [prefix, name] : data_table("correlate_device_models.json")["models"].items())
        if (code.rfind(prefix, 0) == 0) return name.get<std::string>();
    return code;
}

}  // namespace

UaFamily parse_ua(const std::string& ua) {
    UaFamily f;
    if (ua.empty()) return f;
    if (has(ua, "Kraken/") || has(ua, "com.kraken")) f.app = true;
    if (has(ua, "iPhone")) f.os = "iOS", f.model = "iPhone";
    else if (has(ua, "iPad")) f.os = "iOS", f.model = "iPad";
    else if (has(ua, "Android")) f.os = "Android", f.model = android_model(ua);
    else if (has(ua, "iOS")) f.os = "iOS", f.model = f.app ? "iPhone" : "";  // app UAs name the OS only
    else if (has(ua, "Windows")) f.os = "Windows";
    else if (has(ua, "Macintosh") || has(ua, "Mac OS X")) f.os = "Mac OS X";
    else if (has(ua, "CrOS")) f.os = "Chrome OS";
    else if (has(ua, "Linux") || has(ua, "X11")) f.os = "Linux";
    if (!f.app) {
        if (has(ua, "Edg/") || has(ua, "EdgA/") || has(ua, "EdgiOS/")) f.browser = "Edge";
        else if (has(ua, "OPR/")) f.browser = "Opera";
        else if (has(ua, "Firefox/") || has(ua, "FxiOS/")) f.browser = "Firefox";
        else if (has(ua, "Chrome/") || has(ua, "CriOS/")) f.browser = "Chrome";
        else if (has(ua, "Safari/")) f.browser = "Safari";
    }
    static const char* const bots[] = {"python-requests", "curl/", "okhttp", "Go-http-client", "HeadlessChrome", "node-fetch", "axios", "Java/", "wget", "Scrapy"};
    if (!f.app)
        for (const char* b : bots)
            if (has(ua, b)) f.automation = true;
    return f;
}

UaFamily ua_family(const Event& e) {
    UaFamily f = parse_ua(e.user_agent);
    // The enrich stage's reading wins where it said something.
    if (!e.ua.os.empty()) f.os = e.ua.os == "macOS" ? "Mac OS X" : e.ua.os;
    if (!e.ua.browser.empty() && e.ua.browser != "Kraken app") f.browser = e.ua.browser;
    if (e.ua.kind == "app" || e.ua.browser == "Kraken app") f.app = true, f.browser.clear();
    if (e.ua.kind == "automation") f.automation = true;
    return f;
}

}  // namespace ownercheck::correlate
