#include "enrich/address_check.hpp"

#include <algorithm>
#include <array>

#include <openssl/bn.h>

#include <memory>

#include "crypto/digest.hpp"
#include "crypto/keccak.hpp"

namespace ownercheck {
namespace {

constexpr std::string_view kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kBech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr uint32_t kBech32Const = 1, kBech32mConst = 0x2bc830a3;

uint32_t bech32_polymod(const std::vector<uint8_t>& values) {
    static constexpr uint32_t gen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    uint32_t chk = 1;
    for (uint8_t v : values) {
        const uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1) chk ^= gen[i];
    }
    return chk;
}

// Regroups bits (8 -> 5 or 5 -> 8) as in BIP-173's reference; false on bad padding.
bool convert_bits(const std::vector<uint8_t>& in, int from, int to, bool pad, std::vector<uint8_t>& out) {
    uint32_t acc = 0;
    int bits = 0;
    const uint32_t maxv = (1u << to) - 1;
    for (uint8_t v : in) {
        if ((v >> from) != 0) return false;
        acc = (acc << from) | v;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push_back(static_cast<uint8_t>((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits) out.push_back(static_cast<uint8_t>((acc << (to - bits)) & maxv));
    } else if (bits >= from || ((acc << (to - bits)) & maxv)) {
        return false;
    }
    return true;
}

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
    return std::string(s.substr(b, e - b));
}

bool is_hex(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

struct SegwitNet { std::string_view hrp, chain, network; };
constexpr SegwitNet kSegwitNets[] = {
    {"bc", "bitcoin", "mainnet"}, {"tb", "bitcoin", "testnet"}, {"bcrt", "bitcoin", "regtest"},
    {"ltc", "litecoin", "mainnet"}, {"tltc", "litecoin", "testnet"}, {"rltc", "litecoin", "regtest"},
};

struct Base58Version { uint8_t version; std::string_view chain, network, type; };
constexpr Base58Version kBase58Versions[] = {
    {0, "bitcoin", "mainnet", "p2pkh"},   {5, "bitcoin", "mainnet", "p2sh"},
    {111, "bitcoin", "testnet", "p2pkh"}, {196, "bitcoin", "testnet", "p2sh"},
    {48, "litecoin", "mainnet", "p2pkh"}, {50, "litecoin", "mainnet", "p2sh"},
    {30, "dogecoin", "mainnet", "p2pkh"}, {22, "dogecoin", "mainnet", "p2sh"},
};

// BIP-341: a taproot output key is an x coordinate on secp256k1 (x < p and x^3 + 7 a square
// mod p). Otherwise the address encodes fine but nobody can ever spend what is sent to it.
bool is_secp256k1_x(const std::vector<uint8_t>& x32) {
    using Bn = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
    std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> ctx(BN_CTX_new(), BN_CTX_free);
    Bn p(nullptr, BN_free), x(BN_bin2bn(x32.data(), static_cast<int>(x32.size()), nullptr), BN_free),
        rhs(BN_new(), BN_free), e(BN_new(), BN_free), r(BN_new(), BN_free), seven(BN_new(), BN_free);
    BIGNUM* praw = nullptr;
    if (!ctx || !x || !rhs || !e || !r || !seven ||
        !BN_hex2bn(&praw, "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F"))
        return true;  // cannot check: do not call it invalid
    p.reset(praw);
    if (BN_cmp(x.get(), p.get()) >= 0) return false;
    // rhs = x^3 + 7 mod p; square iff rhs == 0 or rhs^((p-1)/2) == 1
    BN_set_word(seven.get(), 7);
    if (!BN_mod_sqr(rhs.get(), x.get(), p.get(), ctx.get()) || !BN_mod_mul(rhs.get(), rhs.get(), x.get(), p.get(), ctx.get()) ||
        !BN_mod_add(rhs.get(), rhs.get(), seven.get(), p.get(), ctx.get()))
        return true;
    if (BN_is_zero(rhs.get())) return true;
    BN_copy(e.get(), p.get());
    BN_sub_word(e.get(), 1);
    BN_rshift1(e.get(), e.get());
    if (!BN_mod_exp(r.get(), rhs.get(), e.get(), p.get(), ctx.get())) return true;
    return BN_is_one(r.get());
}

}  // namespace

bool base58_decode(std::string_view s, std::string& out) {
    std::vector<uint8_t> num;  // big-endian base-256
    size_t zeros = 0;
    while (zeros < s.size() && s[zeros] == '1') ++zeros;
    for (size_t i = zeros; i < s.size(); ++i) {
        const size_t d = kBase58.find(s[i]);
        if (d == std::string_view::npos) return false;
        uint32_t carry = static_cast<uint32_t>(d);
        for (size_t j = num.size(); j-- > 0;) {
            carry += 58u * num[j];
            num[j] = static_cast<uint8_t>(carry & 0xff);
            carry >>= 8;
        }
        while (carry) {
            num.insert(num.begin(), static_cast<uint8_t>(carry & 0xff));
            carry >>= 8;
        }
    }
    out.assign(zeros, '\0');
    out.append(num.begin(), num.end());
    return true;
}

std::string base58_encode(std::string_view bytes) {
    size_t zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == '\0') ++zeros;
    std::vector<uint8_t> digits;  // little-endian base-58
    for (size_t i = zeros; i < bytes.size(); ++i) {
        uint32_t carry = static_cast<uint8_t>(bytes[i]);
        for (auto& d : digits) {
            carry += static_cast<uint32_t>(d) << 8;
            d = static_cast<uint8_t>(carry % 58);
            carry /= 58;
        }
        while (carry) {
            digits.push_back(static_cast<uint8_t>(carry % 58));
            carry /= 58;
        }
    }
    std::string out(zeros, '1');
    for (size_t i = digits.size(); i-- > 0;) out.push_back(kBase58[digits[i]]);
    return out;
}

bool base58check_decode(std::string_view s, std::string& payload, std::string& error) {
    std::string raw;
    if (s.size() > 200) { error = "too long for Base58Check"; return false; }
    if (!base58_decode(s, raw)) { error = "non-Base58 character"; return false; }
    if (raw.size() < 4) { error = "too short for Base58Check"; return false; }
    const std::string body = raw.substr(0, raw.size() - 4);
    const std::string check = crypto::sha256(crypto::sha256(body)).substr(0, 4);
    if (check != raw.substr(raw.size() - 4)) { error = "Base58Check checksum mismatch"; return false; }
    payload = body;
    return true;
}

Bech32Decoded bech32_decode(std::string_view s) {
    Bech32Decoded r;
    if (s.size() > 90) { r.error = "longer than 90 characters"; return r; }
    bool lower = false, upper = false;
    for (unsigned char c : s) {
        if (c < 33 || c > 126) { r.error = "character out of range"; return r; }
        if (c >= 'a' && c <= 'z') lower = true;
        if (c >= 'A' && c <= 'Z') upper = true;
    }
    if (lower && upper) { r.error = "mixed case"; return r; }
    const size_t sep = s.rfind('1');
    if (sep == std::string_view::npos || sep == 0) { r.error = "no human-readable part"; return r; }
    if (sep + 7 > s.size()) { r.error = "checksum too short"; return r; }
    std::string hrp;
    for (size_t i = 0; i < sep; ++i) hrp.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[i]))));
    std::vector<uint8_t> values;
    for (size_t i = sep + 1; i < s.size(); ++i) {
        const size_t d = kBech32Charset.find(static_cast<char>(std::tolower(static_cast<unsigned char>(s[i]))));
        if (d == std::string_view::npos) { r.error = "invalid data character"; return r; }
        values.push_back(static_cast<uint8_t>(d));
    }
    std::vector<uint8_t> exp;
    for (unsigned char c : hrp) exp.push_back(c >> 5);
    exp.push_back(0);
    for (unsigned char c : hrp) exp.push_back(c & 31);
    exp.insert(exp.end(), values.begin(), values.end());
    const uint32_t pm = bech32_polymod(exp);
    if (pm == kBech32Const) r.encoding = Bech32Encoding::Bech32;
    else if (pm == kBech32mConst) r.encoding = Bech32Encoding::Bech32m;
    else { r.error = "bech32 checksum mismatch"; return r; }
    r.hrp = hrp;
    r.data.assign(values.begin(), values.end() - 6);
    return r;
}

