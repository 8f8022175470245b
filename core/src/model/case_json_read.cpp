// read_json(): RFC 8259, strictly, into a JsonValue tree. Strings are copied a run at a time
// between escapes, and their UTF-8 is checked with an ASCII fast path; everything nlohmann's
// parser rejects is rejected here too, so that a case reads the same as before.

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

#include <nlohmann/json.hpp>

#include "model/case.hpp"
#include "model/case_json.hpp"
#include "util/json_scan.hpp"
#include "util/utf8.hpp"

namespace ownercheck {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A byte as an error message shows it: 'x' when printable, else its hex value.
std::string describe(char c) {
    const auto u = static_cast<unsigned char>(c);
    char buf[16];
    if (u > 0x20 && u < 0x7F)
        std::snprintf(buf, sizeof buf, "'%c'", c);
    else
        std::snprintf(buf, sizeof buf, "byte 0x%02X", u);
    return buf;
}

// The byte each one-letter escape stands for, 0 for the others.
constexpr std::array<char, 256> kShortEscapes = [] {
    std::array<char, 256> t{};
    t['"'] = '"';
    t['\\'] = '\\';
    t['/'] = '/';
    t['b'] = '\b';
    t['f'] = '\f';
    t['n'] = '\n';
    t['r'] = '\r';
    t['t'] = '\t';
    return t;
}();

// Whether a well-formed number token may be too large for a double. The power of ten of its
// first significant digit decides: below 10^308 a double holds it, from 10^309 on it never does,
// and only in between must strtod (through nlohmann) say.
bool may_overflow_double(std::string_view token) {
    size_t i = token[0] == '-';
    const size_t integer_start = i;
    while (i < token.size() && is_digit(token[i])) ++i;
    long long power;
    if (token[integer_start] != '0') {
        power = static_cast<long long>(i - integer_start) - 1;
    } else {
        if (i < token.size() && token[i] == '.') ++i;
        const size_t fraction_start = i;
        while (i < token.size() && token[i] == '0') ++i;
        if (i == token.size() || !is_digit(token[i])) return false;  // zero, whatever its exponent
        power = -static_cast<long long>(i - fraction_start) - 1;
    }
    const size_t e = token.find_first_of("eE");
    if (e == std::string_view::npos) return power >= 308;
    long long exponent = 0;
    const bool negative = token[e + 1] == '-';
    for (size_t k = e + 1 + (token[e + 1] == '-' || token[e + 1] == '+'); k < token.size(); ++k)
        exponent = std::min(exponent * 10 + (token[k] - '0'), 1000000LL);  // far past either edge
    return power + (negative ? -exponent : exponent) >= 308;
}

// Sorts an object's members by key and keeps the last of equal keys, as nlohmann's parser does
// when it assigns each member in turn into a std::map.
void sort_members(std::vector<JsonMember>& members) {
    const auto by_key = [](const JsonMember& a, const JsonMember& b) { return a.key < b.key; };
    if (std::is_sorted(members.begin(), members.end(), by_key) &&
        std::adjacent_find(members.begin(), members.end(), [](const JsonMember& a, const JsonMember& b) {
            return a.key == b.key;
        }) == members.end())
        return;
    std::stable_sort(members.begin(), members.end(), by_key);
    size_t kept = 0;
    for (size_t i = 0; i < members.size(); ++i) {
        if (i + 1 < members.size() && members[i + 1].key == members[i].key) continue;  // a later one wins
        if (kept != i) members[kept] = std::move(members[i]);
        ++kept;
    }
    members.resize(kept);
}

class Reader {
public:
    explicit Reader(std::string_view text) : begin_(text.data()), p_(begin_), end_(begin_ + text.size()) {}

    JsonValue document() {
        skip_byte_order_mark();
        JsonValue root;
        value(root, 0);
        skip_whitespace();
        if (p_ != end_) {
            // nlohmann stops at a NUL as if the input ended there; a file with bytes after its
            // document is not one document, so this reader says so.
            if (*p_ == '\0') fail(p_, "a NUL byte after the document");
            fail(p_, "unexpected " + describe(*p_) + " after the document");
        }
        return root;
    }

private:
    [[noreturn]] void fail(const char* at, const std::string& why) const {
        throw CaseError("$", "not valid JSON (byte " + std::to_string(at - begin_ + 1) + "): " + why);
    }

