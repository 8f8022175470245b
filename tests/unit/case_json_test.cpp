// The case JSON reader and canonical writer against nlohmann, which read every case before them:
// the same documents accepted, the same canonical bytes (so every fingerprint stays the same),
// and the same documents refused, with the byte offset in the message.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "crypto/digest.hpp"
#include "../fuzz/json_differential.hpp"
#include "model/case.hpp"
#include "model/case_json.hpp"
#include "ownercheck/ownercheck.hpp"
#include "test_support.hpp"

using namespace ownercheck;
namespace fs = std::filesystem;

namespace {

using namespace std::string_literals;  // "...\0..."s keeps the NUL bytes

std::string our_error(std::string_view text) {
    try {
        read_json(text);
    } catch (const CaseError& e) {
        return e.what();
    }
    return "no error";
}

// Without exceptions, nlohmann reports any refusal (1e400 included) as a discarded value.
bool nlohmann_reads(std::string_view text) { return !nlohmann::json::parse(text, nullptr, false).is_discarded(); }

// splitmix64: a fixed sequence, so a failure reproduces.
struct Rng {
    uint64_t s;
    uint64_t next() {
        uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    bool one_in(size_t n) { return below(n) == 0; }
};

// Random JSON text that nlohmann reads, written the hard way: every escape, \u in both cases,
// surrogate pairs, raw UTF-8 and 0x7F, odd whitespace, duplicate keys, numbers nlohmann rewrites.
class NastyJson {
public:
    explicit NastyJson(uint64_t seed) : r_{seed} {}

    std::string document() {
        std::string out = r_.one_in(20) ? "\xEF\xBB\xBF" : "";
        space(out);
        value(out, 0);
        space(out);
        return out;
    }

private:
    void space(std::string& out) {
        static const char kSpace[] = {' ', '\t', '\r', '\n'};
        while (r_.one_in(3)) out += kSpace[r_.below(4)];
    }

    void value(std::string& out, int depth) {
        const size_t kind = r_.below(depth >= 4 ? 4 : 7);
        if (kind == 0) return string(out);
        if (kind == 1) return number(out);
        if (kind == 2) {
            static const char* kLiterals[] = {"true", "false", "null"};
            out += kLiterals[r_.below(3)];
            return;
        }
        if (kind == 3) return string(out);
        if (kind == 4 || kind == 5) return object(out, depth);
        array(out, depth);
    }

    void object(std::string& out, int depth) {
        out += '{';
        const size_t n = r_.below(6);
        for (size_t i = 0; i < n; ++i) {
            if (i) out += ',';
            space(out);
            key(out);
            space(out);
            out += ':';
            space(out);
            value(out, depth + 1);
            space(out);
        }
        if (n == 0) space(out);
        out += '}';
    }

    void array(std::string& out, int depth) {
        out += '[';
        const size_t n = r_.below(5);
        for (size_t i = 0; i < n; ++i) {
            if (i) out += ',';
            space(out);
            value(out, depth + 1);
            space(out);
        }
        out += ']';
    }

    // Few distinct keys, so that duplicates are common; some differ only past ASCII or by escape.
    void key(std::string& out) {
        static const char* kKeys[] = {"\"a\"", "\"b\"", "\"A\"", "\"\\u0061\"", "\"\xC3\xA9\"", "\"\\u00e9\"",
                                      "\"a\\n\"", "\"\"", "\"z\"", "\"\\ud83d\\ude00\"", "\"\xF0\x9F\x98\x80\"", "\"kind\""};
        if (r_.one_in(4))
            string(out);
        else
            out += kKeys[r_.below(sizeof kKeys / sizeof *kKeys)];
    }

    void number(std::string& out) {
        static const char* kNumbers[] = {"0", "-0", "1", "-1", "1.0", "-0.0", "1e2", "1E+2", "1e-2", "-1.5e-3",
                                         "0.1", "2.50", "12345678901234567890",
                                         "18446744073709551615", "18446744073709551616", "-9223372036854775808",
                                         "-9223372036854775809", "1.7976931348623157e308", "5e-324", "1e-400",
                                         "123456789012345678", "1234567890123456789", "0e0", "-0E-0", "100000000000000000000000"};
        if (r_.one_in(3)) {
            out += std::to_string(static_cast<int64_t>(r_.next()) >> r_.below(64));
            return;
        }
        out += kNumbers[r_.below(sizeof kNumbers / sizeof *kNumbers)];
    }

