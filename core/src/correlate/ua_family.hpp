#pragma once
// What a login's user agent says about the device, for comparing with what the client claims.
// Uses the enrich stage's Event::ua when filled; otherwise reads the UA string minimally (iPhone,
// iPad, Android + model, Windows, Mac OS X, Linux, Chrome/Safari/Firefox/Edge, Kraken app UAs).

#include <string>

#include "model/event.hpp"

namespace ownercheck::correlate {

struct UaFamily {
    std::string os;       // iOS | Android | Windows | Mac OS X | Linux | Chrome OS | ""
    std::string browser;  // Chrome | Safari | Firefox | Edge | Opera | ""
    std::string model;    // "iPhone", "iPad", "Pixel 8", "Galaxy S23", "" when not said
    bool app = false;     // the exchange's own mobile app
    bool automation = false;
};

UaFamily ua_family(const Event& e);
UaFamily parse_ua(const std::string& ua);

}  // namespace ownercheck::correlate
