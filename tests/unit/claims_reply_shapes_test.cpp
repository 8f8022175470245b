// Replies whose shape hides their claims: an unsure answer ending in "?" under the desk's quoted
// question, a self-correction after a pause, "6/19" in a year-first language, a phone handed in
// ("trade-in"), attempts to sign in that did not get through, a push prompt as 2FA, a phone just bought.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claims/extract.hpp"
#include "claims_test_support.hpp"

using namespace claims_test;

namespace {

// The claims of `topic` in the reply, as their values.
std::vector<nlohmann::ordered_json> values_of(const std::string& reply, const std::string& topic, int64_t now = kNow) {
    std::vector<nlohmann::ordered_json> out;
    for (const auto& c : claims_of(reply, now))
        if (c.topic == topic) out.push_back(c.value);
    return out;
}

const int64_t kJune = ownercheck::to_unix(2026, 6, 29, 2, 40, 0);

}  // namespace

TEST_CASE("reply shapes: an unsure answer naming a date under the desk's question is an answer, not a question") {
    const auto ko = values_of("> 7. 마지막으로 로그인에 성공한 날짜\n6/19 금요일 저녁쯤?\n", "last_login", kJune);
    REQUIRE(ko.size() == 1);
    CHECK(ko[0]["date"] == "2026-06-19");
    const auto created = values_of("> 1. 계정을 언제 생성하셨나요?\n2023년 summer쯤이요. 7월 중순? 정확한 날짜는 기억 안 나요.\n", "account_created", kJune);
    REQUIRE_FALSE(created.empty());
    CHECK(created[0]["date"].get<std::string>().rfind("2023", 0) == 0);
    // A question of the client's own, with no date, stays theirs.
    CHECK(values_of("> 7. Last successful login\nIs my money safe?\n", "last_login", kJune).empty());
}

TEST_CASE("reply shapes: day and month with a slash in Korean and Chinese are month first") {
    CHECK(first_date("ko", "6/19 금요일", kJune) == "2026-06-19/day");
    CHECK(first_date("zh", "6/19 晚上", kJune) == "2026-06-19/day");
    CHECK(first_date("fr", "le 6/11", kJune) == "2025-11-06/day");  // day first where the language writes it so
}

TEST_CASE("reply shapes: a correction after a pause replaces the sum before it") {
    const auto ko = values_of("> 2. 가장 최근 입금 내역 (금액, 자산, 날짜)\nUSDT 500... 아 아니다, 550 USDT였어요.\n", "last_deposit", kJune);
    REQUIRE(ko.size() == 1);
    CHECK(ko[0]["amount"] == 550.0);
    // A pause with no correction after it still ends the sentence.
    const auto plain = values_of("Last deposit: 500 USDT... Then I bought ETH on the same day.\n", "last_deposit", kJune);
    REQUIRE(plain.size() == 1);
    CHECK(plain[0]["amount"] == 500.0);
}

TEST_CASE("reply shapes: a phone handed in for a new one is no trade, a Korean denial of trades is one") {
    CHECK(values_of("Last Saturday I switched to an iPhone 17, the S23 went as a trade-in.\n", "last_trade", kJune).empty());
    CHECK_FALSE(values_of("Last trade: I sold 0.1 BTC on 3 June.\n", "last_trade", kJune).empty());
    CHECK(values_of("> 3. 가장 최근 거래 내역\n6월에는 trade 한 거 없어요.\n", "last_trade", kJune).empty());
}

TEST_CASE("reply shapes: sign-in attempts that failed are not the last login") {
    CHECK(values_of("I tried to log in on Saturday and yesterday with the new iPhone, but the code is refused.\n", "last_login", kJune).empty());
    CHECK(values_of("새 아이폰으로 토요일이랑 어제 로그인 시도했는데 OTP에서 계속 막혀요.\n", "last_login", kJune).empty());
    CHECK(values_of("J'ai essayé de me connecter jeudi soir, sans succès.\n", "last_login", kJune).empty());
    const auto ok = values_of("I tried to log in on Saturday with the new iPhone. My last login was on June 19.\n", "last_login", kJune);
    REQUIRE(ok.size() == 1);
    CHECK(ok[0]["date"] == "2026-06-19");
}

TEST_CASE("reply shapes: the earlier thread under an Outlook-style marker is not the client's") {
    const std::string reply =
        "Bonjour,\n\n- Dernier dépôt : 2 500 euros par virement, fin novembre.\n\nCordialement,\nMathilde\n\n"
        "-----Message d'origine-----\n"
        "De : Support <support@exchange.example>\n"
        "Envoyé : lundi 7 décembre 2026 16:42\n"
        "Objet : [#812447] Réinitialisation\n\n"
        "2. Quel a été votre dernier dépôt ? Par exemple : « 0,5 BTC le 3 mars ».\n";
    const auto deposits = values_of(reply, "last_deposit", kJune);
    REQUIRE(deposits.size() == 1);
    CHECK(deposits[0]["asset"] == "EUR");
}