    void skip_byte_order_mark() {
        if (p_ == end_ || static_cast<unsigned char>(*p_) != 0xEF) return;
        if (end_ - p_ < 3 || static_cast<unsigned char>(p_[1]) != 0xBB || static_cast<unsigned char>(p_[2]) != 0xBF)
            fail(p_, "invalid byte order mark, must be EF BB BF");
        p_ += 3;
    }

    void skip_whitespace() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    void value(JsonValue& out, int depth) {
        skip_whitespace();
        if (p_ == end_) fail(p_, "unexpected end of input, expected a value");
        switch (*p_) {
            case '{': return object(out, depth + 1);
            case '[': return array(out, depth + 1);
            case '"':
                out.type = JsonValue::Type::String;
                return string(out.text, &out);
            case 't': out.boolean = true; return literal("true", JsonValue::Type::Boolean, out);
            case 'f': return literal("false", JsonValue::Type::Boolean, out);
            case 'n': return literal("null", JsonValue::Type::Null, out);
            default:
                if (*p_ == '-' || is_digit(*p_)) return number(out);
                fail(p_, "unexpected " + describe(*p_) + ", expected a value");
        }
    }

    void enter(int depth) const {
        if (depth > kMaxJsonDepth)
            fail(p_, "arrays and objects nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    }

    void object(JsonValue& out, int depth) {
        enter(depth);
        out.type = JsonValue::Type::Object;
        ++p_;
        skip_whitespace();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            return;
        }
        for (;;) {
            skip_whitespace();
            if (p_ == end_ || *p_ != '"')
                fail(p_, p_ == end_ ? "unexpected end of input, expected a key" : "expected a key in quotes, found " + describe(*p_));
            JsonMember& m = out.members.emplace_back();
            string(m.key, nullptr);
            skip_whitespace();
            if (p_ == end_ || *p_ != ':') fail(p_, "expected ':' after the key");
            ++p_;
            value(m.value, depth);
            skip_whitespace();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == '}') {
                ++p_;
                break;
            }
            fail(p_, "expected ',' or '}'");
        }
        sort_members(out.members);
    }