SegwitDecoded segwit_decode(std::string_view hrp, std::string_view addr) {
    SegwitDecoded r;
    const Bech32Decoded d = bech32_decode(addr);
    if (d.encoding == Bech32Encoding::None) { r.error = d.error; return r; }
    if (d.hrp != hrp) { r.error = "human-readable part is '" + d.hrp + "', expected '" + std::string(hrp) + "'"; return r; }
    if (d.data.empty()) { r.error = "no witness version"; return r; }
    const int version = d.data[0];
    if (version > 16) { r.error = "witness version above 16"; return r; }
    std::vector<uint8_t> prog;
    if (!convert_bits(std::vector<uint8_t>(d.data.begin() + 1, d.data.end()), 5, 8, false, prog)) {
        r.error = "invalid padding in witness program";
        return r;
    }
    if (prog.size() < 2 || prog.size() > 40) { r.error = "witness program length " + std::to_string(prog.size()) + " outside 2..40"; return r; }
    if (version == 0 && prog.size() != 20 && prog.size() != 32) {
        r.error = "segwit v0 program must be 20 or 32 bytes, not " + std::to_string(prog.size());
        return r;
    }
    if (version == 0 && d.encoding != Bech32Encoding::Bech32) { r.error = "segwit v0 must use bech32, not bech32m"; return r; }
    if (version != 0 && d.encoding != Bech32Encoding::Bech32m) { r.error = "segwit v1+ must use bech32m, not bech32"; return r; }
    r.ok = true;
    r.version = version;
    r.program = std::move(prog);
    return r;
}

