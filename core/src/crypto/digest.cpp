#include "crypto/digest.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace ownercheck::crypto {

namespace {

// Hands OpenSSL at most 1 MB per call. In WebAssembly, V8 swaps a function's optimised code in
// only between calls: a first 100 MB hash in one call ran entirely in baseline code, 8x slower.
bool digest_update(EVP_MD_CTX* ctx, std::string_view bytes) {
    constexpr size_t kPiece = 1 << 20;
    for (size_t at = 0; at < bytes.size(); at += kPiece)
        if (EVP_DigestUpdate(ctx, bytes.data() + at, std::min(kPiece, bytes.size() - at)) != 1) return false;
    return true;
}

}  // namespace

std::string sha256(std::string_view bytes) {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 || !digest_update(ctx.get(), bytes) ||
        EVP_DigestFinal_ex(ctx.get(), out, &len) != 1)
        throw std::runtime_error("OpenSSL SHA-256 failed");
    return std::string(reinterpret_cast<char*>(out), len);
}

Sha256Stream::Sha256Stream() : ctx_(EVP_MD_CTX_new(), EVP_MD_CTX_free), buffer_(new char[kBufferSize]) {
    if (!ctx_ || EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL SHA-256 failed");
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::flush() {
    if (used_ && EVP_DigestUpdate(ctx_.get(), buffer_.get(), used_) != 1) throw std::runtime_error("OpenSSL SHA-256 failed");
    used_ = 0;
}

void Sha256Stream::update_past_buffer(std::string_view bytes) {
    // Top up the buffer so that OpenSSL sees whole buffers, then hand big pieces over directly.
    const size_t room = kBufferSize - used_;
    std::memcpy(buffer_.get() + used_, bytes.data(), room);
    used_ += room;
    bytes.remove_prefix(room);
    flush();
    if (bytes.size() >= kBufferSize) {
        if (!digest_update(ctx_.get(), bytes)) throw std::runtime_error("OpenSSL SHA-256 failed");
        return;
    }
    std::memcpy(buffer_.get(), bytes.data(), bytes.size());
    used_ = bytes.size();
}

std::string Sha256Stream::finish() {
    flush();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx_.get(), out, &len) != 1) throw std::runtime_error("OpenSSL SHA-256 failed");
    return std::string(reinterpret_cast<char*>(out), len);
}

std::string hmac_sha256(std::string_view key, std::string_view data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, &len))
        throw std::runtime_error("OpenSSL HMAC-SHA256 failed");
    return std::string(reinterpret_cast<char*>(out), len);
}

std::string random_bytes(size_t n) {
    std::string out(n, '\0');
    if (n && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    return out;
}

std::string to_hex(std::string_view bytes) {
    static const char* kDigits = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += kDigits[c >> 4];
        out += kDigits[c & 15];
    }
    return out;
}

}  // namespace ownercheck::crypto
