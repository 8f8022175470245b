#pragma once
// --redact: personal data in a rendered report replaced by stable keyed tags, so a report can be
// shared without it. The same value gets the same tag everywhere in a report (and across reports
// made with the same key), so a reader can still follow "the same IP" through it.

#include <string>

#include "model/analysis.hpp"

namespace ownercheck {

// Replaces emails, IP addresses, crypto addresses and the account holder's name in `rendered`
// with tags like `[email:3f9a1c2b]`: the first 8 hex digits of HMAC-SHA256(key, kind + value).
// An empty key means a random key for this run only.
std::string redact_report(const std::string& rendered, const Analysis& a, const std::string& key);

}  // namespace ownercheck
