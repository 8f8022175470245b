#pragma once
// Hashes and MACs, all through OpenSSL (Debian's libcrypto natively, our wasm build in the page),
// so the native and wasm reports agree to the byte.

#include <cstring>
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, kept out of this header

namespace ownercheck::crypto {

std::string sha256(std::string_view bytes);                           // 32 raw bytes
std::string hmac_sha256(std::string_view key, std::string_view data);  // 32 raw bytes
std::string random_bytes(size_t n);                                   // from OpenSSL's CSPRNG
std::string to_hex(std::string_view bytes);                           // lower case

// SHA-256 of bytes fed piece by piece. Small pieces are gathered in a buffer before they reach
// OpenSSL, so a writer can feed a document a few bytes at a time at the cost of a memcpy.
class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    void update(std::string_view bytes) {
        if (bytes.size() <= kBufferSize - used_) {
            std::memcpy(buffer_.get() + used_, bytes.data(), bytes.size());
            used_ += bytes.size();
        } else {
            update_past_buffer(bytes);
        }
    }
    std::string finish();  // 32 raw bytes; the stream takes no more bytes after this

private:
    static constexpr size_t kBufferSize = 64 * 1024;  // on the heap: wasm stacks are 64 KB
    void update_past_buffer(std::string_view bytes);
    void flush();

    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st*)> ctx_;
    std::unique_ptr<char[]> buffer_;
    size_t used_ = 0;
};

}  // namespace ownercheck::crypto