TEST_CASE("reply shapes: a pointer to another answer is no sum, and 'the same evening' is the day named before") {
    CHECK(first_amount("de", "Siehe 2 – davon am selben Abend ETH gekauft") == "none");
    CHECK(first_amount("en", "see 5, and 0.2 ETH") == "0.2000 ETH");
    CHECK(first_amount("de", "2 ETH gekauft") == "2.0000 ETH");
    const auto trades = values_of("2. 1.500 € per SEPA-Überweisung am 3. Februar.\n3. Siehe 2 – davon am selben Abend ETH gekauft.\n",
                                  "last_trade", kJune);
    REQUIRE(trades.size() == 1);
    CHECK(trades[0]["date"] == "2026-02-03");
    CHECK_FALSE(trades[0].contains("amount"));
}

TEST_CASE("reply shapes: a denial the client takes back ('nunca saquei… ah não, saquei sim') claims the withdrawal") {
    const auto w = values_of("📤 Último saque: acho que nunca saquei… ah não, saquei sim, uns R$ 800 pra minha conta do Nubank, em abril\n",
                             "last_withdrawal", kJune);
    REQUIRE(w.size() == 1);
    CHECK(w[0]["amount"] == 800.0);
    CHECK(w[0]["asset"] == "BRL");
    // A denial beside a sum is what went missing, no claim; a denial alone says the ledger holds none.
    CHECK(values_of("I have never made a withdrawal and 3,000 USDT are missing.\n", "last_withdrawal", kJune).empty());
    const auto none = values_of("Nunca saquei nada. Não, nunca saquei.\n", "last_withdrawal", kJune);
    REQUIRE(none.size() == 1);
    CHECK(none[0] == nlohmann::json{{"none", true}});
    CHECK(values_of("Dernier retrait : je ne retire quasiment jamais.\n", "last_withdrawal", kJune).empty());  // almost never
    const auto crypto = values_of("Çekim: Hayır, hiç kripto çekmedim.\n", "last_withdrawal", kJune);
    REQUIRE(crypto.size() == 1);
    CHECK(crypto[0]["crypto"] == true);
    // German "Mai" is the month, not Italian "mai" (never)
    CHECK(values_of("Mit der Einzahlung vom Mai hat er am nächsten Tag BTC gekauft.\n", "last_deposit", kJune).empty());
}

TEST_CASE("reply shapes: form answers ('De onde acesso:', 'accedo esclusivamente da'), '+' between devices, 'texto' is no SMS") {
    const auto pt = values_of("📍 De onde acesso: São Paulo, Vila Mariana — Wi-Fi de casa (Vivo Fibra)\n", "usual_location", kJune);
    REQUIRE(pt.size() == 1);
    CHECK(pt[0]["city"] == "Sao Paulo");
    const auto it = values_of("e) accedo esclusivamente da casa, qui a Milano, tramite il telefono\n", "usual_location", kJune);
    REQUIRE(it.size() == 1);
    CHECK(it[0]["city"] == "Milan");
    const auto ko = values_of("4. 기기: 갤럭시 S24 (잃어버린 폰, 앱으로 접속) + 집에서는 맥북 크롬\n", "devices", kJune);
    REQUIRE(ko.size() == 1);
    bool macbook_alone = false;
    for (const auto& d : ko[0]["devices"]) macbook_alone |= d["text"] == "맥북 크롬";
    CHECK(macbook_alone);
    CHECK(values_of("Tentei anexar o print do comprovante, então copiei o texto da imagem.\n", "two_factor_method", kJune).empty());
    const auto sms = values_of("O 2FA era por mensagem de texto.\n", "two_factor_method", kJune);
    REQUIRE(sms.size() == 1);
    CHECK(sms[0]["method"] == "sms");
}

TEST_CASE("reply shapes: a push prompt is a 2FA method of its own; a phone just bought is no device in use") {
    const auto push = values_of("2FA : Duo Push sur l'application Duo Mobile.", "two_factor_method");
    REQUIRE(push.size() == 1);
    CHECK(push[0]["method"] == "push");
    const auto totp = values_of("2FA: Google Authenticator app", "two_factor_method");
    REQUIRE(totp.size() == 1);
    CHECK(totp[0]["method"] == "totp");
    // "Samedi j'ai acheté un Samsung Galaxy S24": the phone being set up, not one the account knows
    for (const auto& v : values_of("Samedi j'ai acheté un Samsung Galaxy S24 et j'ai gardé mon numéro.", "devices"))
        for (const auto& d : v["devices"]) CHECK(d.value("model", "") != "Galaxy S24");
}

