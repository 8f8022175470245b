#include "enrich/user_agent.hpp"


#include <algorithm>
#include <optional>
#include <unordered_map>

#include "enrich/ua_apps.hpp"
#include "enrich/ua_parser.hpp"
#include "util/embedded_data.hpp"
#include "util/utf8.hpp"

namespace ownercheck {
namespace {

nlohmann::ordered_json opt(const std::optional<std::string>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

struct Parsed {
    UapResult uap;
    std::string kind;
};

// The longest prefix of a clean string of at most n bytes that ends on a character boundary.
std::string_view utf8_prefix(std::string_view s, std::size_t n) {
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

// Kind when no ua_apps.json rule matched: a crawler per ua-parser is automation; a named
// family is a browser when the string has a browser's shape (Mozilla/…, Opera/…), else some
// other client program; nothing named is unknown.
std::string kind_from_uap(std::string_view ua, const UapResult& r) {
    if (r.device_family == "Spider") return "automation";
    if (r.ua_family == "Other") return "unknown";
    if (ua.rfind("Mozilla/", 0) == 0 || ua.rfind("Opera/", 0) == 0 || ua.rfind("Opera ", 0) == 0)
        return "browser";
    return "app";
}

Parsed parse(std::string_view raw) {
    std::string clean = clean_user_agent(raw);
    std::string_view matched = utf8_prefix(clean, kUserAgentMatchBytes);
    Parsed p;
    if (matched.empty()) {
        p.kind = "unknown";
        return p;
    }
    p.uap = uap_parse(matched);
    UaAppMatch app = apply_app_rules(matched, p.uap);
    p.kind = app.matched ? app.kind : kind_from_uap(matched, p.uap);
    return p;
}

// ASCII lower case, for whole-word matching of label vocabulary.
std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Is `word` in `text` as a whole word (not inside a longer run of letters)?
bool has_word(const std::string& text, const std::string& word) {
    auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; };
    for (size_t pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) {
        const bool start_ok = pos == 0 || !is_letter(text[pos - 1]);
        const size_t end = pos + word.size();
        const bool end_ok = end >= text.size() || !is_letter(text[end]);
        if (start_ok && end_ok) return true;
    }
    return false;
}

// The first name in one list of core/data/ua_labels.json found in the text, or "".
std::string first_label(const std::string& lowered, const char* list) {
    for (const auto& pair : data_table("ua_labels.json").at(list))
        if (has_word(lowered, pair.at(0).get<std::string>())) return pair.at(1).get<std::string>();
    return {};
}

// A phone model a label spells out ("Samsung Galaxy S21 — Binance Android", "Pixel 8 Pro", "Redmi
// Note 13 Pro · Uygulama 5.9.8"), as the device-model table names it from a user agent's code
// ("Galaxy S21", "Xiaomi Redmi Note 13 Pro"), or "". The makers' words are in ua_labels.json.
std::string model_in_label(std::string_view ua) {
    auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    const std::string lowered = lower_ascii(ua);  // same offsets as `ua`
    for (const auto& pair : data_table("ua_labels.json").at("model_families")) {
        const std::string& words = pair.at(0).get_ref<const std::string&>();
        const size_t at = lowered.find(words);
        if (at == std::string::npos || (at > 0 && alnum(lowered[at - 1]))) continue;
        const size_t from = at + words.size();
        size_t e = from;
        while (e < ua.size() && alnum(ua[e])) ++e;
        const std::string_view model = ua.substr(from, e - from);
        if (model.find_first_of("0123456789") == std::string_view::npos) continue;  // "Galaxy" alone, "Pixel perfect"
        std::string name = pair.at(1).get<std::string>();
        for (char c : model) name += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        for (std::string_view suffix : {" Ultra", " Plus", " Pro", " FE", " XL"})  // a whole word after the model
            if (ua.substr(e, suffix.size()) == suffix && (e + suffix.size() == ua.size() || !alnum(ua[e + suffix.size()]))) {
                name += suffix;
                break;
            }
        return name;
    }
    return {};
}

// An Android model code standing alone in a label ("SM-S901N · app 5.8.3", "CPH2581"): one of the
// codes of correlate_device_models.json (by prefix), with a letter in it and no longer than a
// region suffix makes it. "" when there is none.
std::string android_code_in(std::string_view label) {
    static const std::vector<std::string> prefixes = [] {
        std::vector<std::string> out;
        for (const auto& [code, name] : data_table("correlate_device_models.json")["models"].items()) out.push_back(code);
        return out;
    }();
    size_t i = 0;
    while (i < label.size()) {
        while (i < label.size() && std::string_view(" \t/,;()[]|").find(label[i]) != std::string_view::npos) ++i;
        size_t j = i;
        while (j < label.size() && std::string_view(" \t/,;()[]|").find(label[j]) == std::string_view::npos) ++j;
        const std::string_view token = label.substr(i, j - i);
        const bool letter = std::any_of(token.begin(), token.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
        if (token.size() >= 5 && letter)
            for (const std::string& p : prefixes)
                if (token.size() <= p.size() + 4 && token.substr(0, p.size()) == p) return std::string(token);
        i = j;
    }
    return {};
}

// A device shown as a human label ("Firefox 132 / Ubuntu"): what ua-parser could not name, the
// label's words do. Only ever fills gaps; a real user agent keeps ua-parser's answer.
void fill_from_label(std::string_view ua, UserAgentInfo& info) {
    if (ua.rfind("Mozilla/", 0) == 0 || (!info.browser.empty() && !info.os.empty() && !info.device.empty())) return;
    if (info.device.empty() || info.device == "Other") {
        if (const std::string code = android_code_in(ua); !code.empty()) {
            info.device = code;
            if (info.os.empty()) info.os = "Android";
        }
    }
    if (!info.browser.empty() && !info.os.empty()) return;
    const std::string lowered = lower_ascii(ua);
    if (info.browser.empty()) {
        std::string app = first_label(lowered, "apps");
        if (!app.empty()) {
            info.browser = app;
            if (info.kind == "unknown") info.kind = "app";
        } else if (std::string browser = first_label(lowered, "browsers"); !browser.empty()) {
            info.browser = browser;
            if (info.kind == "unknown") info.kind = "browser";
        }
    }
    // "SM-S901N · app 5.8.3", "Galaxy A55 · Uygulama 5.10.1": an app by that word alone, its name unknown.
    if (info.kind == "unknown" && info.browser.empty())
        for (const auto& word : data_table("ua_labels.json").at("app_words"))
            if (has_word(lowered, word.get_ref<const std::string&>())) {
                info.kind = "app";
                break;
            }
    if (info.os.empty()) info.os = first_label(lowered, "os");
    if (info.device.empty()) {
        info.device = first_label(lowered, "devices");
        if (info.device.empty() && (info.os == "Windows" || info.os == "Linux" || info.os == "Ubuntu" ||
                                    info.os == "Debian" || info.os == "Fedora" || info.os == "Chrome OS"))
            info.device = "PC";
        if (info.device.empty() && info.os == "Mac OS X") info.device = "Mac";
    }
}

}  // namespace

std::string clean_user_agent(std::string_view ua) {
    const std::string out = utf8_clean(ua);
    const char* ws = " \t\r\n\f\v";
    auto b = out.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    return out.substr(b, out.find_last_not_of(ws) - b + 1);
}

nlohmann::ordered_json describe_user_agent(std::string_view ua) {
    Parsed p = parse(ua);
    const UapResult& r = p.uap;
    nlohmann::ordered_json j;
    j["ua"] = clean_user_agent(ua);
    j["user_agent"] = {{"family", r.ua_family}, {"major", opt(r.ua_major)}, {"minor", opt(r.ua_minor)},
                       {"patch", opt(r.ua_patch)}};
    j["os"] = {{"family", r.os_family},   {"major", opt(r.os_major)},
               {"minor", opt(r.os_minor)}, {"patch", opt(r.os_patch)},
               {"patch_minor", opt(r.os_patch_minor)}};
    j["device"] = {{"family", r.device_family}, {"brand", opt(r.device_brand)}, {"model", opt(r.device_model)}};
    j["kind"] = p.kind;
    return j;
}

UserAgentInfo user_agent_info(std::string_view ua) {
    // "ExchangeApp/5.9.8 (Android 14; 2312DRA50G) | device: Redmi Note 13 Pro · Uygulama 5.9.8": the
    // user agent is read as one, then the panel's device label names the phone when it spells out
    // a model, and fills what the string left unsaid.
    if (const size_t cut = ua.find(kDeviceLabelAfterUserAgent); cut != std::string_view::npos) {
        UserAgentInfo info = user_agent_info(ua.substr(0, cut));
        if (info.kind == "automation") return info;
        const std::string_view label = ua.substr(cut + kDeviceLabelAfterUserAgent.size());
        if (std::string model = model_in_label(label); !model.empty()) info.device = model;
        else if (std::string code = android_code_in(label); !code.empty()) info.device = code;
        fill_from_label(label, info);
        return info;
    }
    Parsed p = parse(ua);
    const UapResult& r = p.uap;
    UserAgentInfo info;
    info.kind = p.kind;
    // Names without versions: a browser or app update is not a new device.
    if (r.ua_family != "Other") info.browser = p.kind == "app" ? r.ua_family + " app" : r.ua_family;
    if (r.os_family != "Other") info.os = r.os_family;
    // The most specific name of the hardware ("Pixel 8", "iPhone", "Mac"). ua-parser has no
    // device for desktop strings, so a desktop OS stands for "PC"; a generic
    // "Generic Smartphone" says nothing and stays empty.
    if (r.device_family != "Other" && r.device_family.rfind("Generic", 0) != 0) {
        info.device = r.device_family;
    } else if (r.os_family.rfind("Windows", 0) == 0 || r.os_family == "Linux" || r.os_family == "Ubuntu" ||
               r.os_family == "Fedora" || r.os_family == "Chrome OS" || r.os_family == "FreeBSD") {
        info.device = "PC";
    }
    if (info.kind != "automation") fill_from_label(ua, info);
    // A label that spells the model out beats ua-parser's family guess ("Samsung Galaxy" for
    // "Samsung Galaxy S21 — Binance Android 2.85.0"); a real user agent's code keeps its reading.
    if (ua.rfind("Mozilla/", 0) != 0) {
        bool numbered = false;
        for (char c : info.device) numbered = numbered || (c >= '0' && c <= '9');
        if (!numbered)
            if (std::string model = model_in_label(ua); !model.empty()) info.device = model;
    }
    return info;
}

UaEnrichStats enrich_user_agents(std::vector<Event>& events) {
    // A login history repeats the same few strings hundreds of times: parse each once.
    std::unordered_map<const void*, UserAgentInfo> cache;  // by interned identity: no hashing of the text
    UaEnrichStats stats;
    for (Event& e : events) {
        if (e.user_agent.empty()) continue;
        ++stats.events;
        auto it = cache.find(e.user_agent.id());
        if (it == cache.end()) it = cache.emplace(e.user_agent.id(), user_agent_info(e.user_agent)).first;
        e.ua = it->second;
    }
    stats.distinct = cache.size();
    return stats;
}

}  // namespace ownercheck

