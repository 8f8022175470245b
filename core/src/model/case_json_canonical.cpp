// write_canonical(): the bytes nlohmann's dump() gives for the same document, streamed to a
// string or straight into SHA-256 so that the fingerprint needs no second copy of the case.

#include <nlohmann/json.hpp>

#include "crypto/digest.hpp"
#include "model/case_json.hpp"
#include "util/json_scan.hpp"

namespace ownercheck {

namespace {

struct StringSink {
    std::string& out;
    void update(std::string_view bytes) { out.append(bytes); }
};

// nlohmann's escape for a byte that needs_escape(): the short forms, else \u00xx in lower case.
std::string_view escape_of(unsigned char c, char (&buf)[6]) {
    switch (c) {
        case '"': return "\\\"";
        case '\\': return "\\\\";
        case '\b': return "\\b";
        case '\f': return "\\f";
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        default: break;
    }
    static const char* kHex = "0123456789abcdef";
    buf[0] = '\\';
    buf[1] = 'u';
    buf[2] = '0';
    buf[3] = '0';
    buf[4] = kHex[c >> 4];
    buf[5] = kHex[c & 15];
    return {buf, 6};
}

template <class Sink>
class CanonicalWriter {
public:
    explicit CanonicalWriter(Sink& out) : out_(out) {}

    void value(const JsonValue& v) {
        switch (v.type) {
            case JsonValue::Type::Null: out_.update("null"); return;
            case JsonValue::Type::Boolean: out_.update(v.boolean ? "true" : "false"); return;
            case JsonValue::Type::Number: return number(v.text);
            case JsonValue::Type::String:
                if (v.source_is_canonical) {
                    out_.update("\"");
                    out_.update(v.canonical_source);
                    out_.update("\"");
                } else {
                    string(v.text);
                }
                return;
            case JsonValue::Type::Array:
                out_.update("[");
                for (size_t i = 0; i < v.items.size(); ++i) {
                    if (i) out_.update(",");
                    value(v.items[i]);
                }
                out_.update("]");
                return;
            case JsonValue::Type::Object:
                out_.update("{");
                for (size_t i = 0; i < v.members.size(); ++i) {
                    if (i) out_.update(",");
                    string(v.members[i].key);
                    out_.update(":");
                    value(v.members[i].value);
                }
                out_.update("}");
                return;
        }
    }

private:
    // Runs of bytes that need no escape go out whole; 0x7F and UTF-8 stay as they are.
    void string(std::string_view s) {
        out_.update("\"");
        const char* p = s.data();
        const char* const end = p + s.size();
        const char* run = p;
        char buf[6];
        while ((p = json_scan::find_special<false>(p, end)) != end) {
            out_.update(std::string_view(run, static_cast<size_t>(p - run)));
            out_.update(escape_of(static_cast<unsigned char>(*p), buf));
            run = ++p;
        }
        out_.update(std::string_view(run, static_cast<size_t>(end - run)));
        out_.update("\"");
    }

    // How nlohmann prints a number. An integer of up to 18 digits as written (it fits an int64,
    // which prints the same digits), but -0 as 0; anything else (1e2 as 100.0, 1.50 as 1.5,
    // 12345678901234567890123 as 1.2345678901234568e+22) asked of nlohmann itself, so that the
    // form is exact by construction. A case holds few numbers.
    void number(const std::string& token) {
        const size_t digits = token.size() - (token[0] == '-');
        if (digits <= 18 && token.find_first_of(".eE") == std::string::npos) {
            out_.update(token == "-0" ? std::string_view("0") : std::string_view(token));
            return;
        }
        out_.update(nlohmann::json::parse(token).dump());
    }

    Sink& out_;
};

}  // namespace

void write_canonical(const JsonValue& v, std::string& out) {
    StringSink sink{out};
    CanonicalWriter<StringSink>(sink).value(v);
}

void write_canonical(const JsonValue& v, crypto::Sha256Stream& out) { CanonicalWriter<crypto::Sha256Stream>(out).value(v); }

std::string canonical_json(const JsonValue& v) {
    std::string out;
    write_canonical(v, out);
    return out;
}

std::string canonical_fingerprint(const JsonValue& v) {
    crypto::Sha256Stream hash;
    write_canonical(v, hash);
    return "sha256:" + crypto::to_hex(hash.finish());
}

}  // namespace ownercheck
