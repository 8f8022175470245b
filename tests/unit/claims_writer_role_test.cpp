// Who writes: a reply whose writer says they act for the account holder (a relative, a company's
// employee, an estate's executor), in each of the nine languages, and replies that only mention
// other people or other names.
#include <doctest/doctest.h>

#include <string>

#include "claims/writer_role.hpp"

using namespace ownercheck;

namespace {

std::string writer_of(const std::string& reply) {
    Analysis a;
    a.input.evidence.push_back({BlockKind::Logs, "logs", "time,event\n2026-03-01 10:00,login\n"});
    a.input.evidence.push_back({BlockKind::Answers, "reply", reply});
    const auto w = claims::writer_for_someone_else(a);
    return w ? std::to_string(w->src.block) + ":" + std::to_string(w->src.line) + " " + w->text : "none";
}

}  // namespace

TEST_CASE("claims: a writer who acts for the account holder, in the nine languages") {
    CHECK(writer_of("Hello,\nI'm writing on behalf of my mother, who is the account holder.") == "1:2 I'm writing on behalf of my mother, who is the account holder.");
    CHECK(writer_of("ich schreibe Ihnen im Auftrag unseres Geschäftsführers.") != "none");
    CHECK(writer_of("Ich wende mich als Testamentsvollstreckerin an Sie.") != "none");
    CHECK(writer_of("Je vous écris de la part de mon père.") != "none");
    CHECK(writer_of("Escrevo em nome da minha avó, titular da conta.") != "none");
    CHECK(writer_of("vi scrivo per conto di mia madre, che è la titolare dell'account.") != "none");
    CHECK(writer_of("Пишу от имени моего отца.") != "none");
    CHECK(writer_of("Demirtaş Tekstil adına yazıyorum.") != "none");
    CHECK(writer_of("我代表我母亲联系你们。") != "none");
    CHECK(writer_of("어머니를 대신해서 문의드립니다.") != "none");
}

TEST_CASE("claims: other people and other names in a reply do not make its writer someone else") {
    CHECK(writer_of("My mother helped me set up the account in 2021.") == "none");
    CHECK(writer_of("The account is in my name. My phone died last week.") == "none");
    CHECK(writer_of("Мой телефон умер, я купил новый.") == "none");
    CHECK(writer_of("SMS 대신 OTP 앱을 사용합니다.") == "none");
    CHECK(writer_of("Ho comprato bitcoin a nome mio nel 2022.") == "none");
}
