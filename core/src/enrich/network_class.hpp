#pragma once
// What kind of network an ASN is: hosting (datacenters, clouds) or VPN per the X4BNet lists
// embedded from core/data/hosting_asns.json (MIT), else residential (an eyeball network).

#include <string>
#include <string_view>

namespace ownercheck {

bool is_vpn_asn(uint32_t asn);
bool is_hosting_asn(uint32_t asn);

// asn: digits, optionally prefixed "AS"; org: the organisation name when known. Returns
// "vpn" | "hosting" | "residential" when the ASN is known; with no ASN, the org name's words
// decide between vpn/hosting, else "unknown".
std::string_view classify_network(std::string_view asn, std::string_view org);

// "AS3320", "as3320", " 3320 " -> 3320; 0 when not an ASN.
uint32_t parse_asn(std::string_view s);

}  // namespace ownercheck