TEST_CASE("reply shapes: a trade named by its asset and its side alone is a claim") {
    const auto t = values_of("e comprei ETH com isso na hora, tudo", "last_trade");
    REQUIRE(t.size() == 1);
    CHECK(t[0]["asset"] == "ETH");
    CHECK(t[0]["side"] == "buy");
    CHECK(values_of("I like BTC a lot", "last_trade").empty());  // an asset without a side is no trade
}

TEST_CASE("reply shapes: lari and other currencies of the clients' countries; where a client moved to") {
    const auto d = values_of("Последнее пополнение — картой TBC, 400 лари, в конце августа.", "last_deposit");
    REQUIRE(d.size() == 1);
    CHECK(d[0]["asset"] == "GEL");
    const auto r = values_of("Аккаунт у меня с 2022 года, регистрировалась ещё в Москве, потом переехала в Тбилиси, живу здесь.", "residence_country");
    REQUIRE(r.size() == 1);
    CHECK(r[0]["country"] == "GE");
    CHECK(values_of("Аккаунт у меня с 2022 года, регистрировалась ещё в Москве, потом переехала в Тбилиси.", "usual_location").empty());
    const auto t = values_of("最後一次入金是五月，三萬台幣左右。", "last_deposit");
    REQUIRE(t.size() == 1);
    CHECK(t[0]["asset"] == "TWD");
}

TEST_CASE("reply shapes: a phone the reply said was just bought stays new when named again") {
    const std::string reply =
        "Samedi j'ai acheté un Samsung Galaxy S24 et j'ai gardé mon numéro.\n"
        "- Appareils : un PC portable Windows 11 avec Chrome et l'iPhone 12. Maintenant le Galaxy S24.\n";
    for (const auto& v : values_of(reply, "devices"))
        for (const auto& d : v["devices"]) CHECK(d.value("model", "") != "Galaxy S24");
}

TEST_CASE("reply shapes: the first deposit is not the last; 'the last one' goes on about the deposit before it") {
    const auto it = values_of("- Il primo versamento è stato un bonifico di 3.000 euro dal suo conto BPER, poi qualche versamento più piccolo. "
                              "L'ultimo, se ricordo bene, 500 euro a Natale dell'anno scorso.\n",
                              "last_deposit", kJune);
    REQUIRE(it.size() == 1);
    CHECK(it[0]["amount"] == 500.0);
    const auto en = values_of("My first deposit was a 3,000 euro transfer, then a few smaller ones. The last one was 500 euro at Christmas.\n", "last_deposit", kJune);
    REQUIRE(en.size() == 1);
    CHECK(en[0]["amount"] == 500.0);
    CHECK(values_of("我第一次入金是3000欧元。\n", "last_deposit", kJune).empty());
    // a relative writing for the holder: third person
    CHECK(values_of("L'account l'ha aperto nella primavera del 2021.\n", "account_created", kJune).size() == 1);
    // "$1,500" keeps the sign it was written with, for the ledger's own dollar
    const auto aud = values_of("Last deposit was $1,500 by PayID on 2 April.\n", "last_deposit", kJune);
    REQUIRE(aud.size() == 1);
    CHECK(aud[0]["currency_sign"] == "$");
    CHECK_FALSE(values_of("Last deposit was 1,500 USD on 2 April.\n", "last_deposit", kJune)[0].contains("currency_sign"));
    // "mid 2021 — August": the month takes the year before it
    const auto created = values_of("I opened the account in mid 2021 — August, I think.\n", "account_created", kJune);
    REQUIRE(created.size() == 1);
    CHECK(created[0]["date_to"] == "2021-08");
}

TEST_CASE("reply shapes: a new device named with its maker in brackets is new; the same number kept with a new SIM") {
    // "С начала октября пользуюсь новым ноутбуком (HP, Windows)": the new laptop is left out of the
    // devices claimed, as any device introduced as new is (values.cpp)
    CHECK(values_of("С начала октября пользуюсь новым ноутбуком (HP, Windows).\n", "devices", kJune).empty());
    const auto phone = values_of("Free m'a envoyé une nouvelle SIM avec le même numéro (06 72 41 88 05).\n", "phone", kJune);
    REQUIRE(phone.size() == 1);
    CHECK(phone[0]["phone"] == "0672418805");
    // a habit, then its last: "le 5 de chaque mois, le dernier était donc le 5 octobre"
    const auto habit = values_of("Je verse 300 € par virement permanent le 5 de chaque mois, le dernier était donc le 5 juin.\n", "last_deposit", kJune);
    REQUIRE(habit.size() == 1);
    CHECK(habit[0]["date"] == "2026-06-05");
}