    void string(std::string& out) {
        out += '"';
        const size_t pieces = r_.below(12);
        for (size_t i = 0; i < pieces; ++i) piece(out);
        out += '"';
    }

    void piece(std::string& out) {
        static const char* kHex = "0123456789abcdef0123456789ABCDEF";
        const bool upper = r_.one_in(2);
        auto hex4 = [&](uint32_t cp) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out += kHex[((cp >> shift) & 15) + (upper ? 16 : 0)];
        };
        switch (r_.below(12)) {
            case 0: {  // plain ASCII, sometimes long enough for the word-at-a-time paths
                const size_t n = r_.one_in(4) ? r_.below(100) : r_.below(8);
                for (size_t i = 0; i < n; ++i) {
                    char c = static_cast<char>(0x20 + r_.below(0x5F));
                    if (c == '"' || c == '\\') c = 'x';
                    out += c;
                }
                return;
            }
            case 1: {
                static const char* kShort[] = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"};
                out += kShort[r_.below(8)];
                return;
            }
            case 2: return hex4(static_cast<uint32_t>(r_.below(0x20)));  // every control byte
            case 3: return hex4(static_cast<uint32_t>(r_.below(0x80)));  // incl. ", \ and 0x7F
            case 4: {  // any BMP code point but a surrogate
                uint32_t cp = static_cast<uint32_t>(r_.below(0x10000));
                if (cp >= 0xD800 && cp <= 0xDFFF) cp -= 0x800;
                return hex4(cp);
            }
            case 5: {  // a surrogate pair
                hex4(0xD800 + static_cast<uint32_t>(r_.below(0x400)));
                hex4(0xDC00 + static_cast<uint32_t>(r_.below(0x400)));
                return;
            }
            case 6: out += "\x7F"; return;
            case 7: {
                static const char* kUtf8[] = {"\xC2\x80", "\xC3\xA9", "\xDF\xBF", "\xE0\xA0\x80", "\xE2\x82\xAC", "\xED\x9F\xBF",
                                              "\xEE\x80\x80", "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF",
                                              "\xD0\x9F\xD1\x80\xD0\xB8", "\xE4\xBD\xA0\xE5\xA5\xBD"};
                out += kUtf8[r_.below(sizeof kUtf8 / sizeof *kUtf8)];
                return;
            }
            case 8: out += "\\u0000"; return;
            case 9: out += r_.one_in(2) ? "\\\\u0041" : "\\\\\\\""; return;  // escapes that look like others
            case 10: out += std::string(r_.below(40), 'a') + "\\n"; return;   // a log line
            default: out += "/"; return;
        }
    }

    Rng r_;
};

std::vector<fs::path> json_files_under(const std::string& dir) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) return files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("every example and shared case: canonical bytes and fingerprint equal nlohmann's") {
    std::vector<fs::path> files = json_files_under(test_support::source_path("examples"));
    const auto shared = json_files_under(test_support::shared_path("cases"));
    files.insert(files.end(), shared.begin(), shared.end());
    REQUIRE(files.size() >= 30);
    int cases = 0;
    for (const auto& f : files) {
        const std::string text = test_support::read_file(f.string());
        INFO(f.string());
        CHECK(json_differential::check(text) == "");
        const std::string expected = nlohmann::json::parse(text).dump();
        CHECK(canonical_json(read_json(text)) == expected);
        std::string fingerprint;
        try {
            fingerprint = parse_case(text).fingerprint;
        } catch (const CaseError&) {
            continue;  // a report or the labels file, not a case: the JSON checks above are what matter
        }
        CHECK(fingerprint == sha256_hex(expected));
        ++cases;
    }
    CHECK(cases >= 30);
}

TEST_CASE("generated documents with nasty strings, numbers and duplicate keys: canonical as nlohmann") {
    NastyJson gen(20261120);
    for (int i = 0; i < 4000; ++i) {
        const std::string doc = gen.document();
        INFO("document " << i << ": " << doc);
        REQUIRE(nlohmann_reads(doc));
        REQUIRE(json_differential::check(doc) == "");
    }
}

