#pragma once
// Keccak-256 (the original Keccak padding 0x01 that Ethereum uses, not FIPS 202 SHA3-256).
//
// OpenSSL 3.0 has no "KECCAK-256" EVP digest (it arrived in 3.2). Its SHA-3 implementation is
// the Keccak sponge with a pad byte parameter, exported from libcrypto as the internal functions
// ossl_sha3_init(ctx, pad, bitlen) / ossl_sha3_update / ossl_sha3_final. Both builds link
// libcrypto statically (Debian's libcrypto.a natively, our wasm build in the page), so we call
// those with pad 0x01: the same audited permutation, no second Keccak implementation to trust.
// Tests check it against published Keccak-256 vectors and the EIP-55 examples.

#include <string>
#include <string_view>

namespace ownercheck::crypto {

std::string keccak256(std::string_view bytes);  // 32 raw bytes

}  // namespace ownercheck::crypto
