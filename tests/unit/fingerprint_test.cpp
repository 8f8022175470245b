#include <doctest/doctest.h>

#include "crypto/digest.hpp"
#include "ownercheck/ownercheck.hpp"

using namespace ownercheck;

TEST_CASE("SHA-256 known vectors (FIPS 180-4 examples)") {
    CHECK(sha256_hex("") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "sha256:cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("HMAC-SHA256 (RFC 4231 test case 2)") {
    CHECK(crypto::to_hex(crypto::hmac_sha256("Jefe", "what do ya want for nothing?")) ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("the report fingerprint hashes the canonical case") {
    const auto r1 = analyze(R"({"case_id":"X","evidence":[]})");
    const auto r2 = analyze("{ \"evidence\": [], \"case_id\": \"X\" }");
    REQUIRE(r1.status == Status::Ok);
    const std::string expected = sha256_hex(R"({"case_id":"X","evidence":[]})");
    CHECK(r1.output.find(expected) != std::string::npos);
    CHECK(r1.output == r2.output);
}
