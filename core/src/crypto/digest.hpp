#pragma once
// Hashes and MACs, all through OpenSSL (Debian's libcrypto natively, our wasm build in the page),
// so the native and wasm reports agree to the byte.

#include <string>
#include <string_view>

namespace ownercheck::crypto {

std::string sha256(std::string_view bytes);                           // 32 raw bytes
std::string hmac_sha256(std::string_view key, std::string_view data);  // 32 raw bytes
std::string random_bytes(size_t n);                                   // from OpenSSL's CSPRNG
std::string to_hex(std::string_view bytes);                           // lower case

}  // namespace ownercheck::crypto
