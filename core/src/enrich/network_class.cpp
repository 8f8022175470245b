#include "enrich/network_class.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "util/embedded_data.hpp"

namespace ownercheck {
namespace {

struct Lists {
    std::vector<uint32_t> hosting, vpn;
    std::vector<std::string> vpn_words, hosting_words;
};

const Lists& lists() {
    static const Lists l = [] {
        Lists out;
        const auto& j = data_table("hosting_asns.json");
        for (const auto& a : j.at("datacenter")) out.hosting.push_back(a.get<uint32_t>());
        for (const auto& a : j.at("vpn")) out.vpn.push_back(a.get<uint32_t>());
        for (const auto& w : j.at("org_keywords").at("vpn")) out.vpn_words.push_back(w.get<std::string>());
        for (const auto& w : j.at("org_keywords").at("hosting")) out.hosting_words.push_back(w.get<std::string>());
        std::sort(out.hosting.begin(), out.hosting.end());
        std::sort(out.vpn.begin(), out.vpn.end());
        return out;
    }();
    return l;
}

bool has_word(const std::string& hay, const std::string& word) {
    for (size_t p = hay.find(word); p != std::string::npos; p = hay.find(word, p + 1)) {
        const bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(hay[p - 1]));
        const size_t e = p + word.size();
        const bool right = e >= hay.size() || !std::isalnum(static_cast<unsigned char>(hay[e]));
        if (left && right) return true;
    }
    return false;
}

}  // namespace

bool is_vpn_asn(uint32_t asn) { return std::binary_search(lists().vpn.begin(), lists().vpn.end(), asn); }
bool is_hosting_asn(uint32_t asn) { return std::binary_search(lists().hosting.begin(), lists().hosting.end(), asn); }

uint32_t parse_asn(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (s.size() >= 2 && (s[0] == 'A' || s[0] == 'a') && (s[1] == 'S' || s[1] == 's')) s.remove_prefix(2);
    if (s.empty() || s.size() > 10) return 0;
    uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return 0;
        v = v * 10 + uint64_t(c - '0');
    }
    return v > 0xffffffffull ? 0 : static_cast<uint32_t>(v);
}

std::string_view classify_network(std::string_view asn_text, std::string_view org) {
    const uint32_t asn = parse_asn(asn_text);
    if (asn && is_vpn_asn(asn)) return "vpn";
    if (asn && is_hosting_asn(asn)) return "hosting";
    // An ASN the lists miss, or none at all: the organisation's own words ("... VPN", "Hosting").
    std::string lower;
    for (char c : org) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (const auto& w : lists().vpn_words)
        if (has_word(lower, w)) return "vpn";
    for (const auto& w : lists().hosting_words)
        if (has_word(lower, w)) return "hosting";
    return asn ? "residential" : "unknown";
}

}  // namespace ownercheck
