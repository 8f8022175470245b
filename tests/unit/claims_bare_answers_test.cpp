// Numbered answers to questions the reply does not quote: the values name the topic.

#include <doctest/doctest.h>

#include <string>

#include "claims/extract.hpp"
#include "claims_test_support.hpp"

using namespace claims_test;

namespace {

std::string topics_of(const std::string& reply) {
    std::string out;
    for (const auto& c : claims_of(reply)) out += (out.empty() ? "" : ",") + c.topic;
    return out;
}

}  // namespace

TEST_CASE("bare answers: a numbered list answering unquoted questions") {
    const std::string reply =
        "Hier meine Antworten, in der Reihenfolge Ihrer Fragen:\n\n"
        "1. Herbst 2019, glaube ich.\n"
        "2. 1.500 € per SEPA-Überweisung, Anfang Februar.\n"
        "4. Im Dezember, 0,02 BTC auf meine BitBox02.\n"
        "7. Aus Leipzig, von zu Hause.\n";
    const auto claims = claims_of(reply);
    std::string topics;
    for (const auto& c : claims) topics += c.topic + ";";
    CHECK(topics.find("account_created;") != std::string::npos);
    CHECK(topics.find("last_deposit;") != std::string::npos);
    CHECK(topics.find("last_withdrawal;") != std::string::npos);
    for (const auto& c : claims) {
        if (c.topic == "last_deposit") CHECK(c.value["amount"] == 1500.0);
        if (c.topic == "last_withdrawal") CHECK(c.value["asset"] == "BTC");
        if (c.topic == "account_created") CHECK(c.value["date"] == "2019-09");
    }
}

TEST_CASE("bare answers: values that settle nothing stay unclaimed") {
    // A recent date alone may be a last login as well as anything else.
    CHECK(topics_of("Answers:\n\n3. Last Tuesday, I think.\n") == "");
    // A sum with no word of how it moved is no deposit or withdrawal.
    CHECK(topics_of("Answers:\n\n2. 0.5 BTC.\n") == "");
    // A cross-reference is no sum.
    CHECK(topics_of("Antworten:\n\n3. Wie unter 5.\n") == "");
    // Outside a numbered list, prose keeps needing its cues.
    CHECK(topics_of("Back in autumn 2019 I was on holiday.\n") == "");
    // Only the answer's first sentence: "2022년 3월 ... 화이트데이 날이라 기억합니다" does not make the
    // holiday, in its latest year, a second opening date.
    int created = 0;
    for (const auto& c : claims_of("답변드립니다.\n\n1. 계정 만든 건 2022년 3월이에요. 화이트데이 날이라 기억합니다.\n"))
        created += c.topic == "account_created";
    CHECK(created == 1);
}
