#pragma once
// Small helpers every detector shares: the thresholds file, severity arithmetic, keys that make
// two sightings of the same device or network compare equal, and number formatting for
// explanations (no locale: reports must be byte-identical everywhere).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/event.hpp"
#include "model/findings.hpp"

namespace ownercheck::signals {

// core/data/signals.json, or one section of it.
const nlohmann::json& config();
const nlohmann::json& config(std::string_view section);
double config_number(std::string_view section, std::string_view key, double fallback);

// info < low < medium < high; rank 0..3 (unknown names rank 0).
int severity_rank(std::string_view severity);
std::string_view severity_name(int rank);  // clamps to 0..3

std::string lower(std::string_view s);
bool contains_any(std::string_view haystack_lower, const nlohmann::json& words);

// A device identity that survives app and browser updates: the enrich stage's
// kind|browser|os|device when it parsed the user agent, else the raw user agent in lower case
// with version numbers folded to '#'. Empty when the event has no user agent at all.
std::string device_key(const Event& e);
// Short human label for a device, for explanations ("Chrome on Windows", else the raw UA cut).
std::string device_label(const Event& e);

// IPv4 /24 or IPv6 /48 of an address, "" when the text is not an address.
std::string ip_prefix(std::string_view ip);
bool is_public_ip(std::string_view ip);

// "Hamburg, DE", else the country, else the IP, else "unknown place".
std::string place_label(const Event& e);

bool is_hosting_or_vpn(const Event& e);
bool has_access_info(const Event& e);  // any of ip, country, user agent
bool is_otp_failure(const Event& e);     // a failed second factor: the password was right
bool is_device_failure(const Event& e);  // stopped by device approval
bool is_password_failure(const Event& e);
bool is_failure(const Event& e);

// 4980.4 -> "4,980"
std::string thousands(double value);
std::string minutes_text(int64_t seconds);  // "88 min", "5 h 10 min", "3 days"

Signal make_signal(std::string kind, int severity_rank, std::vector<Ref> evidence, std::string explanation);
// Adds refs keeping at most `cap`, sorted and unique.
void add_refs(std::vector<Ref>& to, const std::vector<Ref>& refs, size_t cap = 12);

}  // namespace ownercheck::signals
