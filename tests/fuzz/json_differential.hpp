#pragma once
// The oracle for the case JSON reader: nlohmann's parser, which read every case before it. Shared
// by the unit tests and the fuzz target (tests/fuzz/fuzz_case_json.cpp).

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/case.hpp"
#include "model/case_json.hpp"
#include "ownercheck/ownercheck.hpp"

namespace json_differential {

// How deep arrays and objects nest, counted up to `cap` only, so the recursion stays short.
inline int depth(const nlohmann::json& v, int cap) {
    if (!v.is_array() && !v.is_object()) return 0;
    if (cap == 0) return 1;
    int deepest = 0;
    for (const auto& child : v) deepest = std::max(deepest, depth(child, cap - 1));
    return 1 + deepest;
}

// The "N" of "(byte N)" in a reader error, 0 when there is none.
inline size_t error_byte(const std::string& message) {
    const auto at = message.find("(byte ");
    return at == std::string::npos ? 0 : std::stoul(message.substr(at + 6));
}

// Empty when ownercheck::read_json and nlohmann agree on `text` (both refuse it, or both read it
// and the canonical bytes and fingerprint equal nlohmann's dump()); otherwise what differs.
// The reader may refuse two things nlohmann reads, and only those: nesting deeper than
// kMaxJsonDepth, and bytes after a NUL that follows the document (nlohmann stops at the NUL).
inline std::string check(std::string_view text) {
    std::optional<nlohmann::json> theirs;
    try {
        theirs = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {  // parse_error, and out_of_range for 1e400
    }
    std::optional<ownercheck::JsonValue> ours;
    std::string our_error;
    try {
        ours = ownercheck::read_json(text);
    } catch (const ownercheck::CaseError& e) {
        our_error = e.what();
    }
    if (ours && !theirs) return "read what nlohmann refuses";
    if (!ours) {
        const size_t byte = error_byte(our_error);
        if (byte == 0 || byte > text.size() + 1) return "an error without a byte offset in the input: " + our_error;
        if (!theirs) return {};
        if (our_error.find("nested deeper than") != std::string::npos &&
            depth(*theirs, ownercheck::kMaxJsonDepth + 1) > ownercheck::kMaxJsonDepth)
            return {};
        if (our_error.find("a NUL byte after the document") != std::string::npos && text[byte - 1] == '\0' &&
            nlohmann::json::parse(text.substr(0, byte - 1)) == *theirs)
            return {};
        return "refused what nlohmann reads: " + our_error;
    }
    const std::string expected = theirs->dump();
    if (ownercheck::canonical_json(*ours) != expected) return "canonical form differs from nlohmann's dump()";
    if (ownercheck::canonical_fingerprint(*ours) != ownercheck::sha256_hex(expected)) return "fingerprint differs";
    return {};
}

}  // namespace json_differential
