#include "report/redact.hpp"

#include <cctype>
#include <map>

#include "crypto/digest.hpp"

namespace ownercheck {

namespace {

bool is_email_char(unsigned char c) { return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'; }
bool is_word_char(unsigned char c) { return std::isalnum(c) || c == '_'; }

class Redactor {
public:
    explicit Redactor(std::string key) : key_(std::move(key)) {}

    std::string tag(const std::string& kind, const std::string& value) {
        auto it = cache_.find(kind + '\0' + value);
        if (it != cache_.end()) return it->second;
        const std::string mac = crypto::to_hex(crypto::hmac_sha256(key_, kind + ":" + value)).substr(0, 8);
        return cache_[kind + '\0' + value] = "[" + kind + ":" + mac + "]";
    }

private:
    std::string key_;
    std::map<std::string, std::string> cache_;
};

// Length of an IPv4 address starting at i, or 0.
size_t ipv4_at(const std::string& s, size_t i) {
    size_t p = i;
    for (int part = 0; part < 4; ++part) {
        size_t start = p;
        int v = 0;
        while (p < s.size() && std::isdigit(static_cast<unsigned char>(s[p])) && p - start < 3) v = v * 10 + (s[p++] - '0');
        if (p == start || v > 255) return 0;
        if (part < 3) {
            if (p >= s.size() || s[p] != '.') return 0;
            ++p;
        }
    }
    if (p < s.size() && (std::isdigit(static_cast<unsigned char>(s[p])) || (s[p] == '.' && p + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[p + 1])))))
        return 0;
    return p - i;
}

// Length of an IPv6 address starting at i (hex groups and at least two colons), or 0.
size_t ipv6_at(const std::string& s, size_t i) {
    size_t p = i;
    int colons = 0, hex_run = 0;
    while (p < s.size()) {
        const unsigned char c = s[p];
        if (std::isxdigit(c)) {
            if (++hex_run > 4) return 0;
        } else if (c == ':') {
            ++colons;
            hex_run = 0;
        } else {
            break;
        }
        ++p;
    }
    if (colons < 2 || p - i < 3) return 0;
    if (p < s.size() && is_word_char(static_cast<unsigned char>(s[p]))) return 0;
    return p - i;
}

// Length of a crypto address-like token (base58 / bech32 / 0x-hex, 26+ chars), or 0.
size_t crypto_address_at(const std::string& s, size_t i) {
    size_t p = i;
    while (p < s.size() && std::isalnum(static_cast<unsigned char>(s[p]))) ++p;
    const size_t n = p - i;
    if (n < 26 || n > 90) return 0;
    const std::string tok = s.substr(i, n);
    const bool hex = tok.size() == 42 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X');
    const bool bech = tok.rfind("bc1", 0) == 0 || tok.rfind("tb1", 0) == 0 || tok.rfind("ltc1", 0) == 0;
    const bool b58 = (tok[0] == '1' || tok[0] == '3' || tok[0] == 'L' || tok[0] == 'M' || tok[0] == 'r') && n <= 35 &&
                     tok.find_first_of("0OIl") == std::string::npos;
    bool has_digit = false, has_alpha = false;
    for (char c : tok) (std::isdigit(static_cast<unsigned char>(c)) ? has_digit : has_alpha) = true;
    return (hex || bech || b58) && has_digit && has_alpha ? n : 0;
}

}  // namespace

std::string redact_report(const std::string& in, const Analysis& a, const std::string& key_in) {
    Redactor r(key_in.empty() ? crypto::random_bytes(32) : key_in);
    std::string out;
    out.reserve(in.size());
    // The account holder's name, whole, first: it may contain characters the scanners split on.
    std::string s = in;
    if (a.input.account.name.size() >= 3) {
        const std::string& name = a.input.account.name;
        const std::string t = r.tag("name", name);
        for (size_t pos = 0; (pos = s.find(name, pos)) != std::string::npos; pos += t.size()) s.replace(pos, name.size(), t);
    }
    for (size_t i = 0; i < s.size();) {
        const bool boundary = i == 0 || !is_word_char(static_cast<unsigned char>(s[i - 1]));
        if (boundary) {
            if (size_t n = ipv4_at(s, i)) {
                out += r.tag("ip", s.substr(i, n));
                i += n;
                continue;
            }
            if (size_t n = ipv6_at(s, i)) {
                out += r.tag("ip", s.substr(i, n));
                i += n;
                continue;
            }
            if (size_t n = crypto_address_at(s, i)) {
                out += r.tag("address", s.substr(i, n));
                i += n;
                continue;
            }
        }
        if (s[i] == '@' && i > 0 && is_email_char(static_cast<unsigned char>(s[i - 1]))) {
            // Walk back over the local part already copied, forward over the domain.
            size_t start = out.size();
            while (start > 0 && is_email_char(static_cast<unsigned char>(out[start - 1]))) --start;
            size_t end = i + 1;
            while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '.' || s[end] == '-')) ++end;
            while (end > i + 1 && s[end - 1] == '.') --end;
            const std::string domain = s.substr(i + 1, end - i - 1);
            if (domain.find('.') != std::string::npos) {
                const std::string email = out.substr(start) + "@" + domain;
                out.resize(start);
                out += r.tag("email", email);
                i = end;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

}  // namespace ownercheck