TEST_CASE("what nlohmann refuses, the reader refuses, saying at which byte") {
    const std::vector<std::string> bad = {
        "", "   ", "{", "[", "[1,2", "{\"a\":", "{\"a\"", "{\"a\" 1}", "\"abc", "\"abc\\", "tru", "nul", "True", "nulll",
        "[1,]", "{\"a\":1,}", "{,}", "[,1]", "{\"a\"}", "{1:2}", "{'a':1}", "[1 2]", "{\"a\":1 \"b\":2}",
        // escapes
        "\"\\q\"", "\"\\x41\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\U0041\"", "\"\\ \"", "\"\\\xC3\xA9\"",
        // surrogates
        "\"\\ud800\"", "\"\\udc00\"", "\"\\udfff\"", "\"\\ud800\\u0041\"", "\"\\ud800x\"", "\"\\ud800\\ud800\"",
        "\"\\ud800\\\"", "\"\\udbff\\ue000\"", "\"\\ud800\\u\"",
        // UTF-8
        "\"\xC0\x80\"", "\"\xC1\xBF\"", "\"\xED\xA0\x80\"", "\"\xED\xBF\xBF\"", "\"\xF5\x80\x80\x80\"", "\"\xF8\x88\x80\x80\x80\"",
        "\"\xE0\x80\x80\"", "\"\xE0\x9F\xBF\"", "\"\xF0\x80\x80\x80\"", "\"\xF0\x8F\xBF\xBF\"", "\"\xF4\x90\x80\x80\"", "\"\x80\"",
        "\"\xBF\"", "\"\xC3\"", "\"\xC3", "\"\xE2\x82\"", "\"\xF0\x9F\x98\"", "\"\xFF\"", "\"\xFE\"", "\"\xC3\x28\"",
        "\xC3\xA9", "[\"a\"\xC3\xA9]",
        // raw control bytes in a string
        "\"a\nb\"", "\"\x01\"", "\"\x1F\"", "\"\t\"", "\"a\0b\""s,
        // numbers
        "01", "-01", "00", "-", "-a", "1.", ".5", "1e", "1e+", "1E-", "+1", "0x10", "1.5e", "1..2", "1.e5", "Infinity",
        "-Infinity", "NaN", "-NaN", "1e400", "-1e400", "[1e999999]", "1" + std::string(400, '0') + ".0",
        // after the document
        "{} x", "[]]", "1 2", "{}{}", "\"a\" \"b\"", "[] ,",
        // whitespace and byte order marks
        "\f[]", "[\v]", "\xC2\xA0[]", "\xEF\xBB[]", "\xEF[]", "\xEF\xBB\xBF\xEF\xBB\xBF[]", "[]\xEF\xBB\xBF",
        // comments are not JSON
        "/* c */ {}", "// c\n{}", "{} // c",
        // the end of input reached while a value is expected, NUL included
        "[\0]"s, "{\"a\":\0}"s, "\0"s, "[1,\0"s,
        // deep, and unbalanced: must not exhaust the stack
        std::string(10000, '['), std::string(10000, '{'), std::string(100000, '[') + "1",
    };
    for (const auto& doc : bad) {
        INFO("document: " << doc.substr(0, 80));
        CHECK_FALSE(nlohmann_reads(doc));
        const std::string error = our_error(doc);
        CHECK(error.find("$: not valid JSON (byte ") == 0);
        CHECK(json_differential::check(doc) == "");
    }
}

TEST_CASE("error messages name the byte and the reason") {
    CHECK(our_error("[1,]") == "$: not valid JSON (byte 4): unexpected ']', expected a value");
    CHECK(our_error("{\"a\" 1}") == "$: not valid JSON (byte 6): expected ':' after the key");
    CHECK(our_error("{\"a\":1]") == "$: not valid JSON (byte 7): expected ',' or '}'");
    CHECK(our_error("[\"ok\", \"\\q\"]") == "$: not valid JSON (byte 9): invalid escape \\q");
    CHECK(our_error("\"abc") == "$: not valid JSON (byte 5): unterminated string (opened at byte 1)");
    CHECK(our_error("\"\xC0\x80\"") == "$: not valid JSON (byte 2): invalid UTF-8 byte 0xC0");
    CHECK(our_error("\"\xED\xA0\x80\"") == "$: not valid JSON (byte 3): invalid UTF-8 byte 0xA0 after 0xED");
    CHECK(our_error("\"\\ud800\"").find("(byte 2): lone surrogate \\ud800") != std::string::npos);
    CHECK(our_error("\"a\nb\"").find("(byte 3): control byte 0x0A inside a string") != std::string::npos);
    CHECK(our_error("01") == "$: not valid JSON (byte 2): unexpected '1' after the document");
    CHECK(our_error("1e400") == "$: not valid JSON (byte 1): number out of range: 1e400");
    CHECK(our_error("[1.]") == "$: not valid JSON (byte 4): invalid number, expected a digit after '.', found ']'");
    CHECK(our_error("") == "$: not valid JSON (byte 1): unexpected end of input, expected a value");
}

