// Crypto-address checks against the field's own vectors in ../shared/data/crypto-vectors:
// BIP-173/BIP-350 (sipa/bech32), bitcoinjs-lib address and Base58 fixtures, bs58check, EIP-55.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "crypto/digest.hpp"
#include "crypto/keccak.hpp"
#include "enrich/address_check.hpp"
#include "test_support.hpp"

using namespace ownercheck;
using nlohmann::json;

namespace {

json vectors(const std::string& rel) {
    const std::string text = test_support::read_file(test_support::shared_path("data/crypto-vectors/" + rel));
    REQUIRE_MESSAGE(!text.empty(), "missing vector file " << rel);
    return json::parse(text);
}

std::string unhex(const std::string& h) {
    std::string out;
    for (size_t i = 0; i + 1 < h.size(); i += 2) out.push_back(static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16)));
    return out;
}

// scriptPubKey of a segwit program: OP_n <push> program.
std::string witness_script_hex(int version, const std::vector<uint8_t>& prog) {
    std::string s;
    s.push_back(static_cast<char>(version == 0 ? 0 : 0x50 + version));
    s.push_back(static_cast<char>(prog.size()));
    s.append(prog.begin(), prog.end());
    return crypto::to_hex(s);
}

}  // namespace

TEST_CASE("Keccak-256 through OpenSSL's sha3 primitive (pad 0x01)") {
    CHECK(crypto::to_hex(crypto::keccak256("")) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    CHECK(crypto::to_hex(crypto::keccak256("abc")) == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    CHECK(crypto::to_hex(crypto::keccak256("The quick brown fox jumps over the lazy dog")) ==
          "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
}

TEST_CASE("bech32/bech32m checksums: sipa/bech32 VALID_* and INVALID_* strings") {
    const json v = vectors("bech32_bech32m_vectors.json");
    for (const auto& s : v["VALID_BECH32"]) {
        const auto d = bech32_decode(s.get<std::string>());
        CHECK_MESSAGE(d.encoding == Bech32Encoding::Bech32, s);
    }
    for (const auto& s : v["VALID_BECH32M"]) {
        const auto d = bech32_decode(s.get<std::string>());
        CHECK_MESSAGE(d.encoding == Bech32Encoding::Bech32m, s);
    }
    for (const auto& s : v["INVALID_BECH32"]) {
        const auto d = bech32_decode(s.get<std::string>());
        CHECK_MESSAGE(d.encoding != Bech32Encoding::Bech32, s);
    }
    for (const auto& s : v["INVALID_BECH32M"]) {
        const auto d = bech32_decode(s.get<std::string>());
        CHECK_MESSAGE(d.encoding != Bech32Encoding::Bech32m, s);
    }
}

TEST_CASE("segwit addresses: BIP-173/BIP-350 VALID_ADDRESS decode to the listed scriptPubKey") {
    const json v = vectors("bech32_bech32m_vectors.json");
    REQUIRE(v["VALID_ADDRESS"].size() >= 8);
    for (const auto& e : v["VALID_ADDRESS"]) {
        const std::string addr = e[0].get<std::string>();
        std::string hrp = addr.substr(0, 2);
        for (auto& c : hrp) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const auto d = segwit_decode(hrp, addr);
        REQUIRE_MESSAGE(d.ok, addr << ": " << d.error);
        CHECK_MESSAGE(witness_script_hex(d.version, d.program) == e[1].get<std::string>(), addr);
        const auto c = validate_crypto_address(addr);
        CHECK_MESSAGE(c.valid, addr << ": " << c.error);
        CHECK(c.chain == "bitcoin");
    }
    for (const auto& e : v["INVALID_ADDRESS"]) {
        const std::string addr = e.get<std::string>();
        CHECK_MESSAGE(!segwit_decode("bc", addr).ok, addr);
        CHECK_MESSAGE(!segwit_decode("tb", addr).ok, addr);
        CHECK_MESSAGE(!validate_crypto_address(addr).valid, addr);
    }
}

TEST_CASE("bitcoinjs-lib address.json: standard, bech32 and invalid fixtures") {
    const json v = vectors("bitcoinjs-lib/address.json");
    int checked = 0;
    for (const auto& e : v["standard"]) {
        const std::string addr = e.contains("base58check") ? e["base58check"].get<std::string>() : e["bech32"].get<std::string>();
        const auto c = validate_crypto_address(addr);
        CHECK_MESSAGE(c.valid, addr << ": " << c.error);
        const std::string net = e["network"].get<std::string>();
        if (net == "litecoin") CHECK_MESSAGE(c.chain == "litecoin", addr);
        else CHECK_MESSAGE(c.chain == "bitcoin", addr);
        if (net == "testnet") CHECK(c.network == "testnet");
        if (net == "regtest") CHECK(c.network == "regtest");
        const std::string script = e["script"].get<std::string>();
        if (e.contains("base58check")) {
            CHECK_MESSAGE(c.type == (script.rfind("OP_DUP", 0) == 0 ? "p2pkh" : "p2sh"), addr);
        } else {
            const size_t bytes = e["data"].get<std::string>().size() / 2;
            const int version = e["version"].get<int>();
            const std::string want = version == 0 ? (bytes == 20 ? "p2wpkh" : "p2wsh") : version == 1 && bytes == 32 ? "p2tr" : "witness_v" + std::to_string(version);
            CHECK_MESSAGE(c.type == want, addr);
        }
        ++checked;
    }
    for (const auto& e : v["bech32"]) {
        const std::string addr = e["address"].get<std::string>();
        const auto d = segwit_decode(e["prefix"].get<std::string>(), addr);
        REQUIRE_MESSAGE(d.ok, addr);
        CHECK(d.version == e["version"].get<int>());
        CHECK(crypto::to_hex(std::string(d.program.begin(), d.program.end())) == e["data"].get<std::string>());
        ++checked;
    }
    for (const auto& e : v["invalid"]["bech32"]) {
        CHECK_MESSAGE(!validate_crypto_address(e["address"].get<std::string>()).valid, e["address"]);
        ++checked;
    }
    for (const auto& e : v["invalid"]["fromBase58Check"]) {
        CHECK_MESSAGE(!validate_crypto_address(e["address"].get<std::string>()).valid, e["address"]);
        ++checked;
    }
    for (const auto& e : v["invalid"]["toOutputScript"]) {
        // Entries with a custom "network" only fail for that made-up network (e.g. hrp "foo");
        // the address itself is a valid Bitcoin mainnet address, which we check instead.
        const std::string addr = e["address"].get<std::string>();
        const bool other_hrp = e.contains("network") && e["network"].value("bech32", "") != "tb" && e["network"].value("bech32", "") != "bc";
        if (other_hrp) CHECK_MESSAGE(validate_crypto_address(addr).valid, addr);
        else CHECK_MESSAGE(!validate_crypto_address(addr).valid, addr);
        ++checked;
    }
    // A taproot program that is not an x coordinate on secp256k1 (bitcoinjs: "Invalid pubkey for p2tr").
    CHECK(!validate_crypto_address("bc1pllllllllllllllllllllllllllllllllllllllllllllallllshsdfvw2y").valid);
    CHECK(checked > 30);
}

TEST_CASE("bitcoinjs-lib Base58 keys: valid addresses and WIF keys, invalid strings") {
    const json valid = vectors("bitcoinjs-lib/base58_keys_valid.json");
    REQUIRE(valid.size() == 50);
    for (const auto& e : valid) {
        const std::string s = e[0].get<std::string>();
        const auto c = validate_crypto_address(s);
        const json& meta = e[2];
        if (meta["isPrivkey"].get<bool>()) {
            CHECK_MESSAGE(!c.valid, s);
            CHECK_MESSAGE(c.type == "wif_private_key", s);
        } else {
            CHECK_MESSAGE(c.valid, s << ": " << c.error);
            CHECK(c.type == (meta["addrType"] == "pubkey" ? "p2pkh" : "p2sh"));
            CHECK(c.network == (meta["isTestnet"].get<bool>() ? "testnet" : "mainnet"));
            std::string payload, err;
            REQUIRE(base58check_decode(s, payload, err));
            CHECK(crypto::to_hex(payload.substr(1)) == e[1].get<std::string>());
        }
    }
    const json invalid = vectors("bitcoinjs-lib/base58_keys_invalid.json");
    REQUIRE(invalid.size() == 50);
    for (const auto& e : invalid) {
        const auto c = validate_crypto_address(e[0].get<std::string>());
        CHECK_MESSAGE(!c.valid, e[0]);
        CHECK(c.type != "wif_private_key");
    }
}

TEST_CASE("Base58 encode/decode (bitcoinjs-lib) and bs58check fixtures") {
    for (const auto& e : vectors("bitcoinjs-lib/base58_encode_decode.json")) {
        const std::string bytes = unhex(e[0].get<std::string>());
        CHECK(base58_encode(bytes) == e[1].get<std::string>());
        std::string back;
        REQUIRE(base58_decode(e[1].get<std::string>(), back));
        CHECK(back == bytes);
    }
    const json f = vectors("bs58check/fixtures.json");
    for (const auto& e : f["valid"]) {
        std::string payload, err;
        REQUIRE_MESSAGE(base58check_decode(e["string"].get<std::string>(), payload, err), e["string"]);
        CHECK(crypto::to_hex(payload) == e["payload"].get<std::string>());
    }
    for (const auto& e : f["invalid"]) {
        std::string payload, err;
        CHECK_MESSAGE(!base58check_decode(e["string"].get<std::string>(), payload, err), e["string"]);
        CHECK(!validate_crypto_address(e["string"].get<std::string>()).valid);
    }
}

TEST_CASE("EIP-55: the EIP's test cases, and one flipped letter fails") {
    const json v = vectors("eip55_vectors.json");
    REQUIRE(v["valid"].size() >= 4);
    for (const auto& e : v["valid"]) {
        const std::string a = e.get<std::string>();
        CHECK(eip55_checksum(a.substr(2)) == a);
        const auto c = validate_crypto_address(a);
        CHECK_MESSAGE(c.valid, a << ": " << c.error);
        CHECK(c.chain == "ethereum");
        // Flip the case of the first letter: a mixed-case string that no longer matches.
        std::string bad = a;
        for (size_t i = 2; i < bad.size(); ++i) {
            if (std::isalpha(static_cast<unsigned char>(bad[i]))) {
                bad[i] = static_cast<char>(std::islower(static_cast<unsigned char>(bad[i])) ? std::toupper(bad[i]) : std::tolower(bad[i]));
                break;
            }
        }
        const std::string hex = a.substr(2);
        const bool single_case = hex == eip55_checksum(hex).substr(2) &&
            (std::none_of(hex.begin(), hex.end(), ::islower) || std::none_of(hex.begin(), hex.end(), ::isupper));
        if (!single_case) CHECK_MESSAGE(!validate_crypto_address(bad).valid, bad);
    }
    CHECK(!validate_crypto_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe").valid);   // 39 digits
    CHECK(!validate_crypto_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeG").valid);  // non-hex
    CHECK(validate_crypto_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").valid);    // all lower: no checksum
}

TEST_CASE("hostile or odd input never crashes and is not valid") {
    for (const std::string& s : std::vector<std::string>{"", " ", "1", "bc1", "0x", std::string(5000, '1'), std::string(300, 'z'), std::string("\0\xff", 2),
                                "bc1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"}) {
        const auto c = validate_crypto_address(s);
        CHECK(!c.valid);
        CHECK(!describe_address(s).dump().empty());
    }
}

TEST_CASE("describe_address: malformed UTF-8 (overlongs, surrogates) never reaches the JSON") {
    // Found by fuzz_address: E0 followed by 9E 9D is an overlong form, not a character.
    const std::string input = std::string(13, '\xE0') + "\x9E\x9D\x9C\xA4" "11";
    const auto j = ownercheck::describe_address(input);
    CHECK_NOTHROW((void)j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::strict));
    CHECK(ownercheck::utf8_clean("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
    CHECK(ownercheck::utf8_clean("caf\xC3\xA9") == "caf\xC3\xA9");
}
