#include "crypto/keccak.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>

// From OpenSSL 3.0 include/internal/sha3.h. The context is only ever handled through a pointer
// by these functions, so we give them storage that is comfortably larger and more aligned than
// KECCAK1600_CTX (uint64_t A[5][5]; size_t block_size, md_size, bufsz; unsigned char buf[168];
// unsigned char pad  -> 400 bytes on 64-bit, fewer on wasm32) rather than copy its layout.
extern "C" {
struct ownercheck_keccak1600_ctx_storage;
int ossl_sha3_init(ownercheck_keccak1600_ctx_storage* ctx, unsigned char pad, size_t bitlen);
int ossl_sha3_update(ownercheck_keccak1600_ctx_storage* ctx, const void* inp, size_t len);
int ossl_sha3_final(unsigned char* md, ownercheck_keccak1600_ctx_storage* ctx);
}

namespace ownercheck::crypto {

std::string keccak256(std::string_view bytes) {
    alignas(64) unsigned char storage[1024] = {};
    auto* ctx = reinterpret_cast<ownercheck_keccak1600_ctx_storage*>(storage);
    unsigned char md[32];
    if (ossl_sha3_init(ctx, 0x01, 256) != 1 || ossl_sha3_update(ctx, bytes.data(), bytes.size()) != 1 ||
        ossl_sha3_final(md, ctx) != 1)
        throw std::runtime_error("keccak256: OpenSSL sha3 primitive failed");
    return std::string(reinterpret_cast<const char*>(md), sizeof md);
}

}  // namespace ownercheck::crypto