TEST_CASE("what nlohmann reads at the edges, the reader reads the same way") {
    const std::vector<std::string> good = {
        "\xEF\xBB\xBF{}", "\xEF\xBB\xBF \"x\"", " \t\r\n{ } \n", "\"\\u0000\"", "\"\\/\"", "\"\x7F\"", "\"\\u007f\"",
        "1E+2", "-0", "-0.0", "[1e-400]", "0.1", "12345678901234567890", "123456789012345678901234567890",
        "-9223372036854775809", "\"x\"", "3", "null", "[]", "{\"a\":1,\"a\":2}", "{\"b\":1,\"a\":2,\"b\":3,\"a\":[4]}",
        "{\"\xC3\xA9\":1,\"z\":2,\"Z\":3,\"\":4}", "\"\\uD83D\\uDE00\"", "\"\xF4\x8F\xBF\xBF\"",
        std::string(64, '[') + std::string(64, ']'),
    };
    for (const auto& doc : good) {
        INFO("document: " << doc.substr(0, 80));
        CHECK(nlohmann_reads(doc));
        CHECK(json_differential::check(doc) == "");
    }
    CHECK(canonical_json(read_json("{\"b\":1,\"a\":2,\"b\":3}")) == "{\"a\":2,\"b\":3}");  // the last one wins
    CHECK(canonical_json(read_json("[\"\\u001F\\u007f\\/\\b\"]")) == "[\"\\u001f\x7F/\\b\"]");
}

TEST_CASE("numbers at the edge of a double: refused exactly when nlohmann refuses them") {
    const std::string max_digits = "17976931348623157" + std::string(292, '0');  // DBL_MAX, 309 digits
    const std::vector<std::string> edge = {
        "1e308", "1e309", "10e308", "0.1e309", "0.01e310", "0.001e310", "1.7976931348623157e308", "1.7976931348623158e308",
        "1.7976931348623159e308", "-1.7976931348623159e308", "179.76931348623157e306", "0.00000e99999", "0e400", "-0.0e400",
        "1e-400", "1e-99999999999999999999", "1e99999999999999999999", "0.0000000000000000001e327", max_digits,
        max_digits + "0", "18" + std::string(307, '0'), "-18" + std::string(307, '0'), "9" + std::string(307, '9'),
        "123456789012345678", "1234567890123456789", "-123456789012345678", "-9223372036854775808", "18446744073709551616"};
    for (const auto& n : edge) {
        INFO("number: " << n);
        CHECK(json_differential::check(n) == "");
        CHECK(json_differential::check("[" + n + "]") == "");
    }
    CHECK_FALSE(nlohmann_reads("1.7976931348623159e308"));
    CHECK(nlohmann_reads("1.7976931348623158e308"));
}

TEST_CASE("the two documented refusals of what nlohmann reads") {
    // Nesting deeper than the limit: nlohmann reads it (its parser keeps its own stack).
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    CHECK(nlohmann_reads(deep));
    CHECK(our_error(deep) == "$: not valid JSON (byte 65): arrays and objects nested deeper than 64 levels");
    CHECK(json_differential::check(deep) == "");
    CHECK(json_differential::check(std::string(65, '[') + std::string(65, ']')) == "");
    // nlohmann takes a NUL as the end of its input; bytes after it would go unread and unhashed.
    const std::string nul = "{\"a\":1}\0trailing"s;
    CHECK(nlohmann_reads(nul));
    CHECK(our_error(nul) == "$: not valid JSON (byte 8): a NUL byte after the document");
    CHECK(json_differential::check(nul) == "");
}

