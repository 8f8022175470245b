#pragma once
// A web analytics visits log copied from the browser (Matomo's "Visits Log", Piwik PRO, Plausible
// sessions): each visit a line with its time, then the visitor's fields ("IP : 37.166.118.0",
// "Fournisseur d'accès : Orange", a place line, a device line) and the visit's actions indented
// under them, some of them the site's own events:
//   mer. 8 juil. 2026 14:22:05
//   IP : 37.166.52.0
//   ID du visiteur : c7f3e1a20b9d6458    ID utilisateur : CH-2093377
//   Fournisseur d'accès : Bouygues Telecom
//   Marseille, Provence-Alpes-Côte d'Azur, France
//   Android 16, Chrome Mobile 150.0, Smartphone Samsung Galaxy A55 5G, 1080x2340
//      Événement : Auth - login_success (sms_otp)
// No format reads a visit, so the text is rewritten once before detection: each event line becomes
// one JSON record on its own line (the visit's time, network, place and device, and the event); a
// visit without events becomes one record on its time line; every other line an empty line (line
// numbers stay the paste's).

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` holds two visits at least;
// false, `out` untouched, otherwise.
bool rewrite_visit_log(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
