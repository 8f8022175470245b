#include <doctest/doctest.h>

#include "model/case.hpp"
#include "ownercheck/ownercheck.hpp"

using namespace ownercheck;

TEST_CASE("a minimal case parses, with defaults") {
    const Case c = parse_case(R"({"evidence": []})");
    CHECK(c.case_id.empty());
    CHECK_FALSE(c.opened_at.has_value());
    CHECK(c.ticket.language == "auto");
    CHECK(c.evidence.empty());
}

TEST_CASE("a full case parses every field") {
    const Case c = parse_case(R"({
      "schema": "ownercheck.case/1", "case_id": "T-1", "opened_at": "2026-11-20T14:03:00Z",
      "account": {"email": "a@b.de", "created_at": "2024-03-21T17:16:00+02:00", "residence_country": "DE", "name": "A B"},
      "ticket": {"from": "a@b.de", "language": "de", "headers": "From: a@b.de"},
      "evidence": [{"kind": "logs", "label": "L", "text": "x"}, {"kind": "answers", "text": "y"}, {"kind": "auto", "text": "z"}]})");
    CHECK(c.case_id == "T-1");
    CHECK(*c.opened_at == 1795183380);
    CHECK(*c.account.created_at == 1711034160);  // 15:16 UTC
    CHECK(c.account.residence_country == "DE");
    CHECK(c.ticket.language == "de");
    REQUIRE(c.evidence.size() == 3);
    CHECK(c.evidence[0].kind == BlockKind::Logs);
    CHECK(c.evidence[1].kind == BlockKind::Answers);
    CHECK(c.evidence[2].kind == BlockKind::Auto);
}

TEST_CASE("errors name the JSON path and the reason") {
    auto where = [](const char* json) {
        try {
            parse_case(json);
        } catch (const CaseError& e) {
            return e.where() + " | " + e.what();
        }
        return std::string("no error");
    };
    CHECK(where("{").find("$ | $: not valid JSON") == 0);
    CHECK(where("[]").find("$ | $: must be an object, found an array") == 0);
    CHECK(where("{}").find("$.evidence |") == 0);
    CHECK(where(R"({"evidence": {}})").find("$.evidence | $.evidence: must be an array") == 0);
    CHECK(where(R"({"evidence": [{"kind": "log"}]})").find("$.evidence[0].kind | $.evidence[0].kind: unknown kind 'log', must be: logs, answers, auto") == 0);
    CHECK(where(R"({"evidence": [{"kind": "logs", "text": 5}]})").find("$.evidence[0].text |") == 0);
    CHECK(where(R"({"opened_at": "yesterday", "evidence": []})").find("$.opened_at |") == 0);
    CHECK(where(R"({"schema": "ownercheck.case/2", "evidence": []})").find("$.schema |") == 0);
    CHECK(where(R"({"account": [], "evidence": []})").find("$.account |") == 0);
}

TEST_CASE("the fingerprint hashes the canonical form, which ignores key order and whitespace") {
    const Case a = parse_case(R"({"case_id": "X", "evidence": [{"text": "t", "kind": "logs"}]})");
    const Case b = parse_case("{\n  \"evidence\" : [ {\"kind\":\"logs\",\"text\":\"t\"} ],\n  \"case_id\":\"X\"\n}");
    CHECK(a.fingerprint == b.fingerprint);
    CHECK(a.fingerprint == sha256_hex(R"({"case_id":"X","evidence":[{"kind":"logs","text":"t"}]})"));
}

TEST_CASE("limits: too many blocks is a clear error, not an abort") {
    std::string c = R"({"evidence": [)";
    for (int i = 0; i < 65; ++i) c += std::string(i ? "," : "") + R"({"kind": "logs", "text": ""})";
    c += "]}";
    try {
        parse_case(c);
        FAIL("expected a CaseError");
    } catch (const CaseError& e) {
        CHECK(e.where() == "$.evidence");
        CHECK(std::string(e.what()).find("65 blocks, more than the 64") != std::string::npos);
    }
}