TEST_CASE("mutated documents: read exactly when nlohmann reads them, and then canonical alike") {
    NastyJson gen(7);
    Rng r{99};
    std::vector<std::string> bases;
    for (int i = 0; i < 200; ++i) bases.push_back(gen.document());
    bases.push_back(test_support::read_file(test_support::source_path("examples/owner-lost-phone.json")).substr(0, 3000));
    static const char kInteresting[] = {'"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', 'e', '.', 'u', 'n', ' ', '\0',
                                        '\x1F', '\x7F', '\x80', '\xBF', '\xC0', '\xC3', '\xED', '\xEF', '\xF4', '\xF5', '\xFF'};
    int accepted = 0, refused = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string doc = bases[r.below(bases.size())];
        const size_t edits = 1 + r.below(3);
        for (size_t e = 0; e < edits && !doc.empty(); ++e) {
            const size_t at = r.below(doc.size());
            const char byte = r.one_in(2) ? kInteresting[r.below(sizeof kInteresting)] : static_cast<char>(r.below(256));
            switch (r.below(4)) {
                case 0: doc.erase(at, 1); break;
                case 1: doc.insert(doc.begin() + static_cast<std::ptrdiff_t>(at), byte); break;
                case 2: doc[at] = byte; break;
                default: doc[at] = static_cast<char>(doc[at] ^ (1 << r.below(8))); break;
            }
        }
        INFO("document: " << doc);
        REQUIRE(json_differential::check(doc) == "");
        (nlohmann_reads(doc) ? accepted : refused)++;
    }
    CHECK(accepted > 1000);  // the mutations exercise both sides
    CHECK(refused > 1000);
}

TEST_CASE("Sha256Stream: pieces of any size hash as the whole") {
    std::string data;
    Rng r{5};
    for (int i = 0; i < 300000; ++i) data += static_cast<char>(r.below(256));
    const std::string expected = crypto::sha256(data);
    for (size_t piece : {size_t{1}, size_t{7}, size_t{64}, size_t{65535}, size_t{65536}, size_t{65537}, size_t{200000}}) {
        crypto::Sha256Stream h;
        for (size_t at = 0; at < data.size(); at += piece) h.update(std::string_view(data).substr(at, piece));
        CHECK(h.finish() == expected);
    }
    crypto::Sha256Stream mixed;  // small pieces between big ones
    size_t at = 0;
    while (at < data.size()) {
        const size_t n = r.one_in(3) ? r.below(100000) : r.below(10);
        mixed.update(std::string_view(data).substr(at, n));
        at += n;
    }
    CHECK(mixed.finish() == expected);
    crypto::Sha256Stream empty;
    CHECK(crypto::to_hex(empty.finish()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("parse_case moves each paste out of the document and hashes the canonical case") {
    const std::string text = R"({"evidence": [{"kind": "logs", "text": "line 1\nline \"2\"\u00e9\/"}], "case_id": "Z"})";
    const Case c = parse_case(text);
    REQUIRE(c.evidence.size() == 1);
    CHECK(c.evidence[0].text == "line 1\nline \"2\"\xC3\xA9/");
    CHECK(c.fingerprint == sha256_hex(nlohmann::json::parse(text).dump()));
}

TEST_CASE("long strings are read in 64 KB slices: escapes and UTF-8 across a slice's end read alike") {
    // The reader decodes a string in slices of 64 KB (case_json_read.cpp, decode_slice); every
    // kind of sequence is placed so that it starts just before, at, or just after a slice's end.
    const std::string sequences[] = {"\\n", "\\\"", "\\/", "\\u00e9", "\\ud83d\\ude00", "\xC3\xA9", "\xF0\x9F\x98\x80",
                                     "\xC0\x80", "\\q", "\x01"};  // the last three must be refused, as nlohmann does
    constexpr size_t kSlice = 64 << 10;
    for (const std::string& seq : sequences) {
        for (size_t back = 0; back <= 7; ++back) {
            for (size_t slice = 1; slice <= 2; ++slice) {
                std::string text(slice * kSlice - back, 'a');
                text += seq;
                text += std::string(100, 'b');
                const std::string doc = "{\"evidence\":[{\"text\":\"" + text + "\"}],\"k\":\"v\"}";
                INFO("sequence " << seq << ", " << back << " bytes before the end of slice " << slice);
                CHECK(json_differential::check(doc) == "");
            }
        }
    }
    // Unterminated, with the paste ending exactly on and just after a slice's end.
    for (size_t extra = 0; extra <= 2; ++extra) {
        const std::string doc = "[\"" + std::string(kSlice + extra, 'x');
        CHECK(json_differential::check(doc) == "");
        CHECK_THROWS_AS(ownercheck::read_json(doc), ownercheck::CaseError);
    }
}
