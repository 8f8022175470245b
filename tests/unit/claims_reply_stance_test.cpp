// What the reply says of itself: a writer who acts for the account holder (a relative, a company's
// employee, an estate's executor), a reply that disputes the account's own activity, in each of the
// nine languages; and replies that only mention other people, other names or a failed attempt.
#include <doctest/doctest.h>

#include <string>

#include "claims/reply_stance.hpp"

using namespace ownercheck;

namespace {

// The reply (block 1, after a logs block) read for its stance: "block:line text" of the sentence
// that says the writer acts for someone else (or disputes the account's activity), or "none".
std::string stance_line(const std::string& reply, std::optional<Analysis::ReplyLine> Analysis::*which) {
    Analysis a;
    a.input.evidence.push_back({BlockKind::Logs, "logs", "time,event\n2026-03-01 10:00,login\n"});
    a.input.evidence.push_back({BlockKind::Answers, "reply", reply});
    claims::read_reply_stance(a);
    const auto& w = a.*which;
    return w ? std::to_string(w->src.block) + ":" + std::to_string(w->src.line) + " " + w->text : "none";
}
std::string writer_of(const std::string& reply) { return stance_line(reply, &Analysis::writer_for_someone_else); }
std::string dispute_of(const std::string& reply) { return stance_line(reply, &Analysis::disputed_activity); }

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

TEST_CASE("claims: a reply that disputes the account's own activity is a takeover report") {
    CHECK(dispute_of("Hi,\nSomebody withdrew 0.41 BTC on Thursday. I did NOT make this withdrawal.") == "1:2 I did NOT make this withdrawal.");
    CHECK(dispute_of("Die Auszahlung war nicht von mir.") != "none");
    CHECK(dispute_of("Ce n'est pas moi qui ai fait ce retrait.") != "none");
    CHECK(dispute_of("Não fui eu que fiz esse saque.") != "none");
    CHECK(dispute_of("Non sono stato io a prelevare.") != "none");
    CHECK(dispute_of("Это был не я, я не выводил эти деньги.") != "none");
    CHECK(dispute_of("Bu çekimi ben yapmadım.") != "none");
    CHECK(dispute_of("这笔提现不是我操作的。") != "none");
    CHECK(dispute_of("이 출금은 제가 하지 않았습니다.") != "none");
    // a recovery story is no dispute
    CHECK(dispute_of("I lost my phone and cannot log in. My last withdrawal was 0.06 BTC.") == "none");
    CHECK(dispute_of("Someone tried to log in, but I still have my phone.") == "none");
}
