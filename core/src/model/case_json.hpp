#pragma once
// The JSON layer under parse_case(): a strict RFC 8259 reader into a small document tree, and the
// canonical writer whose bytes the report's fingerprint hashes.
//
// A case is mostly a few long strings (the log pastes), so both directions work on runs of
// plain bytes rather than byte by byte. The canonical form is, byte for byte, what
// `nlohmann::json::parse(text).dump()` gives (the fingerprints of every earlier report depend on
// it): keys sorted by byte order, the last of duplicate keys kept, no whitespace, strings escaped
// as nlohmann escapes them with UTF-8 kept as is, numbers as nlohmann prints them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck {

namespace crypto {
class Sha256Stream;
}

struct JsonMember;

struct JsonValue {
    enum class Type : unsigned char { Null, Boolean, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    // String: the decoded UTF-8. Number: the token as written (its printed form is nlohmann's).
    std::string text;
    // String: the bytes between the quotes in the input when they already are the canonical
    // escaping (true of most pastes), so the writer hashes them without escaping them again.
    // Points into the text that was read: write the canonical form while that text lives.
    std::string_view canonical_source;
    bool source_is_canonical = false;
    std::vector<JsonValue> items;     // Array
    std::vector<JsonMember> members;  // Object: sorted by key, one member per key

    const JsonValue* find(std::string_view key) const;
    JsonValue* find(std::string_view key);
};

struct JsonMember {
    std::string key;
    JsonValue value;
};

// How deep arrays and objects may nest. A case needs 3 levels; the limit keeps the recursive
// reader and writer far from the end of a 64 KB wasm stack.
inline constexpr int kMaxJsonDepth = 64;

// Reads one JSON document. Throws CaseError("$", "not valid JSON (byte N): <reason>") with N
// counted from 1, as nlohmann counted. Accepts what nlohmann::json::parse accepts (a leading
// UTF-8 byte order mark is skipped) except two things it lets through: nesting deeper than
// kMaxJsonDepth, and bytes after a NUL that follows the document.
JsonValue read_json(std::string_view text);

// The canonical form, appended to `out` or fed to a hash.
void write_canonical(const JsonValue& v, std::string& out);
void write_canonical(const JsonValue& v, crypto::Sha256Stream& out);
std::string canonical_json(const JsonValue& v);
std::string canonical_fingerprint(const JsonValue& v);  // "sha256:<hex>" of the canonical form

}  // namespace ownercheck
