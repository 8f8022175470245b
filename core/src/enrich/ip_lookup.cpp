#include "enrich/ip_lookup.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "enrich/network_class.hpp"
#include "enrich/tables.hpp"

namespace ownercheck {
namespace {

uint32_t rd32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

std::optional<std::array<uint8_t, 4>> parse_v4(std::string_view s) {
    std::array<uint8_t, 4> out{};
    size_t part = 0, i = 0;
    while (part < 4) {
        size_t digits = 0;
        unsigned v = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 4) {
            v = v * 10 + unsigned(s[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0 || digits > 3 || v > 255) return std::nullopt;
        out[part++] = static_cast<uint8_t>(v);
        if (part < 4) {
            if (i >= s.size() || s[i] != '.') return std::nullopt;
            ++i;
        }
    }
    if (i != s.size()) return std::nullopt;
    return out;
}

std::optional<std::array<uint8_t, 16>> parse_v6(std::string_view s) {
    if (s.size() < 2 || s.size() > 45) return std::nullopt;
    std::array<uint8_t, 16> out{};
    std::vector<uint16_t> head, tail;
    bool compressed = false;
    std::vector<uint16_t>* cur = &head;
    size_t i = 0;
    if (s.substr(0, 2) == "::") {
        compressed = true;
        cur = &tail;
        i = 2;
        if (i == s.size()) return out;
    } else if (s[0] == ':') {
        return std::nullopt;
    }
    std::optional<std::array<uint8_t, 4>> v4tail;
    while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && s[j] != ':') ++j;
        const std::string_view group = s.substr(i, j - i);
        if (group.find('.') != std::string_view::npos) {
            if (j != s.size()) return std::nullopt;
            v4tail = parse_v4(group);
            if (!v4tail) return std::nullopt;
            i = j;
            break;
        }
        if (group.empty() || group.size() > 4) return std::nullopt;
        unsigned v = 0;
        for (char c : group) {
            const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return std::nullopt;
            v = v * 16 + unsigned(d);
        }
        cur->push_back(static_cast<uint16_t>(v));
        if (j == s.size()) { i = j; break; }
        if (j + 1 < s.size() && s[j + 1] == ':') {
            if (compressed) return std::nullopt;
            compressed = true;
            cur = &tail;
            i = j + 2;
            if (i == s.size()) break;
        } else {
            if (j + 1 == s.size()) return std::nullopt;  // trailing single ':'
            i = j + 1;
        }
    }
    const size_t groups = head.size() + tail.size() + (v4tail ? 2 : 0);
    if (compressed ? groups > 7 : groups != 8) return std::nullopt;
    size_t pos = 0;
    for (uint16_t g : head) { out[pos++] = uint8_t(g >> 8); out[pos++] = uint8_t(g & 0xff); }
    pos = 16 - 2 * tail.size() - (v4tail ? 4 : 0);
    for (uint16_t g : tail) { out[pos++] = uint8_t(g >> 8); out[pos++] = uint8_t(g & 0xff); }
    if (v4tail) std::copy(v4tail->begin(), v4tail->end(), out.begin() + 12);
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

// Range tables: index of the range holding `key`, or -1.
long find_v4(const std::string& t, uint32_t key) {
    const uint32_t n = rd32(t.data() + 8);
    const char* starts = t.data() + 12;
    const char* ends = starts + 4ull * n;
    size_t lo = 0, hi = n;  // first start > key
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (rd32(starts + 4 * mid) <= key) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return -1;
    return rd32(ends + 4 * (lo - 1)) >= key ? long(lo - 1) : -1;
}

long find_v6(const std::string& t, const std::array<uint8_t, 16>& key) {
    const uint32_t n = rd32(t.data() + 8);
    const char* starts = t.data() + 12;
    const char* ends = starts + 16ull * n;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (std::memcmp(starts + 16 * mid, key.data(), 16) <= 0) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return -1;
    return std::memcmp(ends + 16 * (lo - 1), key.data(), 16) >= 0 ? long(lo - 1) : -1;
}

bool in_v4(uint32_t ip, uint32_t net, int bits) { return bits == 0 || (ip >> (32 - bits)) == (net >> (32 - bits)); }

}  // namespace

std::string IpAddress::to_string() const {
    if (v4) return std::to_string(bytes[0]) + "." + std::to_string(bytes[1]) + "." + std::to_string(bytes[2]) + "." + std::to_string(bytes[3]);
    // RFC 5952: lower case, longest run of >= 2 zero groups as "::".
    uint16_t g[8];
    for (int k = 0; k < 8; ++k) g[k] = uint16_t(bytes[2 * k] << 8 | bytes[2 * k + 1]);
    int best = -1, best_len = 0;
    for (int k = 0; k < 8;) {
        if (g[k] != 0) { ++k; continue; }
        int e = k;
        while (e < 8 && g[e] == 0) ++e;
        if (e - k > best_len && e - k >= 2) { best = k; best_len = e - k; }
        k = e;
    }
    std::string out;
    static const char* hex = "0123456789abcdef";
    for (int k = 0; k < 8; ++k) {
        if (k == best) { out += "::"; k += best_len - 1; continue; }
        if (!out.empty() && out.back() != ':') out += ':';
        std::string h;
        for (int sh = 12; sh >= 0; sh -= 4) h.push_back(hex[(g[k] >> sh) & 0xf]);
        out += h.substr(std::min(h.find_first_not_of('0'), size_t(3)));
    }
    return out;
}

std::optional<IpAddress> parse_ip(std::string_view s) {
    s = trim(s);
    if (s.empty() || s.size() > 64) return std::nullopt;
    if (s.front() == '[') {
        const size_t close = s.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        s = s.substr(1, close - 1);
    }
    if (const size_t pct = s.find('%'); pct != std::string_view::npos) s = s.substr(0, pct);
    IpAddress ip;
    if (s.find(':') == std::string_view::npos || (s.find('.') != std::string_view::npos && std::count(s.begin(), s.end(), ':') == 1)) {
        std::string_view host = s.substr(0, s.find(':'));  // "1.2.3.4:443"
        auto v4 = parse_v4(host);
        if (!v4) return std::nullopt;
        ip.v4 = true;
        std::copy(v4->begin(), v4->end(), ip.bytes.begin());
        return ip;
    }
    auto v6 = parse_v6(s);
    if (!v6) return std::nullopt;
    static constexpr uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(v6->data(), mapped, 12) == 0) {
        ip.v4 = true;
        std::copy(v6->begin() + 12, v6->end(), ip.bytes.begin());
        return ip;
    }
    ip.bytes = *v6;
    return ip;
}

