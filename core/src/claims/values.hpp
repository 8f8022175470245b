#pragma once
// Typed values other than dates and amounts: places, devices, 2FA methods, trade side and the
// identity facts (email, phone, name, address). Each reads a folded segment of one sentence; the
// original text is passed where the client's own spelling must be kept.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

struct PlaceFound {
    std::string city;      // canonical English name when known ("Sao Paulo"), else ""
    std::string city_raw;  // as the client wrote it ("São Paulo", "Москва")
    std::string country;   // ISO alpha-2, "" when not named
    std::string country_raw;
    std::string text;      // the whole place phrase as written
};
// The first place named in the segment, up to a contrast word ("..., but I am in Poland now").
std::optional<PlaceFound> find_place(const Folded& seg, std::string_view original, size_t from_byte);

struct DeviceFound {
    std::string text;  // the client's words for this device
    std::string os, browser, model;  // model: "iPhone", "Pixel 8", "Galaxy S23"
    // The model as the client narrowed it within a family the logs cannot tell apart: "iPhone
    // 13", "Xiaomi 13" (the user agent says only "iPhone"); empty when nothing narrows it.
    std::string model_text;
    // "Motorola", "Dell": a maker whose models the logs rarely name; when a login's user agent
    // names another maker's model (a Galaxy, an iPhone), it is not this device.
    std::string family;
    bool app = false;
    // "phone", "телефон", "laptop": a kind of device named without an OS, browser, model or app.
    // The logs cannot check it; it is read only when nothing more specific is named.
    std::string kind;
};
// With the sentence's language: a device word that is an elided article there ("dell'anno") or
// that "never" denies ("uygulama hiç kullanmadım") is not a device. A device introduced as new
// or just bought is left out, and added to `just_bought` when given.
std::vector<DeviceFound> find_devices(const Folded& seg, std::string_view original, const LangLex* lex = nullptr,
                                      std::vector<DeviceFound>* just_bought = nullptr);

// security_key | sms | totp | email | "": the first method named that no negator of `lex` denies;
// `denied` tells whether a method was named and denied ("SMS habe ich nie benutzt").
std::string find_method(std::string_view folded, const LangLex& lex, bool* denied = nullptr);
std::string find_side(std::string_view folded);    // buy | sell | ""
std::string find_email(std::string_view original);
std::string find_phone(std::string_view original);
// The method at [p, p+len) of folded `s` sits in a clause that wants to switch to it (lexicon
// switch_to: "switch to", "umstellen", "mudar para"): the client's next method, not theirs.
bool wished_method(std::string_view s, size_t p, size_t len);
std::string find_address(std::string_view original);  // a crypto address
// An address read out by its two ends ("starts bc1qxy2 and ends 0wlh", "beginnt mit 0x9f3A und
// endet auf c41E", "bc1qxy2 ile başlıyor, 0wlh ile bitiyor"): "bc1qxy2…0wlh", or "" when the
// segment does not name both ends, or the start does not look like an address.
std::string find_spoken_address(const Folded& seg, std::string_view original);
std::string find_name_after(std::string_view original, const Folded& seg, size_t cue_end_folded);

}  // namespace ownercheck::claims