std::string eip55_checksum(std::string_view hex40) {
    std::string lower;
    for (char c : hex40) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    const std::string hash = crypto::to_hex(crypto::keccak256(lower));
    std::string out = "0x";
    for (size_t i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        const int nibble = hash[i] <= '9' ? hash[i] - '0' : hash[i] - 'a' + 10;
        out.push_back(c >= 'a' && c <= 'f' && nibble >= 8 ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

AddressCheck validate_crypto_address(std::string_view input) {
    AddressCheck r;
    r.address = trim(input);
    const std::string& a = r.address;
    if (a.empty()) { r.error = "empty"; return r; }
    if (a.size() > 128) { r.error = "too long to be an address"; return r; }

    // Ethereum: 0x + 40 hex digits.
    if (a.size() >= 2 && a[0] == '0' && (a[1] == 'x' || a[1] == 'X')) {
        r.chain = "ethereum";
        const std::string_view hex = std::string_view(a).substr(2);
        if (hex.size() != 40) { r.error = "Ethereum address must have 40 hex digits, has " + std::to_string(hex.size()); return r; }
        if (!is_hex(hex)) { r.error = "non-hex character in Ethereum address"; return r; }
        r.type = "eoa";  // the string cannot tell an account from a contract
        const bool has_lower = std::any_of(hex.begin(), hex.end(), [](char c) { return c >= 'a' && c <= 'f'; });
        const bool has_upper = std::any_of(hex.begin(), hex.end(), [](char c) { return c >= 'A' && c <= 'F'; });
        if (has_lower && has_upper && eip55_checksum(hex).substr(2) != hex) {
            r.error = "EIP-55 checksum mismatch (a mistyped or altered character)";
            return r;
        }
        r.network = "mainnet";
        r.valid = true;
        return r;
    }

    // bech32 / bech32m segwit.
    const size_t sep = a.rfind('1');
    if (sep != std::string::npos && sep > 0) {
        std::string hrp;
        for (size_t i = 0; i < sep; ++i) hrp.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(a[i]))));
        for (const auto& net : kSegwitNets) {
            if (hrp != net.hrp) continue;
            r.chain = std::string(net.chain);
            const SegwitDecoded d = segwit_decode(net.hrp, a);
            if (!d.ok) { r.error = d.error; return r; }
            r.network = std::string(net.network);
            if (d.version == 0) r.type = d.program.size() == 20 ? "p2wpkh" : "p2wsh";
            else if (d.version == 1 && d.program.size() == 32) {
                r.type = "p2tr";
                if (!is_secp256k1_x(d.program)) {
                    r.error = "taproot output key is not a point on secp256k1: anything sent there is unspendable";
                    return r;
                }
            }
            else r.type = "witness_v" + std::to_string(d.version);
            r.valid = true;
            return r;
        }
    }

    // Base58Check.
    std::string payload, error;
    if (!base58check_decode(a, payload, error)) {
        r.error = a.find_first_not_of(kBase58) == std::string::npos ? error : "not a recognised address format";
        return r;
    }
    const auto version = static_cast<uint8_t>(payload[0]);
    if ((version == 0x80 || version == 0xef) && (payload.size() == 33 || (payload.size() == 34 && payload[33] == 1))) {
        r.chain = "bitcoin";
        r.network = version == 0x80 ? "mainnet" : "testnet";
        r.type = "wif_private_key";
        r.error = "a private key (WIF), not an address: whoever has it controls the funds";
        return r;
    }
    if (payload.size() != 21) {
        r.error = "Base58Check payload is " + std::to_string(payload.size()) + " bytes, an address has 21";
        return r;
    }
    for (const auto& v : kBase58Versions) {
        if (v.version != version) continue;
        r.chain = std::string(v.chain);
        r.network = std::string(v.network);
        r.type = std::string(v.type);
        r.valid = true;
        return r;
    }
    r.error = "unknown Base58Check version byte " + std::to_string(version);
    return r;
}

nlohmann::ordered_json describe_address(std::string_view s) {
    const AddressCheck c = validate_crypto_address(s);
    nlohmann::ordered_json j;
    j["address"] = utf8_clean(c.address);
    j["valid"] = c.valid;
    j["chain"] = c.chain.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(c.chain);
    j["type"] = c.type.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(c.type);
    j["error"] = c.error.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(c.error);
    j["network"] = c.network.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(c.network);
    return j;
}

}  // namespace ownercheck
