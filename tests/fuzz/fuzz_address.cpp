// The crypto-address validator (Base58Check, bech32/bech32m, EIP-55).
#include <cstdint>
#include <string_view>

#include "enrich/address_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    (void)ownercheck::validate_crypto_address(s);
    (void)ownercheck::describe_address(s).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
    return 0;
}
