#pragma once
// Whether a device the client names (one entry of a devices claim's value: os, browser, model,
// app, kind) is the device a login's user agent describes.

#include <nlohmann/json.hpp>

#include "correlate/ua_family.hpp"

namespace ownercheck::correlate {

// Every attribute the client named must agree; an unnamed one agrees with anything. A kind alone
// ("my phone") matches nothing here: the devices check cannot tell one phone from another.
bool device_matches(const nlohmann::ordered_json& d, const UaFamily& u);

// As device_matches, and "my phone" (a kind alone) matches any iOS or Android device but an iPad.
bool device_or_kind_matches(const nlohmann::ordered_json& d, const UaFamily& u);

}  // namespace ownercheck::correlate
