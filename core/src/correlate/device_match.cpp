#include "correlate/device_match.hpp"

#include <string>

#include "claims/text.hpp"

namespace ownercheck::correlate {

namespace {

bool model_matches(const std::string& claimed, const UaFamily& u) {
    if (claimed.empty()) return true;
    const std::string cl = claims::fold_str(claimed), um = claims::fold_str(u.model);
    // An iOS reading that names no model is an iPhone: an iPad says so ("iPad" in its user agent
    // or label) or passes for a Mac (ipad_as_mac); "Mobile Safari 18, iOS 18.6" (a Cognito device
    // name) is a phone.
    if (cl == "iphone" || cl == "ipad") return um == cl || (cl == "iphone" && u.os == "iOS" && um.empty());
    // Chrome on Android reports every phone as "Android 10; K" (reduced user agent), Firefox names
    // none: a log that hides the model cannot tell one Android phone from another.
    if (um.empty()) return u.os == "Android";
    // "Pixel" claimed matches "Pixel 8"; "Galaxy S23" matches "Galaxy S23" but not "Galaxy S22"
    return um.rfind(cl, 0) == 0 && (um.size() == cl.size() || um[cl.size()] == ' ' || cl.back() == ' ');
}

}  // namespace

// A model the user agent names that belongs to a maker other than `family`: "Galaxy S23" is no
// Motorola. A model the logs leave unnamed, or one of an unknown maker, says nothing.
bool other_makers_model(const std::string& family, const UaFamily& u) {
    if (u.model.empty()) return false;
    const std::string f = claims::fold_str(family), um = claims::fold_str(u.model);
    if (um.rfind(f, 0) == 0 || (f == "motorola" && um.rfind("moto", 0) == 0) || (f == "moto" && um.rfind("motorola", 0) == 0)) return false;
    for (const char* maker : {"galaxy", "pixel", "iphone", "ipad", "xiaomi", "redmi", "huawei", "oneplus", "moto"})
        if (um.rfind(maker, 0) == 0) return true;
    return false;
}

// iPadOS Safari asks for desktop sites by default: an iPad signs in as Safari on a Mac.
bool ipad_as_mac(const nlohmann::ordered_json& d, const UaFamily& u) {
    return d.contains("model") && claims::fold_str(d["model"].get<std::string>()) == "ipad" && u.os == "Mac OS X" && u.browser == "Safari" &&
           !u.app && (!d.contains("browser") || d["browser"].get<std::string>() == "Safari");
}

bool device_matches(const nlohmann::ordered_json& d, const UaFamily& u) {
    if (u.automation) return false;
    if (ipad_as_mac(d, u)) return true;
    if (d.contains("family") && other_makers_model(d["family"].get<std::string>(), u)) return false;
    if (d.contains("os") && d["os"].get<std::string>() != u.os) return false;
    if (d.contains("browser") && d["browser"].get<std::string>() != u.browser) return false;
    if (d.contains("model") && !model_matches(d["model"].get<std::string>(), u)) return false;
    if (d.value("app", false) && !u.app) return false;
    return true;
}

bool device_or_kind_matches(const nlohmann::ordered_json& d, const UaFamily& u) {
    if (d.contains("os") || d.contains("browser") || d.contains("model") || d.value("app", false)) return device_matches(d, u);
    if (u.automation || d.value("kind", std::string()) != "phone") return false;
    return (u.os == "iOS" && u.model != "iPad") || u.os == "Android";
}

}  // namespace ownercheck::correlate
