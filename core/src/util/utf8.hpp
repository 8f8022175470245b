#pragma once
// UTF-8 checks shared by every stage that echoes attacker-controlled text into a report: one
// strict definition (no overlongs, no surrogates, nothing past U+10FFFF), so JSON output always
// serialises.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ownercheck {

// Length of the well-formed UTF-8 sequence at s[i] (1..4), or 0 when it is not one.
size_t utf8_sequence_length(std::string_view s, size_t i);

// Appends code point cp (at most U+10FFFF) to out as UTF-8.
void utf8_append(std::string& out, uint32_t cp);

// The text with every byte that is not part of a well-formed sequence replaced by U+FFFD.
std::string utf8_clean(std::string_view s);

}  // namespace ownercheck