    void array(JsonValue& out, int depth) {
        enter(depth);
        out.type = JsonValue::Type::Array;
        ++p_;
        skip_whitespace();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            return;
        }
        for (;;) {
            value(out.items.emplace_back(), depth);
            skip_whitespace();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == ']') {
                ++p_;
                return;
            }
            fail(p_, "expected ',' or ']'");
        }
    }

    void literal(std::string_view word, JsonValue::Type type, JsonValue& out) {
        if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
            fail(p_, "invalid literal, expected '" + std::string(word) + "'");
        p_ += word.size();
        out.type = type;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, kept as written. A leading 0 stands
    // alone: in "01" the 1 is a second token, which the caller then refuses.
    void number(JsonValue& out) {
        const char* start = p_;
        if (*p_ == '-') ++p_;
        require_digit("a digit");
        if (*p_ == '0')
            ++p_;
        else
            skip_digits();
        if (p_ != end_ && *p_ == '.') {
            ++p_;
            require_digit("a digit after '.'");
            skip_digits();
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            require_digit("a digit in the exponent");
            skip_digits();
        }
        out.type = JsonValue::Type::Number;
        out.text.assign(start, p_);
        // nlohmann refuses a number a double cannot hold (1e400); near that edge it is asked.
        if (may_overflow_double(out.text) && nlohmann::json::parse(out.text, nullptr, false).is_discarded())
            fail(start, "number out of range: " + out.text);
    }

    void require_digit(const char* expected) const {
        if (p_ == end_) fail(p_, std::string("invalid number, expected ") + expected + ", found the end of input");
        if (!is_digit(*p_)) fail(p_, std::string("invalid number, expected ") + expected + ", found " + describe(*p_));
    }

    void skip_digits() {
        while (p_ != end_ && is_digit(*p_)) ++p_;
    }

    // A string at p_ (on its opening quote) decoded into `out`. When `owner` is given, it learns
    // whether the bytes between the quotes already are the canonical escaping.
    void string(std::string& out, JsonValue* owner) {
        const char* open = p_;
        ++p_;
        // Decoding never makes a string longer, so `out` is sized once to the raw bytes and the
        // decoder writes at a cursor, cut to size at the end: no growth by doubling (fresh pages
        // and a copy each step), and in WebAssembly no std::string call per escape, which cost
        // more than the decoding itself. (The size only: the loop finds the closing quote itself.)
        const char* close = json_scan::find_closing_quote(p_, end_);
        out.resize(static_cast<size_t>(close - p_));
        StringState state{open, p_, true, out.data(), out.data() + out.size()};
        // In slices of 64 KB, each its own call: V8 swaps optimised code in between calls only,
        // so one call decoding a 100 MB paste would stay in baseline code to the end (5x slower).
        while (!decode_slice(out, state, end_ - p_ > kSlice ? p_ + kSlice : end_)) continue;
        out.resize(static_cast<size_t>(state.write - out.data()));
        if (owner) {
            owner->source_is_canonical = state.canonical;
            if (state.canonical) owner->canonical_source = std::string_view(open + 1, static_cast<size_t>(p_ - 1 - open - 1));
        }
    }

    static constexpr ptrdiff_t kSlice = 64 << 10;
    struct StringState {
        const char* open;  // the opening quote
        const char* run;   // start of the bytes not yet written
        bool canonical;    // escapes are the ones nlohmann writes: the source bytes can be hashed as is
        char* write;       // the decoded string's end so far, inside `out`
        char* capacity;    // the end of `out`
    };

    // Writes n bytes at the cursor. The room was reserved up front; the check only guards the
    // invariant (decoded never longer than raw) rather than trusting it with memory.
    static void put(std::string& out, StringState& st, const char* bytes, size_t n) {
        if (static_cast<size_t>(st.capacity - st.write) < n) {
            const size_t used = static_cast<size_t>(st.write - out.data());
            out.resize(used + n + out.size());
            st.write = out.data() + used;
            st.capacity = out.data() + out.size();
        }
        std::memcpy(st.write, bytes, n);
        st.write += n;
    }

    // Decodes from p_ until the closing quote (true, p_ after it) or `limit` (false, the run kept
    // for the next slice). A sequence that starts before `limit` is finished even past it.
    [[gnu::noinline]] bool decode_slice(std::string& out, StringState& st, const char* limit) {
        for (;;) {
            p_ = json_scan::find_special<true>(p_, limit);
            if (p_ == limit) {
                if (limit == end_) fail(p_, "unterminated string (opened at byte " + std::to_string(st.open - begin_ + 1) + ")");
                put(out, st, st.run, static_cast<size_t>(p_ - st.run));
                st.run = p_;
                return false;
            }
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                put(out, st, st.run, static_cast<size_t>(p_ - st.run));
                ++p_;
                return true;
            }
            if (c == '\\') {
                const char decoded = end_ - p_ >= 2 ? kShortEscapes[static_cast<unsigned char>(p_[1])] : '\0';
                if (decoded) {
                    // A log paste has one every few dozen bytes (\" and \n): the run and the
                    // backslash go out in one write, and the backslash becomes the decoded byte.
                    put(out, st, st.run, static_cast<size_t>(p_ + 1 - st.run));
                    st.write[-1] = decoded;
                    if (p_[1] == '/') st.canonical = false;  // nlohmann writes a plain '/'
                    p_ += 2;
                } else {
                    put(out, st, st.run, static_cast<size_t>(p_ - st.run));
                    char utf8[4];
                    put(out, st, utf8, unicode_escape(utf8));
                    st.canonical = false;  // nlohmann writes the character itself, or \u00xx in lower case
                }
                st.run = p_;
            } else if (c < 0x20) {
                fail(p_, "control " + describe(*p_) + " inside a string, it must be escaped (\\n, \\t, \\u0000...)");
            } else {
                utf8_sequence();
            }
            if (p_ >= limit) {  // a sequence crossed the slice's end
                if (limit == end_) continue;
                put(out, st, st.run, static_cast<size_t>(p_ - st.run));
                st.run = p_;
                return false;
            }
        }
    }

    // A \u escape at p_ (on the backslash), or a surrogate pair of them, decoded as UTF-8 into
    // `utf8`; returns its length. Anything else after a backslash is an error.
    size_t unicode_escape(char (&utf8)[4]) {
        const char* backslash = p_++;
        if (p_ == end_) fail(p_, "unterminated string");
        const char e = *p_++;
        if (e != 'u') {
            if (static_cast<unsigned char>(e) > 0x20 && static_cast<unsigned char>(e) < 0x7F)
                fail(backslash, std::string("invalid escape \\") + e);
            fail(backslash, "invalid escape, '\\' followed by " + describe(e));
        }
        uint32_t cp = hex4();
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            fail(backslash, "lone surrogate " + std::string(backslash, 6) + ", a low surrogate must follow \\ud800..\\udbff");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                fail(backslash, "lone surrogate " + std::string(backslash, 6) + ", it must be followed by \\udc00..\\udfff");
            p_ += 2;
            const uint32_t low = hex4();
            if (low < 0xDC00 || low > 0xDFFF)
                fail(backslash, "lone surrogate " + std::string(backslash, 6) + ", it must be followed by \\udc00..\\udfff");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        std::string encoded;
        utf8_append(encoded, cp);
        std::memcpy(utf8, encoded.data(), encoded.size());
        return encoded.size();
    }

    // The four hex digits of a \u escape; p_ is on the first of them.
    uint32_t hex4() {
        uint32_t cp = 0;
        for (int i = 0; i < 4; ++i, ++p_) {
            const int h = p_ == end_ ? -1 : hex_value(*p_);
            if (h < 0) fail(p_, "invalid escape \\u, expected 4 hex digits");
            cp = cp << 4 | static_cast<uint32_t>(h);
        }
        return cp;
    }

    // A multi-byte UTF-8 sequence at p_, checked the way RFC 3629 (and nlohmann) does: no
    // overlong forms, no surrogates, nothing past U+10FFFF, nothing cut short.
    void utf8_sequence() {
        const auto* u = reinterpret_cast<const unsigned char*>(p_);
        const size_t available = static_cast<size_t>(end_ - p_);
        const unsigned char lead = u[0];
        unsigned char second_lo = 0x80, second_hi = 0xBF;
        size_t length;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) second_lo = 0xA0;  // overlong
            if (lead == 0xED) second_hi = 0x9F;  // U+D800..U+DFFF
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) second_lo = 0x90;  // overlong
            if (lead == 0xF4) second_hi = 0x8F;  // past U+10FFFF
        } else {
            fail(p_, "invalid UTF-8 byte " + hex_byte(lead));
        }
        for (size_t i = 1; i < length; ++i) {
            if (i >= available) fail(end_, "unterminated string (a UTF-8 sequence is cut short)");
            const unsigned char lo = i == 1 ? second_lo : 0x80, hi = i == 1 ? second_hi : 0xBF;
            if (u[i] < lo || u[i] > hi) fail(p_ + i, "invalid UTF-8 byte " + hex_byte(u[i]) + " after " + hex_byte(lead));
        }
        p_ += length;
    }

    static std::string hex_byte(unsigned char b) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "0x%02X", b);
        return buf;
    }

    const char* begin_;
    const char* p_;
    const char* end_;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
    const auto it = std::lower_bound(members.begin(), members.end(), key,
                                     [](const JsonMember& m, std::string_view k) { return m.key < k; });
    return it != members.end() && it->key == key ? &it->value : nullptr;
}

JsonValue* JsonValue::find(std::string_view key) {
    return const_cast<JsonValue*>(static_cast<const JsonValue&>(*this).find(key));
}

JsonValue read_json(std::string_view text) { return Reader(text).document(); }

}  // namespace ownercheck
