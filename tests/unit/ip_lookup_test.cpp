// IP parsing, special ranges, network classes, and agreement of describe_ip with the source CSVs
// of @ip-location-db on a deterministic random sample of 10,000 addresses.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>

#include "enrich/ip_lookup.hpp"
#include "enrich/network_class.hpp"
#include "enrich/tables.hpp"
#include "ip_data_support.hpp"

using namespace ownercheck;
using u128 = unsigned __int128;

TEST_CASE("IP parsing: IPv4, IPv6 forms seen in logs, and garbage") {
    CHECK(parse_ip("81.2.69.142")->to_string() == "81.2.69.142");
    CHECK(parse_ip(" 81.2.69.142:443 ")->to_string() == "81.2.69.142");
    CHECK(parse_ip("2001:DB8:0:0:0:0:0:1")->to_string() == "2001:db8::1");
    CHECK(parse_ip("[2a02:8108::1]:8443")->to_string() == "2a02:8108::1");
    CHECK(parse_ip("fe80::1%eth0")->to_string() == "fe80::1");
    CHECK(parse_ip("::")->to_string() == "::");
    CHECK(parse_ip("::1")->to_string() == "::1");
    CHECK(parse_ip("1::")->to_string() == "1::");
    CHECK(parse_ip("2001:db8:0:1:1:1:1:1")->to_string() == "2001:db8:0:1:1:1:1:1");
    CHECK(parse_ip("::ffff:81.2.69.142")->v4);
    CHECK(parse_ip("64:ff9b::1.2.3.4")->to_string() == "64:ff9b::102:304");
    for (const char* bad : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4x", "01234.1.1.1", ":::", "1:2:3:4:5:6:7:8:9",
                            "1::2::3", "12345::", "g::1", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "[::1", "not an ip",
                            "1:2:3:4:5:6:7:8::", "::1.2.3.4.5"})
        CHECK_MESSAGE(!parse_ip(bad), bad);
}

TEST_CASE("special-purpose ranges are private, whatever the tables say") {
    for (const char* ip : {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10", "127.0.0.1", "100.64.0.1",
                           "100.127.255.254", "169.254.10.10", "192.0.2.55", "198.51.100.7", "203.0.113.9", "::1",
                           "fd12:3456::1", "fe80::abcd", "2001:db8::42", "198.18.0.1"}) {
        const auto j = describe_ip(ip);
        CHECK_MESSAGE(j["network"] == "private", ip);
        CHECK(j.contains("range"));
    }
    CHECK(special_range(*parse_ip("172.32.0.1")).empty());
    CHECK(special_range(*parse_ip("100.128.0.1")).empty());
    CHECK(special_range(*parse_ip("8.8.8.8")).empty());
    CHECK(describe_ip("garbage")["error"].is_string());
}

TEST_CASE("network class from the X4BNet ASN lists and organisation words") {
    CHECK(classify_network("AS9009", "") == "vpn");        // M247 (listed as VPN)
    CHECK(classify_network("209854", "") == "vpn");        // Surfshark
    CHECK(classify_network("3223", "") == "hosting");      // Voxility
    CHECK(classify_network("AS3320", "Deutsche Telekom AG") == "residential");
    CHECK(classify_network("", "Acme VPN Ltd") == "vpn");
    CHECK(classify_network("", "Example Hosting GmbH") == "hosting");
    CHECK(classify_network("", "Cloudflare, Inc.") == "unknown");  // "cloud" is a word, not a prefix
    CHECK(classify_network("", "") == "unknown");
    CHECK(parse_asn("as13335") == 13335);
    CHECK(parse_asn("AS") == 0);
    CHECK(parse_asn("99999999999") == 0);
}

namespace {

struct Row {
    u128 start, end;
    std::string value, org;
};

std::vector<std::string> split_csv(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { out.back() += '"'; ++i; }
            else if (c == '"') quoted = false;
            else out.back() += c;
        } else if (c == '"') quoted = true;
        else if (c == ',') out.emplace_back();
        else if (c != '\r') out.back() += c;
    }
    return out;
}

u128 to_u128(const IpAddress& ip) {
    if (ip.v4) return ip.v4_value();
    u128 v = 0;
    for (uint8_t b : ip.bytes) v = (v << 8) | b;
    return v;
}

// The source rows of one CSV (text form: "1.0.0.0,1.0.0.255,13335,Cloudflare, Inc."), sorted.
std::vector<Row> read_rows(const std::string& path, bool with_org) {
    std::vector<Row> rows;
    std::ifstream f(path);
    std::string line;
    while (std::getline(f, line)) {
        const auto cols = split_csv(line);
        if (cols.size() < 3) continue;
        const auto a = parse_ip(cols[0]), b = parse_ip(cols[1]);
        if (!a || !b) FAIL("unparseable CSV line: " << line);
        rows.push_back({to_u128(*a), to_u128(*b), cols[2], with_org && cols.size() > 3 ? cols[3] : ""});
    }
    std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.start < y.start; });
    return rows;
}

