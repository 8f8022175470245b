#pragma once
// Encrypted case files, for the page's "Save encrypted" / "Open case": the case JSON sealed with
// AES-256-GCM under a key derived by scrypt from a passphrase (both OpenSSL EVP). The salt and the
// nonce are passed in (the page draws them from crypto.getRandomValues; native callers from
// crypto::random_bytes) so the format is testable with fixed vectors.
//
// File layout (version 1), all of it authenticated — the 39-byte header is the GCM AAD:
//   0  "OCCASE"   magic, 6 bytes
//   6  0x01       format version
//   7  0x01       KDF: scrypt
//   8  log2(N)    scrypt cost (10..20)
//   9  r          scrypt block size (1..16)
//  10  p          scrypt parallelism (1..4)
//  11  salt       16 bytes
//  27  nonce      12 bytes
//  39  ciphertext (as long as the plaintext)
//  ..  tag        16 bytes

#include <cstdint>
#include <string>
#include <string_view>

namespace ownercheck::crypto {

enum class CaseFileError {
    None,
    BadFile,             // not a case file, or truncated
    UnsupportedVersion,  // a case file of a format or KDF this build does not know
    WrongPassphrase,     // authentication failed: wrong passphrase, or the file was altered
    InvalidArgument,     // empty passphrase, wrong salt/nonce size, parameters out of range
    Internal,            // OpenSSL failed
};

/** "ok", "bad_file", "unsupported_version", "wrong_passphrase", "invalid_argument", "internal_error". */
std::string_view case_file_error_code(CaseFileError error);

struct ScryptParams {
    uint8_t log2_n = 15;  // N = 32768: 32 MiB, about 0.1-0.3 s
    uint8_t r = 8;
    uint8_t p = 1;
};

struct CaseFileResult {
    CaseFileError error = CaseFileError::None;
    std::string bytes;    // the file (seal) or the plaintext (open)
    std::string message;  // for a person, when error != None
};

constexpr size_t kCaseFileSaltSize = 16;
constexpr size_t kCaseFileNonceSize = 12;
constexpr size_t kCaseFileHeaderSize = 39;
constexpr size_t kCaseFileTagSize = 16;

CaseFileResult seal_case_file(std::string_view plaintext, std::string_view passphrase, std::string_view salt,
                              std::string_view nonce, ScryptParams params = {});
CaseFileResult open_case_file(std::string_view file, std::string_view passphrase);

}  // namespace ownercheck::crypto