std::string_view special_range(const IpAddress& ip) {
    if (ip.v4) {
        const uint32_t a = ip.v4_value();
        struct R { uint32_t net; int bits; std::string_view kind; };
        static constexpr R ranges[] = {
            {0x00000000, 8, "unspecified"}, {0x0A000000, 8, "private"}, {0x64400000, 10, "cgnat"},
            {0x7F000000, 8, "loopback"}, {0xA9FE0000, 16, "link-local"}, {0xAC100000, 12, "private"},
            {0xC0000000, 24, "reserved"}, {0xC0000200, 24, "documentation"}, {0xC0A80000, 16, "private"},
            {0xC6120000, 15, "benchmark"}, {0xC6336400, 24, "documentation"}, {0xCB007100, 24, "documentation"},
            {0xE0000000, 4, "multicast"}, {0xF0000000, 4, "reserved"},
        };
        for (const auto& r : ranges)
            if (in_v4(a, r.net, r.bits)) return r.kind;
        return "";
    }
    const auto& b = ip.bytes;
    static constexpr uint8_t zero[16] = {};
    if (std::memcmp(b.data(), zero, 15) == 0) return b[15] == 1 ? "loopback" : b[15] == 0 ? "unspecified" : "reserved";
    if ((b[0] & 0xfe) == 0xfc) return "private";                       // fc00::/7 unique local
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";    // fe80::/10
    if (b[0] == 0xff) return "multicast";
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return "documentation";  // 2001:db8::/32
    if (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xf0) == 0) return "documentation";           // 3fff::/20
    return "";
}

