#pragma once
// IP addresses: parsing (IPv4, IPv6 incl. "::", embedded IPv4, zone ids, brackets and ports as
// seen in logs), special-purpose ranges (private, loopback, CGNAT, link-local, documentation...),
// and ASN / organisation / country through the range tables in TableStore.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ownercheck {

struct IpAddress {
    bool v4 = false;
    std::array<uint8_t, 16> bytes{};  // IPv4 in bytes[0..3]; IPv6 big-endian
    uint32_t v4_value() const { return (uint32_t(bytes[0]) << 24) | (uint32_t(bytes[1]) << 16) | (uint32_t(bytes[2]) << 8) | bytes[3]; }
    std::string to_string() const;
};

// Accepts "1.2.3.4", "1.2.3.4:443", "2001:db8::1", "[2001:db8::1]:443", "fe80::1%eth0".
// IPv4-mapped IPv6 (::ffff:1.2.3.4) comes back as IPv4.
std::optional<IpAddress> parse_ip(std::string_view s);

// "private", "loopback", "cgnat", "link-local", "documentation", "multicast", "reserved",
// "unspecified", "benchmark"; "" for a public address.
std::string_view special_range(const IpAddress& ip);

struct IpInfo {
    bool parsed = false;
    std::string ip;           // normalised text
    std::string special;      // special_range(), "" when public
    uint32_t asn = 0;         // 0 when unknown
    std::string org;
    std::string country;      // ISO alpha-2, "" when unknown
    std::string network;      // residential | hosting | vpn | private | unknown
    bool asn_table = false;   // was the ASN table for this family loaded?
    bool country_table = false;
};

IpInfo lookup_ip(std::string_view s);
// The table part of lookup_ip alone (asn, country, special range; ip, org and network stay empty):
// what the enrich stage needs per address, and a million addresses may each be new.
IpInfo lookup_ip_tables(std::string_view s);
std::string asn_name(uint32_t asn);  // from the asn-names table; "" when unknown or not loaded

// {"ip","asn","org","country","network"} (+ "range" for special ranges, "error" when unparseable,
// "tables_missing" when a table the answer needed was not loaded).
nlohmann::ordered_json describe_ip(std::string_view s);

}  // namespace ownercheck
