#include "correlate/ua_family.hpp"

#include "util/embedded_data.hpp"

namespace ownercheck::correlate {

namespace {

bool has(const std::string& s, const char* p) { return s.find(p) != std::string::npos; }

// Maps a model code ("SM-S911B") to the name clients use ("Galaxy S23"), by prefix.
std::string model_name(std::string code) {
    for (const auto& [prefix, name] : data_table("correlate_device_models.json")["models"].items())
        if (code.rfind(prefix, 0) == 0) return name.get<std::string>();
    return code;
}

std::string trim(std::string s) {
    const auto b = s.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

// "Android 14; SM-S911B)" / "Android 15; Pixel 8)" / "Linux; Android 14; en-us; Pixel 8 Build/...":
// the model is the first field after "Android N" that is not a locale. Apps and log lines written
// by hand separate with commas ("Kraken App 2.46 (Android 15, Pixel 8)"): a comma counts when it
// comes before the parenthesis closes. A linear scan, not a regex: user agents are attacker-controlled.
std::string android_model(const std::string& ua) {
    size_t p = ua.find("Android");
    if (p == std::string::npos) return "";
    const size_t close = ua.find(')', p);
    const char* const seps = close == std::string::npos ? ";" : ";,";
    p = ua.find_first_of(seps, p);
    if (p != std::string::npos && close != std::string::npos && p > close) p = std::string::npos;
    for (int field = 0; p != std::string::npos && field < 3; ++field) {
        const size_t start = p + 1;
        const size_t end = ua.find_first_of(close == std::string::npos ? ";)" : ";,)", start);
        std::string code = trim(ua.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (const size_t build = code.find(" Build/"); build != std::string::npos) code = trim(code.substr(0, build));
        const bool locale = code.size() == 5 && (code[2] == '-' || code[2] == '_');
        if (!code.empty() && !locale) return code == "K" || code == "wv" ? "" : model_name(code);  // reduced UAs hide it
        p = end == std::string::npos || ua[end] == ')' ? std::string::npos : end;
    }
    return "";
}

// Linux distributions are "Linux" to a client ("Firefox on Ubuntu" is a Linux PC).
std::string os_family(const std::string& os) {
    if (os == "macOS") return "Mac OS X";
    if (os == "Ubuntu" || os == "Debian" || os == "Fedora" || os == "Linux Mint" || os == "Arch Linux" ||
        os == "openSUSE" || os == "Red Hat" || os == "CentOS" || os == "Gentoo")
        return "Linux";
    return os;
}

// The browser as a client names it: parsers tell the mobile builds apart ("Chrome Mobile", "Mobile
// Safari", "Firefox iOS"), a client says "Chrome on my Galaxy". Web views stay as they are: an app's
// embedded page is not the browser.
std::string browser_family(const std::string& b) {
    if (b.find("WebView") != std::string::npos) return b;
    static const char* const names[] = {"Chrome", "Safari", "Firefox", "Edge", "Opera"};
    for (const char* n : names) {
        const std::string name = n;
        if (b == name) return b;
        if (b == "Mobile " + name || b == name + " Mobile" || b == name + " Mobile iOS" || b == name + " iOS") return name;
    }
    return b;
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
    // A device label kept after the user agent (ingest/record.cpp) is the enrich stage's to read.
    const std::string_view raw = e.user_agent.view();
    const size_t label_at = raw.find(kDeviceLabelAfterUserAgent);
    UaFamily f = parse_ua(std::string(raw.substr(0, label_at)));
    // The enrich stage's reading wins where it said something.
    if (!e.ua.os.empty()) f.os = os_family(e.ua.os);
    const bool app_name = e.ua.browser.size() > 4 && e.ua.browser.compare(e.ua.browser.size() - 4, 4, " app") == 0;
    if (!e.ua.browser.empty() && !app_name) f.browser = browser_family(e.ua.browser);
    if (e.ua.kind == "app" || app_name) f.app = true, f.browser.clear();
    // An app's own HTTP library ("Exchange/3.22.1 (Android 14; SM-A546E) okhttp/4.12.0") is not a
    // script: the enrich stage tells a bare "okhttp/4.12.0" (automation) from an app built on it.
    if (e.ua.kind == "app") f.automation = false;
    // A named device from enrich ("Pixel 8", "Samsung SM-S911B") when the string did not say, or
    // when a panel's label beside it names the phone whose code the table lacks ("2312DRA50G" beside
    // "Redmi Note 13 Pro"); a model the string names ("iPhone" beside "iPhone17,3") stays.
    const bool unknown_code = f.model.find(' ') == std::string::npos && f.model.find_first_of("0123456789") != std::string::npos;
    // ("K" is no phone: the reduced user agent's placeholder, which the UA tables read as a device)
    if ((f.model.empty() || (label_at != std::string_view::npos && unknown_code)) && !e.ua.device.empty() && e.ua.device != "PC" &&
        e.ua.device != "Other" && e.ua.device != "K") {
        std::string d = e.ua.device;
        if (d.rfind("Samsung ", 0) == 0) d = d.substr(8);
        f.model = model_name(d);
    }
    if (e.ua.kind == "automation") f.automation = true;
    return f;
}

}  // namespace ownercheck::correlate