std::string asn_name(uint32_t asn) {
    const auto t = TableStore::global().get("asn-names");
    if (!t || asn == 0) return "";
    const uint32_t n = rd32(t->data() + 8);
    const char* asns = t->data() + 12;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (rd32(asns + 4 * mid) < asn) lo = mid + 1; else hi = mid;
    }
    if (lo == n || rd32(asns + 4 * lo) != asn) return "";
    const char* offs = asns + 4ull * n;
    const char* blob = offs + 4ull * (n + 1);
    const uint32_t b = rd32(offs + 4 * lo), e = rd32(offs + 4 * (lo + 1));
    if (e < b || blob + e > t->data() + t->size()) return "";
    return std::string(blob + b, e - b);
}

namespace {

// lookup_ip_tables() for an address already parsed (or not parseable: `ip` empty).
IpInfo tables_for(std::string_view s, const std::optional<IpAddress>& ip) {
    IpInfo r;
    if (!ip) {
        r.ip = std::string(trim(s));
        r.network = "unknown";
        return r;
    }
    r.parsed = true;
    r.special = std::string(special_range(*ip));
    if (!r.special.empty()) {
        r.network = "private";
        return r;
    }
    auto& store = TableStore::global();
    if (ip->v4) {
        if (auto t = store.get("asn-ipv4")) {
            r.asn_table = true;
            const long i = find_v4(*t, ip->v4_value());
            if (i >= 0) r.asn = rd32(t->data() + 12 + 8ull * rd32(t->data() + 8) + 4ull * size_t(i));
        }
        if (auto t = store.get("country-ipv4")) {
            r.country_table = true;
            const long i = find_v4(*t, ip->v4_value());
            if (i >= 0) r.country = std::string(t->data() + 12 + 8ull * rd32(t->data() + 8) + 2ull * size_t(i), 2);
        }
    } else {
        if (auto t = store.get("asn-ipv6")) {
            r.asn_table = true;
            const long i = find_v6(*t, ip->bytes);
            if (i >= 0) r.asn = rd32(t->data() + 12 + 32ull * rd32(t->data() + 8) + 4ull * size_t(i));
        }
        if (auto t = store.get("country-ipv6")) {
            r.country_table = true;
            const long i = find_v6(*t, ip->bytes);
            if (i >= 0) r.country = std::string(t->data() + 12 + 32ull * rd32(t->data() + 8) + 2ull * size_t(i), 2);
        }
    }
    if (r.country == "??") r.country.clear();
    return r;
}

}  // namespace

IpInfo lookup_ip_tables(std::string_view s) { return tables_for(s, parse_ip(s)); }

IpInfo lookup_ip(std::string_view s) {
    const auto ip = parse_ip(s);
    IpInfo r = tables_for(s, ip);
    if (!r.parsed) return r;
    r.ip = ip->to_string();
    if (!r.special.empty()) return r;
    r.org = asn_name(r.asn);
    r.network = r.asn ? std::string(classify_network(std::to_string(r.asn), r.org)) : "unknown";
    return r;
}

nlohmann::ordered_json describe_ip(std::string_view s) {
    const IpInfo i = lookup_ip(s);
    nlohmann::ordered_json j;
    auto str_or_null = [](const std::string& v) { return v.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(v); };
    if (!i.parsed) {
        std::string shown(i.ip);
        for (auto& c : shown)
            if (static_cast<unsigned char>(c) >= 0x80) c = '?';
        j["ip"] = shown;
        j["error"] = "not an IPv4 or IPv6 address";
        return j;
    }
    j["ip"] = i.ip;
    j["asn"] = i.asn ? nlohmann::ordered_json(i.asn) : nlohmann::ordered_json();
    j["org"] = str_or_null(i.org);
    j["country"] = str_or_null(i.country);
    j["network"] = i.network;
    if (!i.special.empty()) j["range"] = i.special;
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    if (i.special.empty()) {
        const bool v4 = i.ip.find(':') == std::string::npos;
        if (!i.asn_table) missing.push_back(v4 ? "asn-ipv4" : "asn-ipv6");
        if (!i.country_table) missing.push_back(v4 ? "country-ipv4" : "country-ipv6");
        if (i.asn && !TableStore::global().has("asn-names")) missing.push_back("asn-names");
    }
    if (!missing.empty()) j["tables_missing"] = missing;
    return j;
}

}  // namespace ownercheck
