#include <doctest/doctest.h>

#include "crypto/case_file.hpp"
#include "crypto/digest.hpp"

using namespace ownercheck::crypto;

namespace {
const std::string kSalt(16, '\x11');
const std::string kNonce(12, '\x22');
const ScryptParams kFast{10, 8, 1};  // tests stay quick; the page uses the default (2^15)
const std::string kCase = R"({"schema":"ownercheck.case/1","case_id":"T-1","evidence":[{"kind":"answers","text":"héllo"}]})";
}  // namespace

TEST_CASE("case file: seal then open round-trips") {
    const auto sealed = seal_case_file(kCase, "correct horse battery", kSalt, kNonce, kFast);
    REQUIRE(sealed.error == CaseFileError::None);
    CHECK(sealed.bytes.size() == kCaseFileHeaderSize + kCase.size() + kCaseFileTagSize);
    CHECK(sealed.bytes.substr(0, 6) == "OCCASE");
    CHECK(sealed.bytes.find("ownercheck.case") == std::string::npos);  // no plaintext in the file
    const auto opened = open_case_file(sealed.bytes, "correct horse battery");
    REQUIRE(opened.error == CaseFileError::None);
    CHECK(opened.bytes == kCase);
}

TEST_CASE("case file: deterministic for a fixed salt and nonce, different for another") {
    const auto a = seal_case_file(kCase, "pw-12345678", kSalt, kNonce, kFast);
    const auto b = seal_case_file(kCase, "pw-12345678", kSalt, kNonce, kFast);
    const auto c = seal_case_file(kCase, "pw-12345678", kSalt, random_bytes(12), kFast);
    CHECK(a.bytes == b.bytes);
    CHECK(a.bytes != c.bytes);
}

TEST_CASE("case file: the header is authenticated (changing the scrypt cost breaks the tag)") {
    auto sealed = seal_case_file(kCase, "password", kSalt, kNonce, kFast);
    REQUIRE(sealed.error == CaseFileError::None);
    sealed.bytes[8] = 11;  // claim N = 2^11
    CHECK(open_case_file(sealed.bytes, "password").error == CaseFileError::WrongPassphrase);
}

TEST_CASE("case file: wrong passphrase and tampering are refused with a clear error") {
    const auto sealed = seal_case_file(kCase, "right passphrase", kSalt, kNonce, kFast);
    REQUIRE(sealed.error == CaseFileError::None);
    const auto wrong = open_case_file(sealed.bytes, "wrong passphrase");
    CHECK(wrong.error == CaseFileError::WrongPassphrase);
    CHECK(wrong.bytes.empty());
    CHECK(case_file_error_code(wrong.error) == "wrong_passphrase");
    CHECK(wrong.message.find("wrong passphrase") != std::string::npos);

    std::string flipped = sealed.bytes;
    flipped[kCaseFileHeaderSize + 3] ^= 0x01;
    CHECK(open_case_file(flipped, "right passphrase").error == CaseFileError::WrongPassphrase);
    std::string tag = sealed.bytes;
    tag.back() ^= 0x80;
    CHECK(open_case_file(tag, "right passphrase").error == CaseFileError::WrongPassphrase);
}

TEST_CASE("case file: malformed input never crashes") {
    CHECK(open_case_file("", "x").error == CaseFileError::BadFile);
    CHECK(open_case_file("{\"schema\":\"ownercheck.case/1\"}", "x").error == CaseFileError::BadFile);
    CHECK(open_case_file("OCCASE", "x").error == CaseFileError::BadFile);
    const auto sealed = seal_case_file(kCase, "pw-12345678", kSalt, kNonce, kFast);
    CHECK(open_case_file(sealed.bytes.substr(0, 40), "pw-12345678").error == CaseFileError::BadFile);
    std::string v2 = sealed.bytes;
    v2[6] = 2;
    CHECK(open_case_file(v2, "pw-12345678").error == CaseFileError::UnsupportedVersion);
    std::string huge = sealed.bytes;
    huge[8] = 40;  // N = 2^40 would exhaust memory: refused before scrypt runs
    CHECK(open_case_file(huge, "pw-12345678").error == CaseFileError::BadFile);
    CHECK(seal_case_file(kCase, "", kSalt, kNonce).error == CaseFileError::InvalidArgument);
    CHECK(seal_case_file(kCase, "pw", "short", kNonce).error == CaseFileError::InvalidArgument);
    CHECK(seal_case_file(kCase, "pw", kSalt, "short").error == CaseFileError::InvalidArgument);
}

TEST_CASE("case file: the default parameters work (N = 2^15, r = 8, p = 1)") {
    const auto sealed = seal_case_file(kCase, "a longer passphrase", random_bytes(16), random_bytes(12));
    REQUIRE(sealed.error == CaseFileError::None);
    CHECK(static_cast<uint8_t>(sealed.bytes[8]) == 15);
    CHECK(open_case_file(sealed.bytes, "a longer passphrase").bytes == kCase);
}
