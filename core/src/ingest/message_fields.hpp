#pragma once
// What a log message says in its own words about where and on what an event came from: "Sign-in
// for user 4402716 failed from 146.70.117.223 (AS9009 M247 Europe SRL, Frankfurt am Main, DE)
// using Firefox 147 on Linux". Shared by the line reader (formats/lines.cpp), which reads whole
// lines so, and the record builder (record.cpp), for a table whose message column holds them.

#include <string_view>

#include "model/event.hpp"

namespace ownercheck::ingest {

// The words that state the action, before what it concerns: "Login succeeded" of "— Login
// succeeded from 78.34.101.12 (Exchange app on Android, Cologne, DE) — 2FA: authenticator app".
// The rest (an app called "Exchange" on an "iPhone", "2FA: app") would mislead the rules; the
// whole line is still read when the clause names no action.
std::string_view leading_clause(std::string_view msg);

// A character of a token (an address, an e-mail) as the line reader cuts a message into tokens.
bool token_char(char c);

// The next token of a message from `pos` (an address, an e-mail, a word), without the '.' or ':'
// that ends a sentence or a label after it; `pos` moves past it. Empty at the end.
std::string_view next_token(std::string_view msg, size_t& pos);

// The address `token` is, cleaned ("[2a02:8108::1]:443" -> "2a02:8108::1"): an IPv4 address or
// an IPv6 one written with "::"; empty for any other token.
std::string_view address_in(std::string_view token);

// The next token of `msg` from `pos` that is an address (address_in), `pos` past it and
// `starts_at`, when given, where its token starts; empty when none is left.
std::string_view next_address(std::string_view msg, size_t& pos, size_t* starts_at = nullptr);

// "DE", "SG": a country as logs print it after a place.
bool is_code(std::string_view c);

// Does this text name a browser, a system, a phone or an app ("Firefox 124 on Linux")?
bool names_device(std::string_view text);

// "(Denver, US; AS9009 M247 Europe SRL)", "(SG, Singapore)" right after the IP: where the address
// is and whose network it is. Support timelines put the device first: "(Firefox 124 on Linux,
// Cologne, DE)".
void read_place_group(std::string_view group, Event& ev);

// "via Kraken app 2.46.1 on Android 15 (Pixel 8)", "using Chrome 131 (Windows 10)": the device a
// message names after the address, when it names a browser, a system, a phone or an app.
std::string_view device_phrase(std::string_view msg);

// The place group right after the address that ends at `ip_end` in `msg`, and the device phrase
// after it, into the fields of `ev` still empty.
void read_after_address(std::string_view msg, size_t ip_end, Event& ev);

// A message cell of a table: its first IP address, and what follows it (read_after_address),
// into the fields of `ev` still empty. False when the message names no address.
bool read_message_fields(std::string_view msg, Event& ev);

}  // namespace ownercheck::ingest
