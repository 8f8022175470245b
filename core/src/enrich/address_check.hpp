#pragma once
// Is a crypto address well formed? Bitcoin-family Base58Check (P2PKH/P2SH), bech32/bech32m segwit
// addresses (BIP-173, BIP-350) and Ethereum hex with the EIP-55 mixed-case checksum. Checks the
// encoding and checksum only: a valid address can still belong to anyone.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/utf8.hpp"  // utf8_clean, used by the enrichers that echo their input

namespace ownercheck {

struct AddressCheck {
    std::string address;  // as given, trimmed
    bool valid = false;
    std::string chain;    // bitcoin | litecoin | dogecoin | ethereum | "" when not recognised
    std::string network;  // mainnet | testnet | regtest | ""
    std::string type;     // p2pkh | p2sh | p2wpkh | p2wsh | p2tr | witness_v<N> | eoa | wif_private_key
    std::string error;    // why it is not valid; empty when valid
};

AddressCheck validate_crypto_address(std::string_view s);
// {"address","valid","chain","type","error"} plus "network".
nlohmann::ordered_json describe_address(std::string_view s);

// The codecs, exposed for the test vectors.
enum class Bech32Encoding { None, Bech32, Bech32m };
struct Bech32Decoded {
    Bech32Encoding encoding = Bech32Encoding::None;
    std::string hrp;            // lower case
    std::vector<uint8_t> data;  // 5-bit values, checksum removed
    std::string error;
};
Bech32Decoded bech32_decode(std::string_view s);

struct SegwitDecoded {
    bool ok = false;
    int version = -1;
    std::vector<uint8_t> program;
    std::string error;
};
// Decodes a segwit address whose human-readable part must be `hrp`.
SegwitDecoded segwit_decode(std::string_view hrp, std::string_view addr);

// Base58 (Bitcoin alphabet). Returns false on a character outside the alphabet.
bool base58_decode(std::string_view s, std::string& out);
std::string base58_encode(std::string_view bytes);
// Base58Check: payload without the 4-byte double-SHA-256 checksum; error says why not.
bool base58check_decode(std::string_view s, std::string& payload, std::string& error);

// EIP-55 checksummed form of a 20-byte address given as 40 hex digits (any case).
std::string eip55_checksum(std::string_view hex40);

}  // namespace ownercheck