// The most specific row holding `v` (the CSVs have a few overlapping ranges), or nullptr.
struct Index {
    std::vector<Row> rows;
    std::vector<size_t> overlapping;  // rows that overlap a later row
    explicit Index(std::vector<Row> r) : rows(std::move(r)) {
        u128 max_end = 0;
        size_t max_i = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (i && rows[i].start <= max_end) overlapping.push_back(max_i);
            if (i == 0 || rows[i].end > max_end) { max_end = rows[i].end; max_i = i; }
        }
        std::sort(overlapping.begin(), overlapping.end());
        overlapping.erase(std::unique(overlapping.begin(), overlapping.end()), overlapping.end());
    }
    const Row* find(u128 v) const {
        const Row* best = nullptr;
        auto consider = [&](const Row& r) {
            if (r.start <= v && v <= r.end && (!best || r.end - r.start < best->end - best->start)) best = &r;
        };
        auto it = std::upper_bound(rows.begin(), rows.end(), v, [](u128 x, const Row& r) { return x < r.start; });
        for (int k = 0; k < 8 && it != rows.begin(); ++k) consider(*--it);
        for (size_t i : overlapping) consider(rows[i]);
        return best;
    }
};

uint64_t splitmix(uint64_t& s) {
    uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

std::string ip_text(u128 v, bool v4) {
    if (v4) {
        const auto x = static_cast<uint32_t>(v);
        return std::to_string(x >> 24) + "." + std::to_string((x >> 16) & 255) + "." + std::to_string((x >> 8) & 255) + "." + std::to_string(x & 255);
    }
    static const char* hex = "0123456789abcdef";
    std::string out;  // full, uncompressed form: independent of IpAddress::to_string
    for (int g = 7; g >= 0; --g) {
        const auto w = static_cast<unsigned>((v >> (16 * g)) & 0xffff);
        for (int sh = 12; sh >= 0; sh -= 4) out += hex[(w >> sh) & 15];
        if (g) out += ':';
    }
    return out;
}

}  // namespace

TEST_CASE("describe_ip agrees with the @ip-location-db CSVs on 10,000 sampled addresses") {
    std::string errors;
    const int loaded = test_support::load_tables(errors);
    CHECK_MESSAGE(errors.empty(), errors);
    const bool have = TableStore::global().has("asn-ipv4") && TableStore::global().has("asn-ipv6") &&
                      TableStore::global().has("country-ipv4") && TableStore::global().has("country-ipv6") &&
                      TableStore::global().has("asn-names");
    if (!have) {
        REQUIRE_MESSAGE(!test_support::tables_required(), "IP tables not found (loaded " << loaded << ")");
        MESSAGE("IP tables not generated in this build tree: agreement test skipped (run scripts/gen_tables.py)");
        return;
    }
    const std::string pkg = test_support::npm_pkg_dir();
    const std::string asn_dir = pkg + "/@ip-location-db/asn/", geo_dir = pkg + "/@ip-location-db/geo-whois-asn-country/";
    const Index asn4(read_rows(asn_dir + "asn-ipv4.csv", true)), asn6(read_rows(asn_dir + "asn-ipv6.csv", true));
    const Index geo4(read_rows(geo_dir + "geo-whois-asn-country-ipv4.csv", false)), geo6(read_rows(geo_dir + "geo-whois-asn-country-ipv6.csv", false));
    if (asn4.rows.empty()) {
        REQUIRE_MESSAGE(!test_support::tables_required(), "source CSVs not found under " << pkg << " (scripts/fetch-data.sh)");
        MESSAGE("source CSVs not found: agreement test skipped");
        return;
    }
    CHECK(asn4.rows.size() == 411961);
    CHECK(asn6.rows.size() == 103197);

    uint64_t seed = 20261129;
    int compared = 0, special = 0, asn_disagree = 0, org_disagree = 0, country_disagree = 0;
    for (int k = 0; k < 10000; ++k) {
        const bool v4 = k % 2 == 0;
        const Index& src = (k / 2) % 2 == 0 ? (v4 ? asn4 : asn6) : (v4 ? geo4 : geo6);
        const Row& row = src.rows[splitmix(seed) % src.rows.size()];
        const u128 span = row.end - row.start;
        const u128 r = (u128(splitmix(seed)) << 64) | splitmix(seed);
        const u128 addr = row.start + (span == ~u128(0) ? r : r % (span + 1));
        const std::string text = ip_text(addr, v4);
        if (!special_range(*parse_ip(text)).empty()) { ++special; continue; }
        const auto j = describe_ip(text);
        const Row* a = (v4 ? asn4 : asn6).find(addr);
        const Row* g = (v4 ? geo4 : geo6).find(addr);
        const bool asn_ok = a ? (j["asn"].is_number() && std::to_string(j["asn"].get<uint32_t>()) == a->value) : j["asn"].is_null();
        if (!asn_ok) { if (++asn_disagree <= 5) MESSAGE("asn " << text << " -> " << j.dump()); }
        if (a && asn_ok && (!j["org"].is_string() || j["org"].get<std::string>() != a->org)) { if (++org_disagree <= 5) MESSAGE("org " << text << " -> " << j.dump()); }
        const bool geo_ok = g ? j["country"] == g->value : j["country"].is_null();
        if (!geo_ok) { if (++country_disagree <= 5) MESSAGE("country " << text << " -> " << j.dump()); }
        ++compared;
    }
    MESSAGE("compared " << compared << " addresses (" << special << " fell in special-purpose ranges)");
    CHECK(compared + special == 10000);
    CHECK(special < 100);
    CHECK(asn_disagree == 0);
    CHECK(org_disagree == 0);
    CHECK(country_disagree == 0);
    // Spot checks that read like the field knows them.
    CHECK(describe_ip("1.1.1.1")["asn"] == 13335);
    CHECK(describe_ip("1.1.1.1")["org"] == "Cloudflare, Inc.");
    CHECK(describe_ip("83.2.47.154")["org"] == "Orange Polska Spolka Akcyjna");
    CHECK(describe_ip("83.2.47.154")["network"] == "residential");
    CHECK(describe_ip("83.2.47.154")["country"] == "PL");
}
