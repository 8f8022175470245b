#include "crypto/case_file.hpp"

#include <memory>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace ownercheck::crypto {
namespace {

constexpr std::string_view kMagic = "OCCASE";
constexpr uint8_t kVersion = 1;
constexpr uint8_t kKdfScrypt = 1;
constexpr uint64_t kMaxScryptMemory = uint64_t{256} << 20;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CaseFileResult fail(CaseFileError error, std::string message) { return {error, {}, std::move(message)}; }

const char* check_params(const ScryptParams& p) {
    if (p.log2_n < 10 || p.log2_n > 20) return "scrypt cost log2(N) must be 10..20";
    if (p.r < 1 || p.r > 16) return "scrypt r must be 1..16";
    if (p.p < 1 || p.p > 4) return "scrypt p must be 1..4";
    if (uint64_t{128} * p.r * (uint64_t{1} << p.log2_n) > kMaxScryptMemory) return "scrypt parameters need more than 256 MiB";
    return nullptr;
}

// The 32-byte AES key; false when OpenSSL fails.
bool derive_key(std::string_view passphrase, std::string_view salt, const ScryptParams& p, unsigned char key[32]) {
    const uint64_t n = uint64_t{1} << p.log2_n;
    const uint64_t maxmem = uint64_t{128} * p.r * (n + p.p + 2) + (uint64_t{1} << 20);
    return EVP_PBE_scrypt(passphrase.data(), passphrase.size(), reinterpret_cast<const unsigned char*>(salt.data()),
                          salt.size(), n, p.r, p.p, maxmem, key, 32) == 1;
}

const unsigned char* u8(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

std::string_view case_file_error_code(CaseFileError error) {
    switch (error) {
        case CaseFileError::None: return "ok";
        case CaseFileError::BadFile: return "bad_file";
        case CaseFileError::UnsupportedVersion: return "unsupported_version";
        case CaseFileError::WrongPassphrase: return "wrong_passphrase";
        case CaseFileError::InvalidArgument: return "invalid_argument";
        case CaseFileError::Internal: break;
    }
    return "internal_error";
}

CaseFileResult seal_case_file(std::string_view plaintext, std::string_view passphrase, std::string_view salt,
                              std::string_view nonce, ScryptParams params) {
    if (passphrase.empty()) return fail(CaseFileError::InvalidArgument, "the passphrase is empty");
    if (salt.size() != kCaseFileSaltSize) return fail(CaseFileError::InvalidArgument, "the salt must be 16 bytes");
    if (nonce.size() != kCaseFileNonceSize) return fail(CaseFileError::InvalidArgument, "the nonce must be 12 bytes");
    if (const char* why = check_params(params)) return fail(CaseFileError::InvalidArgument, why);

    std::string out;
    out.reserve(kCaseFileHeaderSize + plaintext.size() + kCaseFileTagSize);
    out.append(kMagic);
    out.push_back(static_cast<char>(kVersion));
    out.push_back(static_cast<char>(kKdfScrypt));
    out.push_back(static_cast<char>(params.log2_n));
    out.push_back(static_cast<char>(params.r));
    out.push_back(static_cast<char>(params.p));
    out.append(salt);
    out.append(nonce);

    unsigned char key[32];
    if (!derive_key(passphrase, salt, params, key)) return fail(CaseFileError::Internal, "scrypt failed");
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kCaseFileNonceSize), nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key, u8(nonce)) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(out), static_cast<int>(kCaseFileHeaderSize)) == 1;
    OPENSSL_cleanse(key, sizeof key);
    if (ok) {
        out.resize(kCaseFileHeaderSize + plaintext.size() + kCaseFileTagSize);
        auto* cipher = reinterpret_cast<unsigned char*>(out.data()) + kCaseFileHeaderSize;
        int total = 0;
        ok = EVP_EncryptUpdate(ctx.get(), cipher, &len, u8(plaintext), static_cast<int>(plaintext.size())) == 1;
        total = len;
        ok = ok && EVP_EncryptFinal_ex(ctx.get(), cipher + total, &len) == 1;
        total += len;
        ok = ok && static_cast<size_t>(total) == plaintext.size() &&
             EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kCaseFileTagSize), cipher + total) == 1;
    }
    if (!ok) return fail(CaseFileError::Internal, "AES-256-GCM encryption failed");
    return {CaseFileError::None, std::move(out), {}};
}

CaseFileResult open_case_file(std::string_view file, std::string_view passphrase) {
    if (file.size() < kMagic.size() || file.substr(0, kMagic.size()) != kMagic)
        return fail(CaseFileError::BadFile, "not an ownercheck case file (it does not start with OCCASE)");
    if (file.size() < kMagic.size() + 2) return fail(CaseFileError::BadFile, "the case file is truncated");
    const auto version = static_cast<uint8_t>(file[6]);
    const auto kdf = static_cast<uint8_t>(file[7]);
    if (version != kVersion)
        return fail(CaseFileError::UnsupportedVersion, "case file format version " + std::to_string(version) +
                                                           " is not supported (this build reads version 1)");
    if (kdf != kKdfScrypt) return fail(CaseFileError::UnsupportedVersion, "unknown key derivation " + std::to_string(kdf) + ", must be: 1 (scrypt)");
    if (file.size() < kCaseFileHeaderSize + kCaseFileTagSize) return fail(CaseFileError::BadFile, "the case file is truncated");
    if (passphrase.empty()) return fail(CaseFileError::InvalidArgument, "the passphrase is empty");
    const ScryptParams params{static_cast<uint8_t>(file[8]), static_cast<uint8_t>(file[9]), static_cast<uint8_t>(file[10])};
    if (const char* why = check_params(params)) return fail(CaseFileError::BadFile, std::string("the case file is damaged: ") + why);
    const std::string_view salt = file.substr(11, kCaseFileSaltSize);
    const std::string_view nonce = file.substr(27, kCaseFileNonceSize);
    const std::string_view cipher = file.substr(kCaseFileHeaderSize, file.size() - kCaseFileHeaderSize - kCaseFileTagSize);
    std::string tag(file.substr(file.size() - kCaseFileTagSize));

    unsigned char key[32];
    if (!derive_key(passphrase, salt, params, key)) return fail(CaseFileError::Internal, "scrypt failed");
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    std::string plain(cipher.size(), '\0');
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kCaseFileNonceSize), nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key, u8(nonce)) == 1 &&
              EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(file), static_cast<int>(kCaseFileHeaderSize)) == 1 &&
              EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len, u8(cipher),
                                static_cast<int>(cipher.size())) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kCaseFileTagSize), tag.data()) == 1;
    OPENSSL_cleanse(key, sizeof key);
    if (!ok) return fail(CaseFileError::Internal, "AES-256-GCM decryption failed");
    int final_len = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + len, &final_len) != 1) {
        OPENSSL_cleanse(plain.data(), plain.size());
        return fail(CaseFileError::WrongPassphrase, "wrong passphrase, or the file was altered");
    }
    return {CaseFileError::None, std::move(plain), {}};
}

}  // namespace ownercheck::crypto
