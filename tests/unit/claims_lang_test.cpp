// Dates, amounts and assets in client sentences of all nine reply languages, and whole-reply
// extraction (topics, Q/A layouts, vague and lost-device sentences that are not claims).

#include <doctest/doctest.h>

#include <algorithm>

#include "claims/amounts.hpp"
#include "claims/dates.hpp"
#include "claims/extract.hpp"
#include "claims/language.hpp"
#include "claims/text.hpp"
#include "correlate/checkers.hpp"
#include "util/civil_time.hpp"

#include "claims_test_support.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;
using namespace claims_test;

TEST_CASE("dates: English") {
    CHECK(first_date("en", "My last deposit was on 31st of January.") == "2026-01-31/day");
    CHECK(first_date("en", "on March 10, 2026") == "2026-03-10/day");
    CHECK(first_date("en", "I opened my account in Apr 2024.") == "2024-04/month");
    CHECK(first_date("en", "I opened my account in 05/2020.") == "2020-05/month");
    CHECK(first_date("en", "around 2025-10-06") == "2025-10-06/day");
    CHECK(first_date("en", "two weeks ago") == "2026-02-28/day");
    CHECK(first_date("en", "last Tuesday") == "2026-03-10/day");
    CHECK(first_date("en", "Tuesday evening (3 March)") == "2026-03-03/day");  // the date in parentheses decides
    CHECK(first_date("en", "in 2019") == "2019/year");
    CHECK(first_date("en", "I created the account a few years ago.") == "none");
    CHECK(first_date("en", "I may have deposited 50 EUR") == "none");  // "may" is a verb here
    CHECK(first_date("en", "5th of August", to_unix(2026, 3, 1)) == "2025-08-05/day");  // no year: the last one
}

TEST_CASE("dates: French, Portuguese, German, Italian") {
    CHECK(first_date("fr", "Mon dernier dépôt date du 1er mars 2026.") == "2026-03-01/day");
    CHECK(first_date("fr", "il y a deux semaines") == "2026-02-28/day");
    CHECK(first_date("fr", "J'ai ouvert mon compte en février 2023.") == "2023-02/month");
    CHECK(first_date("pt", "Abri a minha conta em maio de 2021.") == "2021-05/month");
    CHECK(first_date("pt", "em 17/11/2025") == "2025-11-17/day");
    CHECK(first_date("pt", "no dia 5 de março de 2026") == "2026-03-05/day");
    CHECK(first_date("pt", "há 3 meses") == "2025-12/month");
    CHECK(first_date("de", "Meine letzte Einzahlung war am 5. März 2026.") == "2026-03-05/day");
    CHECK(first_date("de", "vor zwei Wochen") == "2026-02-28/day");
    CHECK(first_date("de", "am 18.11.2025") == "2025-11-18/day");
    CHECK(first_date("it", "Ho aperto il conto a marzo 2024.") == "2024-03/month");
    CHECK(first_date("it", "il 3 febbraio 2026") == "2026-02-03/day");
    CHECK(first_date("it", "due settimane fa") == "2026-02-28/day");
}

TEST_CASE("dates: Russian, Turkish, Chinese, Korean") {
    CHECK(first_date("ru", "Последний депозит был 2 марта 2026 года.") == "2026-03-02/day");
    CHECK(first_date("ru", "Я открыл аккаунт в мае 2021 года.") == "2021-05/month");
    CHECK(first_date("ru", "две недели назад") == "2026-02-28/day");
    CHECK(first_date("ru", "2 июля") == "2025-07-02/day");
    CHECK(first_date("tr", "Son yatırımım 5 Mart 2026 tarihinde oldu.") == "2026-03-05/day");
    CHECK(first_date("tr", "Hesabımı Mayıs 2021'de açtım.") == "2021-05/month");
    CHECK(first_date("tr", "iki hafta önce") == "2026-02-28/day");
    CHECK(first_date("zh", "我在2024年3月开户。") == "2024-03/month");
    CHECK(first_date("zh", "最后一次充值是2026年3月5日。") == "2026-03-05/day");
    CHECK(first_date("zh", "两周前") == "2026-02-28/day");
    CHECK(first_date("zh", "上个月") == "2026-02/month");
    CHECK(first_date("ko", "2024년 3월 5일에 입금했습니다.") == "2024-03-05/day");
    CHECK(first_date("ko", "3월 5일") == "2026-03-05/day");
    CHECK(first_date("ko", "2주 전") == "2026-02-28/day");
    CHECK(first_date("ko", "지난달") == "2026-02/month");
}

TEST_CASE("amounts and assets in every language") {
    CHECK(first_amount("en", "My last deposit was 1,553.89 usdt on 31st of January.") == "1553.8900 USDT");
    CHECK(first_amount("en", "about 1500 EUR") == "1500.0000 EUR");
    CHECK(first_amount("en", "$1,019 on 2026-09-14") == "1019.0000 USD");
    CHECK(first_amount("en", "0.3266 BTC on 3rd of July") == "0.3266 BTC");
    CHECK(first_amount("en", "476.71 £ on 2026-06-08") == "476.7100 GBP");
    CHECK(first_amount("fr", "Mon dernier dépôt était de 1 234,56 € le 3 mars.") == "1234.5600 EUR");
    CHECK(first_amount("fr", "0,5 bitcoin") == "0.5000 BTC");
    CHECK(first_amount("pt", "O meu último depósito foi de 1.432,41 Ripple em 17/11/2025.") == "1432.4100 XRP");
    CHECK(first_amount("pt", "935 euros em 12/02/2026") == "935.0000 EUR");
    CHECK(first_amount("pt", "R$ 2.500 em março") == "2500.0000 BRL");
    CHECK(first_amount("de", "Ich habe 2.036 USD eingezahlt.") == "2036.0000 USD");
    CHECK(first_amount("de", "etwa 0,25 ETH") == "0.2500 ETH");
    CHECK(first_amount("it", "Il mio ultimo deposito è stato di 739,42 Cardano.") == "739.4200 ADA");
    CHECK(first_amount("ru", "Последний депозит: 0,5 биткоина 2 марта.") == "0.5000 BTC");
    CHECK(first_amount("ru", "1 500 евро") == "1500.0000 EUR");
    CHECK(first_amount("tr", "Son yatırımım 1.250,75 TL idi.") == "1250.7500 TRY");
    CHECK(first_amount("tr", "0,8 ETH çektim") == "0.8000 ETH");
    CHECK(first_amount("zh", "我最后一次充值是500欧元。") == "500.0000 EUR");
    CHECK(first_amount("zh", "0.5个比特币") == "0.5000 BTC");
    CHECK(first_amount("ko", "마지막 입금은 0.3 비트코인이었습니다.") == "0.3000 BTC");
    CHECK(first_amount("ko", "1,200 달러") == "1200.0000 USD");
}

TEST_CASE("ambiguous separators keep the other reading") {
    double v = 0, alt = 0;
    bool has_alt = false;
    int dec = 0;
    REQUIRE(parse_number("1.432", lexicon("pt"), v, has_alt, alt, dec));
    CHECK(v == doctest::Approx(1432));
    CHECK(has_alt);
    CHECK(alt == doctest::Approx(1.432));
    REQUIRE(parse_number("1,553", lexicon("en"), v, has_alt, alt, dec));
    CHECK(v == doctest::Approx(1553));
    REQUIRE(parse_number("0.338", lexicon("de"), v, has_alt, alt, dec));
    CHECK(v == doctest::Approx(0.338));
    CHECK_FALSE(has_alt);
}

TEST_CASE("language detection per reply") {
    CHECK(detect_language("I usually log in from Berlin and my last deposit was 50 EUR.").lang == "en");
    CHECK(detect_language("Normalmente entro a partir de São Paulo. Uso meu iPhone.").lang == "pt");
    CHECK(detect_language("Je me connecte depuis Lyon avec mon ordinateur, merci.").lang == "fr");
    CHECK(detect_language("Ich melde mich normalerweise aus Berlin an, danke.").lang == "de");
    CHECK(detect_language("Di solito accedo da Milano con il mio telefono, grazie.").lang == "it");
    CHECK(detect_language("Обычно я захожу из Москвы.").lang == "ru");
    CHECK(detect_language("Genellikle İstanbul'dan giriş yapıyorum, teşekkürler.").lang == "tr");
    CHECK(detect_language("我通常在上海登录。").lang == "zh");
    CHECK(detect_language("저는 보통 서울에서 로그인합니다.").lang == "ko");
}

TEST_CASE("extraction: prose and Q/A, values typed, non-claims skipped") {
    const auto cs = claims_of(
        "Hi,\n\nI lost my phone and with it my authenticator app, so I cannot log in anymore.\n\n"
        "> When did you last log in successfully?\nOn March 10, 2026.\n"
        "2. Which devices do you use?\nChrome on my Windows laptop and a Google Pixel 8.\n"
        "I normally log in from Lyon, France, but I am travelling in Poland right now. I used SMS codes for 2FA. "
        "My last deposit was 476.71 £ on 2026-02-08. I deposit some SOL from time to time.\n\nBest regards,\nJane Doe\n");
    REQUIRE(cs.size() == 5);
    CHECK(cs[0].topic == "last_login");
    CHECK(cs[0].value["date"] == "2026-03-10");
    CHECK(cs[0].source.line == 6);
    CHECK(cs[1].topic == "devices");
    CHECK(cs[1].value["devices"].size() == 2);
    CHECK(cs[1].value["devices"][1]["model"] == "Pixel 8");
    CHECK(cs[2].topic == "usual_location");
    CHECK(cs[2].value["city"] == "Lyon");
    CHECK(cs[2].value["country"] == "FR");
    CHECK(cs[3].topic == "two_factor_method");
    CHECK(cs[3].value["method"] == "sms");
    CHECK(cs[4].topic == "last_deposit");
    CHECK(cs[4].value["asset"] == "GBP");
    CHECK(cs[4].id == "C5");
}

TEST_CASE("extraction in the other languages") {
    auto topics = [](const std::vector<Claim>& cs) {
        std::string s;
        for (const auto& c : cs) s += c.topic + "(" + c.language + ") ";
        return s;
    };
    CHECK(topics(claims_of("J'ai ouvert mon compte en mars 2021. Mon dernier dépôt était de 0,5 BTC le 2 mars 2026.")) ==
          "account_created(fr) last_deposit(fr) ");
    CHECK(topics(claims_of("Ich habe mein Konto im Mai 2020 eröffnet. Ich nutze Firefox unter Linux.")) == "account_created(de) devices(de) ");
    CHECK(topics(claims_of("Di solito accedo da Roma, Italia. Il mio ultimo prelievo è stato di 120 EUR il 3 febbraio 2026.")) ==
          "usual_location(it) last_withdrawal(it) ");
    CHECK(topics(claims_of("Обычно захожу из Москвы, Россия. Для 2FA я использовал Google Authenticator.")) == "usual_location(ru) two_factor_method(ru) ");
    CHECK(topics(claims_of("Son yatırımım 5 Mart 2026 tarihinde 0,25 BTC idi. Genellikle İstanbul, Türkiye'den giriş yapıyorum.")) ==
          "last_deposit(tr) usual_location(tr) ");
    CHECK(topics(claims_of("我最后一次充值是2026年3月5日，500欧元。我通常在上海登录。")) == "last_deposit(zh) usual_location(zh) ");
    CHECK(topics(claims_of("我在东京住，平时基本都是在东京登录，家里是 OCN 的光纤。")) == "usual_location(zh) ");
    // A standing order is a bank's monthly transfer in, no order on the exchange (German "Order" is a trade)
    CHECK(topics(claims_of("I have a standing order from Nationwide for £300 on the 1st of each month.")) == "last_deposit(en) ");
    CHECK(topics(claims_of("Ich habe einen Dauerauftrag über 300 € am 1. jedes Monats.")) == "last_deposit(de) ");
    CHECK(topics(claims_of("마지막 입금은 2026년 3월 5일에 0.3 비트코인이었습니다. 저는 보통 서울에서 로그인합니다.")) == "last_deposit(ko) usual_location(ko) ");
}

// ---- mechanisms found by the translation-invariance corpus (tests/corpus/translated/) --------

TEST_CASE("dates: a weekday wins over the 'last week' it is written with") {
    // kNow is Saturday 2026-03-14: "上周日" is Sunday 03-08, not "上周" (a week ago, 03-07).
    CHECK(first_date("zh", "上次成功登录是上周日。") == "2026-03-08/day");
    CHECK(first_date("zh", "上星期六充值了500欧元") == "2026-03-07/day");
    // Corrected: "上週三" is the Wednesday of last week (03-04); the most recent Wednesday, 03-11,
    // is "這週三". The old expectation read it as "last Wednesday" in the English sense.
    CHECK(first_date("zh", "上週三") == "2026-03-04/day");  // traditional
    CHECK(first_date("ko", "지난 일요일에 로그인했습니다") == "2026-03-08/day");
}

TEST_CASE("dates: weekday names match longest first") {
    // Turkish "cumartesi" (Saturday) starts with "cuma" (Friday), "pazartesi" with "pazar".
    CHECK(first_date("tr", "Geçen Cumartesi 1.989,85 £ yatırdım.") == "2026-03-07/day");
    CHECK(first_date("tr", "Pazartesi giriş yaptım.") == "2026-03-09/day");
    CHECK(first_date("tr", "Cuma günü giriş yaptım.") == "2026-03-13/day");
}

TEST_CASE("dates: 'a few years ago' is not a date in any language") {
    CHECK(first_date("zh", "账户是几年前注册的。") == "none");
    CHECK(first_date("ko", "계정은 몇 년 전에 만들었습니다.") == "none");
    CHECK(first_date("tr", "Hesabı birkaç yıl önce açtım.") == "none");
    CHECK(first_date("de", "Das Konto habe ich vor einigen Jahren eröffnet.") == "none");
    CHECK(first_date("ru", "Аккаунт создал несколько лет назад.") == "none");
    CHECK(first_date("zh", "三年前") == "2023/year");  // a real count still dates
}

TEST_CASE("dates: the year before the month name") {
    CHECK(first_date("tr", "2020 Aralık ayında açtım.") == "2020-12/month");
    CHECK(first_date("tr", "Hesabımı 2021 Mayıs'ta açtım.") == "2021-05/month");
    CHECK(first_date("tr", "12020 Aralık") == "2025-12/month");  // the tail of a longer number is no year
}

TEST_CASE("dates: relative words added per language, ordinal degree sign") {
    CHECK(first_date("de", "vorige Woche") == "2026-03-07/day");
    CHECK(first_date("fr", "la semaine passée") == "2026-03-07/day");
    CHECK(first_date("it", "la settimana passata") == "2026-03-07/day");
    CHECK(first_date("zh", "上星期") == "2026-03-07/day");
    CHECK(first_date("ko", "저번 주") == "2026-03-07/day");
    CHECK(first_date("it", "il 1° novembre 2025") == "2025-11-01/day");
}

TEST_CASE("extraction: Russian names in their grammatical cases") {
    auto place = [](const std::string& reply) {
        const auto cs = claims_of(reply);
        return cs.empty() ? std::string("none") : cs.front().topic + " " + cs.front().value.value("city", std::string("-")) + " " +
                                                      cs.front().value.value("country", std::string("-"));
    };
    CHECK(place("Обычно захожу из Лиона, Франция.") == "usual_location Lyon FR");
    CHECK(place("Обычно захожу из Ханоя.") == "usual_location Hanoi VN");
    CHECK(place("Обычно из Санкт-Петербурга.") == "usual_location Saint Petersburg RU");
    CHECK(place("Я живу в Германии.") == "residence_country - DE");
    const auto cs = claims_of("Пользуюсь айфоном и Safari на макбуке.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].topic == "devices");
    REQUIRE(cs[0].value["devices"].size() == 2);
    CHECK(cs[0].value["devices"][0]["model"] == "iPhone");
    CHECK(cs[0].value["devices"][1]["os"] == "Mac OS X");
}

TEST_CASE("extraction: a bare answer takes the question's first funding topic") {
    // "para çekme işlemi" names a withdrawal, then the generic "operation" (a trade cue).
    const auto cs = claims_of("> Son para çekme işleminiz neydi?\n24 Mart 2026 civarında 103,43 ADA.\n");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].topic == "last_withdrawal");
    CHECK(cs[0].value["amount"] == doctest::Approx(103.43));
}

TEST_CASE("layout: a short lower-case word before a dot ends the sentence; a capitalised one is an abbreviation") {
    const auto cs = claims_of("L'ultimo accesso riuscito è stato quattro giorni fa. Uso un Google Pixel 8.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].topic == "last_login");
    CHECK(cs[0].value["date"] == "2026-03-10");
    CHECK(cs[1].topic == "devices");
    const auto st = claims_of("Genellikle St. Petersburg, Rusya'dan giriş yapıyorum.");
    REQUIRE(st.size() == 1);
    CHECK(st[0].value["city"] == "Saint Petersburg");
}

TEST_CASE("extraction: cue words in each language's word order and script") {
    auto topics = [](const std::string& reply) {
        std::string s;
        for (const auto& c : claims_of(reply)) s += c.topic + " ";
        return s;
    };
    // German verb-second order: the subject sits between the verb and "mich"
    CHECK(topics("Normalerweise logge ich mich aus Lyon ein.") == "usual_location ");
    CHECK(topics("Normalerweise melde ich mich aus Toronto, Kanada, an.") == "usual_location ");
    // a lost device's 2FA app is not a claim ("ist weg" is a loss)
    CHECK(topics("Mein Handy ist weg und mit ihm die Authenticator-App.") == "");
    CHECK(topics("Son başarılı girişim 10 Mart 2026'da oldu.") == "last_login ");
    CHECK(topics("Аккаунт открыл в мае 2020 года.") == "account_created ");
    CHECK(topics("Il conto l'ho aperto a novembre 2019.") == "account_created ");
    CHECK(topics("> 您什么时候创建的账户？\n2020年12月。") == "account_created ");
    CHECK(topics("> 계정은 언제 만드셨나요?\n2020년 12월입니다.") == "account_created ");
    CHECK(topics("> 您通常從哪個城市、哪個國家登入？\n中國上海。") == "usual_location ");  // traditional
    CHECK(topics("我的手機遺失了，Google驗證器也一起不見了。") == "");
    // device names as locals write them
    const auto ko = claims_of("구글 픽셀 8을 씁니다.");
    REQUIRE(ko.size() == 1);
    CHECK(ko[0].value["devices"][0]["model"] == "Pixel 8");
    const auto zh = claims_of("我用谷歌浏览器。");
    REQUIRE(zh.size() == 1);
    CHECK(zh[0].value["devices"][0]["browser"] == "Chrome");
    const auto de = claims_of("Ich logge mich normalerweise aus Ho-Chi-Minh-Stadt ein.");
    REQUIRE(de.size() == 1);
    CHECK(de[0].value["city"] == "Ho Chi Minh City");
}

TEST_CASE("layout: a lower-case word after an abbreviation's dot continues the sentence, in any script") {
    const auto cs = claims_of("Вывел 1 250 руб. вчера.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].topic == "last_withdrawal");
    CHECK(cs[0].value["asset"] == "RUB");
    CHECK(cs[0].value["date"] == "2026-03-13");
    CHECK(first_date("ru", "3 февр. 2026 г.") == "2026-02-03/day");
}

TEST_CASE("extraction: the account as subject with a participle ('Compte ouvert en mars 2021')") {
    for (const char* reply : {"Compte ouvert en mars 2021.", "Conto aperto nel marzo 2021.", "Conta aberta em março de 2021.",
                              "> Когда вы открыли счет?\nВ марте 2021.", "Mart 2021'den beri üyeyim."}) {
        CAPTURE(reply);
        const auto cs = claims_of(reply);
        REQUIRE(cs.size() == 1);
        CHECK(cs[0].topic == "account_created");
        CHECK(cs[0].value["date"] == "2021-03");
    }
}

TEST_CASE("layout: listed abbreviations keep the sentence together") {
    const auto cs = claims_of("Meine letzte Einzahlung war ca. Mitte März, 50 EUR. Ich nutze Chrome.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].topic == "last_deposit");
    CHECK(cs[0].value["date"] == "2026-03");
    CHECK(cs[1].topic == "devices");
}

// ---- mechanisms found by the blind corpus (tests/corpus/blind_replies/) ----------------------

namespace {

const Claim* first_of(const std::vector<Claim>& cs, const std::string& topic) {
    for (const auto& c : cs)
        if (c.topic == topic) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("layout: a line that opens with the desk's question answers it on the same line") {
    const auto cs = claims_of("1) When did you open the account? 2021, not sure of the month\n2. Cidade? Lisboa\n");
    const Claim* created = first_of(cs, "account_created");
    REQUIRE(created);
    CHECK(created->value["date"] == "2021");
    CHECK(first_of(cs, "usual_location"));
    // a client's own question later in a line is not taken for the desk's
    const auto own = claims_of("I don't think I withdrew. Did someone withdraw?? Phone: (416) 555-0182.");
    CHECK_FALSE(first_of(own, "last_withdrawal"));
}

TEST_CASE("extraction: e-mails, address fragments and international numbers name their own topic") {
    const auto cs = claims_of("Email on file? mark.oduya@gmail.com\nRegistered with j.k+x@outlook.com. Uso autenticação por SMS no número +55 31 98765-4321.");
    REQUIRE(first_of(cs, "contact_email"));
    CHECK(first_of(cs, "contact_email")->value["email"] == "mark.oduya@gmail.com");
    REQUIRE(first_of(cs, "phone"));
    CHECK(first_of(cs, "phone")->value["phone"] == "+5531987654321");
    CHECK(first_of(cs, "two_factor_method"));
    const auto w = claims_of("Mon dernier retrait était de 0,1 BTC vers bc1q9h…7f3k le 3 mars 2026.");
    REQUIRE(first_of(w, "withdrawal_address"));
    CHECK(first_of(w, "withdrawal_address")->value["address"] == "bc1q9h…7f3k");
    CHECK(first_of(w, "last_withdrawal"));
    // digits without a + are not a phone number without a cue (a date, an amount)
    CHECK_FALSE(first_of(claims_of("I lost my phone on 12.11.2025 and my last deposit was 500 EUR."), "phone"));
}

TEST_CASE("correlate: a withdrawal address fragment matches an address with the same two ends") {
    Analysis a;
    Event e;
    e.type = EventType::Withdrawal;
    e.time = to_unix(2026, 3, 1);
    e.address = "bc1q9hzz0yx8kq3ttdw3sd2wz6a8h8m8w4x4p7f3k";
    a.timeline.push_back(e);
    Claim c;
    c.topic = "withdrawal_address";
    c.value["address"] = "bc1q9h…7f3k";
    correlate::check_withdrawal_address(a, c);
    CHECK(c.verdict == "corroborated");
    c.value["address"] = "bc1q9h...7f3x";
    correlate::check_withdrawal_address(a, c);
    CHECK(c.verdict == "contradicted");
}

TEST_CASE("extraction: a funding cue next to a negation is denied, not claimed") {
    CHECK_FALSE(first_of(claims_of("Ich habe NIE eine Auszahlung gemacht und jetzt fehlen 3.000 USDT!"), "last_withdrawal"));
    CHECK_FALSE(first_of(claims_of("Nunca fiz saque nenhum e sumiram 2.000 USDT da minha conta!"), "last_withdrawal"));
    CHECK_FALSE(first_of(claims_of("Hiç para çekmedim ve hesabımdan 2.000 USDT kayboldu!"), "last_withdrawal"));
    CHECK_FALSE(first_of(claims_of("저는 출금한 적이 한 번도 없는데 2,000 USDT가 사라졌어요!"), "last_withdrawal"));
    // a negation in another clause leaves the claim alone
    CHECK(first_of(claims_of("I never got your e-mail; my last deposit was 0.1 BTC on 3 March 2026."), "last_deposit"));
}

TEST_CASE("amounts: myriads, money written with three decimals, and digits the comma joins") {
    CHECK(first_amount("zh", "1万USDT") == "10000.0000 USDT");
    CHECK(first_amount("ko", "500만원") == "5000000.0000 KRW");
    CHECK(first_amount("ko", "100만 원") == "1000000.0000 KRW");
    CHECK(first_amount("en", "1.500 EUR by SEPA") == "1500.0000 EUR");  // money has no 3 decimals
    CHECK(first_amount("en", "1.500 ETH") == "1.5000 ETH");              // crypto may
    CHECK(first_amount("en", "S$2,000") == "2000.0000 SGD");
    // "，" folds to ",": the sentence is not cut inside "2,000"
    const auto cs = claims_of("잔고는 약 2,000 USDT였습니다. 2018년부터 이용했어요.");
    REQUIRE(first_of(cs, "balance"));
    CHECK(first_of(cs, "balance")->value["amount"] == 2000.0);
    CHECK(first_of(cs, "account_created"));
}

TEST_CASE("places: the usual place follows the 'usually' cue; a known city beats a country named apart") {
    const auto fr = claims_of("Je suis en déplacement à Montréal, d'habitude je me connecte depuis Bruxelles.");
    REQUIRE(first_of(fr, "usual_location"));
    CHECK(first_of(fr, "usual_location")->value["city"] == "Brussels");
    const auto tr = claims_of("Şu an Almanya'da seyahatteyim, normalde Ankara'dan giriş yapıyorum.");
    REQUIRE(first_of(tr, "usual_location"));
    CHECK(first_of(tr, "usual_location")->value["country"] == "TR");
    const auto pt = claims_of("Estou viajando pelo Japão, mas normalmente entro de Belo Horizonte.");
    REQUIRE(first_of(pt, "usual_location"));
    CHECK(first_of(pt, "usual_location")->value["city"] == "Belo Horizonte");
    // a city with its own country right after it stays as written
    CHECK(first_of(claims_of("I usually log in from Lyon, France."), "usual_location")->value["country"] == "FR");
}

TEST_CASE("devices: named beside another topic, a browser after a bare OS, the model as written") {
    const auto cs = claims_of("Dernière connexion il y a trois semaines, depuis mon PC portable sous Windows avec Firefox.");
    CHECK(first_of(cs, "last_login"));
    REQUIRE(first_of(cs, "devices"));
    CHECK(first_of(cs, "devices")->value["devices"].size() == 1);
    const auto ru = claims_of("Компьютер на Linux, браузер Chrome.");
    REQUIRE(first_of(ru, "devices"));
    REQUIRE(first_of(ru, "devices")->value["devices"].size() == 1);
    CHECK(first_of(ru, "devices")->value["devices"][0]["browser"] == "Chrome");
    const auto m = claims_of("I use an iPhone 13 and a Samsung Galaxy S24 Ultra.");
    REQUIRE(first_of(m, "devices"));
    const auto& ds = first_of(m, "devices")->value["devices"];
    CHECK(ds[0]["model"] == "iPhone");  // the family the user agent shows
    CHECK(ds[0]["model_text"] == "iPhone 13");
    CHECK(ds[1]["model"] == "Galaxy S24 Ultra");
    // "телефон redmi note 11": a phone cue without a number leaves the device
    CHECK(first_of(claims_of("последний депозит 300 usdt на прошлой неделе, телефон redmi note 11"), "devices"));
    // "ThinkPad sous Ubuntu": the OS named after a PC maker's laptop is its OS, one device
    const auto tp = claims_of("Appareils : un ThinkPad sous Ubuntu avec Firefox, et mon Pixel 8 (Chrome).");
    REQUIRE(first_of(tp, "devices"));
    const auto& tds = first_of(tp, "devices")->value["devices"];
    REQUIRE(tds.size() == 2);
    CHECK(tds[0]["os"] == "Linux");
    CHECK(tds[0]["browser"] == "Firefox");
    CHECK(tds[1]["model"] == "Pixel 8");
    // ... but a joiner between them keeps two devices
    const auto two = claims_of("Devices: a Lenovo laptop and a Linux desktop.");
    REQUIRE(first_of(two, "devices"));
    CHECK(first_of(two, "devices")->value["devices"].size() == 2);
}

TEST_CASE("2FA: a named app tells the method even in a lost-phone sentence; the same fact twice is one claim") {
    const auto named = claims_of("I lost my phone with Google Authenticator on it.");
    REQUIRE(first_of(named, "two_factor_method"));
    CHECK(first_of(named, "two_factor_method")->value["method"] == "totp");
    CHECK_FALSE(first_of(claims_of("I lost my phone and with it my authenticator app."), "two_factor_method"));
    const auto twice = claims_of("I lost my phone with Google Authenticator.\n> Which 2FA method did you use?\nGoogle Authenticator.");
    CHECK(std::count_if(twice.begin(), twice.end(), [](const Claim& c) { return c.topic == "two_factor_method"; }) == 1);
}

TEST_CASE("layout: sentence ends after a year or a camel-case name starts one") {
    const auto cs = claims_of("acct opened 2017. last dep 0.05 btc 2 weeks ago.");
    REQUIRE(first_of(cs, "account_created"));
    REQUIRE(first_of(cs, "last_deposit"));
    CHECK(first_of(cs, "last_deposit")->value["date"] == "2026-02-28");
    const auto tr = claims_of("Genellikle Porto, Portekiz'den giriş yapıyorum. iPhone'umu kullanıyorum.");
    REQUIRE(first_of(tr, "usual_location"));
    CHECK(first_of(tr, "usual_location")->text.find("iPhone") == std::string::npos);
    // A dot after Hangul ends the sentence even before a number: the trip in the next sentence is
    // not where the client lives or logs in from (B-0329).
    const auto ko = claims_of("로스앤젤레스에 살고 있고 접속도 거의 항상 집 와이파이로 합니다. 12월 말에 한국(서울) 다녀왔을 때 거기서도 몇 번 접속했어요.");
    REQUIRE(first_of(ko, "residence_country"));
    CHECK(first_of(ko, "residence_country")->value["country"] == "US");
    CHECK(first_of(ko, "residence_country")->text.find("12월") == std::string::npos);
    // ... but a sum after the dot goes on about the trade before it (B-0181).
    const auto trade = claims_of("마지막 거래: 그날 밤에 이더리움 샀습니다. 300만원 거의 다 써서 0.5개 조금 넘게 샀던 걸로 기억해요.");
    REQUIRE(first_of(trade, "last_trade"));
    CHECK(first_of(trade, "last_trade")->value["asset"] == "ETH");
    CHECK(first_of(trade, "last_trade")->value["quote_asset"] == "KRW");
}

TEST_CASE("dates: a hedge after 'ago' prefixes, last week's weekday, a day/month with a slash") {
    CHECK(first_date("fr", "il y a environ dix jours") == "2026-03-04/day");
    CHECK(first_date("zh", "我最后一次登录是上周一。") == "2026-03-02/day");
    CHECK(first_date("zh", "上个星期五") == "2026-03-06/day");
    CHECK(first_date("ko", "지난주 월요일에 로그인했어요") == "2026-03-02/day");
    CHECK(first_date("fr", "dernier depot 2000 eur le 2/11") == "2025-11-02/day");
    CHECK(first_date("en", "on 3/10") == "2026-03-10/day");  // month first in English
    CHECK(first_date("en", "0.5/1 BTC") == "none");
}

TEST_CASE("names: lower-case words before the name, the Korean copula after it") {
    CHECK(first_of(claims_of("Meu nome completo é João Pedro Almeida Santos, moro no Brasil."), "full_name")->value["name"] == "João Pedro Almeida Santos");
    CHECK(first_of(claims_of("제 이름은 김민준이고 한국에 살고 있습니다."), "full_name")->value["name"] == "김민준");
}

TEST_CASE("trades: the crypto traded, not the fiat it cost") {
    const auto cs = claims_of("I last bought ETH for 1,200 EUR on 3 March 2026.");
    REQUIRE(first_of(cs, "last_trade"));
    const auto& v = first_of(cs, "last_trade")->value;
    CHECK(v["asset"] == "ETH");
    CHECK(v["quote_asset"] == "EUR");
    CHECK(v["quote_amount"] == 1200.0);
    CHECK_FALSE(v.contains("amount"));
}

// kNow is Saturday 14 March 2026.
TEST_CASE("dates: parts of a year, seasons and a month that narrows them, in every language") {
    CHECK(first_date("en", "I registered in mid-2020.") == "2020-05/month");
    CHECK(first_date("en", "at the end of 2018") == "2018-10/month");
    CHECK(first_date("fr", "Compte ouvert fin 2018.") == "2018-10/month");
    CHECK(first_date("pt", "em meados de 2021") == "2021-05/month");
    CHECK(first_date("de", "Anfang 2020") == "2020-01/month");
    CHECK(first_date("it", "a fine 2018") == "2018-10/month");
    CHECK(first_date("ru", "в начале 2020 года") == "2020-01/month");
    CHECK(first_date("tr", "2020'nin başında") == "2020-01/month");
    CHECK(first_date("zh", "2020年初") == "2020-01/month");
    CHECK(first_date("ko", "2020년 말") == "2020-10/month");
    CHECK(first_date("zh", "去年年底") == "2025-10/month");
    CHECK(first_date("de", "Im Frühjahr 2020, ich glaube April") == "2020-04/month");
    const auto r = find_dates(fold_str("mid-2020 (June or July)"), lexicon("en"), kNow);
    REQUIRE(r.size() == 1);
    CHECK(r.front().range);
    CHECK(r.front().iso() == "2020-06");
    CHECK(r.front().iso2() == "2020-07");
    // a part-of-year word away from a year is no date
    CHECK(first_date("en", "at the end of the day I deposited 50 EUR") == "none");
}

TEST_CASE("dates: a day of the month alone, and a day next to a relative year or month") {
    CHECK(first_date("en", "my last trade was on the 30th") == "2026-01-30/day");  // February has no 30th: January's
    CHECK(first_date("en", "on the 12th") == "2026-03-12/day");
    CHECK(first_date("fr", "le 20, 200 EUR") == "2026-02-20/day");
    CHECK(first_date("de", "am 3. habe ich eingezahlt") == "2026-03-03/day");
    CHECK(first_date("zh", "12号") == "2026-03-12/day");
    CHECK(first_date("en", "this is the 2nd time I write") == "none");
    CHECK(first_date("fr", "le 30 EUR") == "none");
    CHECK(first_date("ru", "3 февр. прошлого года") == "2025-02-03/day");
    CHECK(first_date("zh", "上个月12号") == "2026-02-12/day");
    CHECK(first_date("ru", "на прошлой неделе, в среду") == "2026-03-04/day");
}

TEST_CASE("extraction: typo-tolerant cues, spoken address ends, lock-out sentences, thousands words, model words") {
    auto topics = [](const std::vector<Claim>& cs) {
        std::vector<std::string> t;
        for (const auto& c : cs) t.push_back(c.topic);
        return t;
    };
    auto has = [](const std::vector<std::string>& v, const char* t) { return std::find(v.begin(), v.end(), t) != v.end(); };
    CHECK(has(topics(claims_of("i usualy login from warsaw poland")), "usual_location"));
    CHECK(has(topics(claims_of("letzte einzalung waren 200 euro letzte woche")), "last_deposit"));
    // the client's words are kept, not the corrected ones
    const auto typo = claims_of("i usualy login from warsaw poland");
    REQUIRE(!typo.empty());
    CHECK(typo.front().text == "i usualy login from warsaw poland");
    // "spelling" is not "selling", "telling" is not either
    CHECK(!has(topics(claims_of("sorry for my spelling, I am telling you my last deposit was 300 EUR yesterday")), "last_trade"));
    const auto addr = claims_of("I withdrew 0.15 BTC to my Ledger (address starts bc1qxy2 and ends 0wlh) yesterday");
    bool fragment = false;
    for (const auto& c : addr)
        if (c.topic == "withdrawal_address") fragment = c.value["address"].get<std::string>() == "bc1qxy2\xe2\x80\xa6" "0wlh";
    CHECK(fragment);
    CHECK(!has(topics(claims_of("The meeting starts at 9am and ends at 5pm.")), "withdrawal_address"));
    CHECK(!has(topics(claims_of("我的账户从昨天开始就无法登录了。")), "last_login"));
    CHECK(!has(topics(claims_of("어제부터 계정에 로그인이 안 돼서 연락드립니다.")), "last_login"));
    CHECK(first_amount("en", "Roughly 12k XRP") == "12000.0000 XRP");
    CHECK(first_amount("tr", "5 bin TL yatırdım") == "5000.0000 TRY");
    const auto ko = claims_of("폰은 갤럭시 노트20이에요");
    REQUIRE(!ko.empty());
    CHECK(ko.front().value["devices"][0]["model"].get<std::string>() == "Galaxy Note20");
    const auto moto = claims_of("I use a Motorola Moto G84 and a Motorola Edge 40");
    REQUIRE(!moto.empty());
    const auto devs = moto.front().value["devices"];
    REQUIRE(devs.size() == 2);
    CHECK(devs[0]["model_text"].get<std::string>() == "Moto G84");
    CHECK(!devs[1].contains("browser"));  // "Edge 40" is the phone's model line
}

namespace {

size_t count_topic(const std::vector<Claim>& cs, const std::string& topic) {
    return static_cast<size_t>(std::count_if(cs.begin(), cs.end(), [&](const Claim& c) { return c.topic == topic; }));
}

std::string value_of(const std::vector<Claim>& cs, const std::string& topic, const char* key) {
    for (const auto& c : cs)
        if (c.topic == topic && c.value.contains(key) && c.value[key].is_string()) return c.value[key].get<std::string>();
    return "none";
}

}  // namespace

TEST_CASE("dates: short month names after an opener, seasons alone, spans of years ago") {
    CHECK(first_date("en", "My last deposit was 2,000 GBP in May.") == "2025-05/month");
    CHECK(first_date("fr", "300 EUR en mai") == "2025-05/month");
    CHECK(first_date("de", "im Mai 500 EUR") == "2025-05/month");
    CHECK(first_date("en", "I may have deposited 50 EUR") == "none");
    // seasons: the most recent one that has begun (kNow is 2026-03-14: spring has begun)
    CHECK(first_date("ru", "Пополнял весной") == "2026-03/month");
    CHECK(first_date("ru", "Пополнял летом") == "2025-06/month");
    CHECK(first_date("de", "im Herbst") == "2025-09/month");
    CHECK(first_date("ko", "봄에 입금했습니다") == "2026-03/month");
    CHECK(first_date("de", "im Herbst 2022") == "2022-09/month");  // a season with a year is that year's
    {
        const auto ds = find_dates(fold_str("зимой"), lexicon("ru"), kNow);
        REQUIRE(ds.size() == 1);
        CHECK(ds.front().iso() == "2025-12");
        CHECK(ds.front().iso2() == "2026-02");
    }
    // a span of years ago, and the Russian unit-first "года два-три назад"
    const std::vector<std::pair<std::string, std::string>> spans = {
        {"ru", "года два-три назад"}, {"ru", "2-3 года назад"}, {"en", "2-3 years ago"}, {"en", "two or three years ago"}};
    for (const auto& span : spans) {
        const auto ds = find_dates(fold_str(span.second), lexicon(span.first), kNow);
        REQUIRE(ds.size() == 1);
        const std::string got = ds.front().iso() + ".." + ds.front().iso2();
        CHECK_MESSAGE(got == "2023..2024", span.second);
    }
    CHECK(first_date("ru", "лет пять назад") == "2021/year");
    // "mai" is also Italian for "never": inside a date it is the month
    CHECK(count_topic(claims_of("Letzte Einzahlung am 3. Mai."), "last_deposit") == 1);
    CHECK(count_topic(claims_of("Letzte Einzahlung im Mai."), "last_deposit") == 1);
    CHECK(count_topic(claims_of("Non ho mai prelevato, mancano 300 EUR."), "last_withdrawal") == 0);
}

TEST_CASE("claims: places that point back, generic devices, buying a phone, SMS beside a phone number") {
    {
        const auto cs = claims_of("I live in Toronto, Canada, and usually log in from there, but I'm travelling in Japan.");
        CHECK(value_of(cs, "usual_location", "city") == "Toronto");
        CHECK(value_of(cs, "residence_country", "country") == "CA");
    }
    {
        const auto cs = claims_of("Ich wohne in München und melde mich normalerweise von dort an, allerdings über Server in Schweden.");
        CHECK(value_of(cs, "usual_location", "city") == "Munich");
    }
    {
        const auto cs = claims_of("İstanbul'da yaşıyorum ve genelde oradan giriş yapıyorum, ama şu an Berlin'deyim.");
        CHECK(value_of(cs, "usual_location", "city") == "Istanbul");
    }
    {
        // "from there" with nothing named before it is no place
        const auto cs = claims_of("I usually log in from there.");
        CHECK(count_topic(cs, "usual_location") == 0);
    }
    {
        const auto cs = claims_of("Ich lebe in Hamburg. Ich melde mich immer von zu Hause an.");
        CHECK(value_of(cs, "usual_location", "city") == "Hamburg");
    }
    // a bare kind of device answers a devices cue, and only then
    CHECK(count_topic(claims_of("Захожу с телефона."), "devices") == 1);
    CHECK(count_topic(claims_of("I use my phone."), "devices") == 1);
    CHECK(count_topic(claims_of("My phone number is +44 7700 900123."), "devices") == 0);
    CHECK(count_topic(claims_of("I lost my phone."), "devices") == 0);
    // buying a phone is not a trade; buying an asset is
    for (const char* s : {"ich habe mir ein neues Handy gekauft (Samsung Galaxy S24).", "어제 새 아이폰 16을 샀습니다.", "I bought a new laptop yesterday.",
                          "Comprei um celular novo ontem."})
        CHECK_MESSAGE(count_topic(claims_of(s), "last_trade") == 0, s);
    CHECK(count_topic(claims_of("I bought 0.1 BTC yesterday."), "last_trade") == 1);
    CHECK(count_topic(claims_of("My last trade was on March 3."), "last_trade") == 1);
    {
        const auto cs = claims_of("3月5日用 USDT 买了 2 个 SOL。");
        REQUIRE(count_topic(cs, "last_trade") == 1);
        CHECK(value_of(cs, "last_trade", "asset") == "SOL");
    }
    {
        const auto cs = claims_of("Мой номер телефона +7 921 555-12-34, код приходит по SMS.");
        CHECK(value_of(cs, "two_factor_method", "method") == "sms");
        CHECK(count_topic(cs, "phone") == 1);
    }
    // lost or broken access to a generic authenticator is not a 2FA claim (the sample's convention
    // for "I lost my phone and with it my authenticator app"), in every language
    for (const char* s : {"I need my two-factor reset, I no longer have access to the authenticator.",
                          "ich komme nicht mehr in mein Konto, die Authenticator-App zeigt falsche Codes.",
                          "폰을 바꿔서 인증 앱이 없습니다.", "Je n'ai plus accès à mon application d'authentification.",
                          "Non ho più accesso all'app di autenticazione.", "Perdi o acesso à aplicação de autenticação.",
                          "У меня нет доступа к аутентификатору.", "Doğrulama uygulamasına erişimim yok."}) {
        const auto cs = claims_of(s);
        CHECK_MESSAGE(count_topic(cs, "two_factor_method") == 0, s);
        CHECK_MESSAGE(count_topic(cs, "devices") == 0, s);
    }
    // a named product still tells the method
    CHECK(value_of(claims_of("My iPhone was stolen with Google Authenticator on it."), "two_factor_method", "method") == "totp");
}

TEST_CASE("claims: a question and its answer on one numbered line, in several languages") {
    {
        const auto cs = claims_of("1. Quando criou a conta? Em agosto de 2023.\n5. De onde costuma acessar? São Paulo, Brasil.");
        CHECK(value_of(cs, "account_created", "date") == "2023-08");
        CHECK(value_of(cs, "usual_location", "city") == "Sao Paulo");
    }
    {
        const auto cs = claims_of("1. When did you open the account? In March 2021.\n2. Where do you usually log in from? Lyon, France.");
        CHECK(value_of(cs, "account_created", "date") == "2021-03");
        CHECK(value_of(cs, "usual_location", "city") == "Lyon");
    }
    {
        const auto cs = claims_of("1) Da dove accede di solito? Milano, Italia.\n2) Quando ha aperto il conto? Nel 2020.");
        CHECK(value_of(cs, "usual_location", "city") == "Milan");
        CHECK(value_of(cs, "account_created", "date") == "2020");
    }
}

TEST_CASE("claims: a wish to move funds is a request, not a past withdrawal or deposit") {
    for (const char* s : {"I want to withdraw 500 USDT today.", "I would like to make a withdrawal of 0.2 BTC today.",
                          "Je voudrais faire un retrait de 300 EUR aujourd'hui.", "Quero sacar 200 USDT hoje.",
                          "Ich möchte die 300 EUR heute auszahlen.", "Ich möchte heute noch auszahlen, bitte.",
                          "Vorrei prelevare oggi 300 EUR.", "Хочу вывести сегодня 300 USDT.", "Bugün 300 USDT çekmek istiyorum.",
                          "我想要今天提现300 USDT。", "오늘 300 USDT를 출금하고 싶습니다."}) {
        CHECK_MESSAGE(count_topic(claims_of(s), "last_withdrawal") == 0, s);
    }
    // the wish stands next to its own cue only: the past fact beside it is still claimed
    CHECK(value_of(claims_of("I need to confirm that my last deposit was 1,000 USDT on March 2."), "last_deposit", "date") == "2026-03-02");
    CHECK(value_of(claims_of("My last withdrawal was 0.5 BTC on March 3 and I would like to withdraw again today."), "last_withdrawal", "date") ==
          "2026-03-03");
}

TEST_CASE("claims: a self-introduction gives the name only when a name follows") {
    CHECK(value_of(claims_of("Je suis Julie Moreau, j'habite à Lyon."), "full_name", "name") == "Julie Moreau");
    CHECK(value_of(claims_of("Ich bin Jan Schneider und wohne in Berlin."), "full_name", "name") == "Jan Schneider");
    CHECK(value_of(claims_of("Hello, I am Daniel Price."), "full_name", "name") == "Daniel Price");
    CHECK(value_of(claims_of("저는 한지호입니다."), "full_name", "name") == "한지호");
    CHECK(value_of(claims_of("你好，我是张伟，住在北京。"), "full_name", "name") == "张伟");
    CHECK(value_of(claims_of("我叫王小明，住在北京。"), "full_name", "name") == "王小明");
    for (const char* s : {"I am sure my last deposit was in May.", "Je suis bloqué depuis hier.", "Ich bin Anfang März umgezogen.",
                          "I am Locked Out since yesterday.", "저는 서울에 살고 있습니다.", "저는 고객입니다.", "我是高级用户。", "I am in Berlin.",
                          "Sono stato bloccato."}) {
        CHECK_MESSAGE(count_topic(claims_of(s), "full_name") == 0, s);
    }
}

TEST_CASE("claims: a device introduced as new or just bought is not a device the client uses") {
    auto models = [](const std::string& reply) {
        std::string s;
        for (const auto& c : claims_of(reply))
            if (c.topic == "devices") {
                const nlohmann::json v = nlohmann::json::parse(c.value.dump());
                for (const auto& d : v.at("devices")) s += d.value("model", d.value("os", std::string())) + ";";
            }
        return s;
    };
    CHECK(models("I bought a new iPhone 15 yesterday and I use a Windows laptop with Chrome.") == "Windows;");
    CHECK(models("Ich habe ein neues iPhone 15 gekauft. Ich nutze sonst einen Windows-Laptop.") == "Windows;");
    CHECK(models("Comprei um novo iPhone 15. Uso um MacBook com Safari.") == "Mac OS X;");
    CHECK(models("我买了新的iPhone 15，平时用Windows电脑。") == "Windows;");
    CHECK(models("사용 기기: 갤럭시 S24 (크롬), 윈도우 PC (크롬), 그리고 새 아이폰") == "Galaxy S24;Windows;");
    // the phone that replaced a dead one (B-0314): the device being set up, not one in use
    CHECK(models("The Pixel 7 died on 8 November. I'm now on a Pixel 9, also GrapheneOS.") == "Pixel 7;");
    CHECK(models("Il mio telefono si è rotto, l'ho sostituito con un Galaxy S25. Uso anche un MacBook.") == "Mac OS X;");
    // a bracketed browser closes with its device
    const auto ko = claims_of("사용 기기: 갤럭시 S24 (크롬), 윈도우 PC (크롬)");
    REQUIRE(count_topic(ko, "devices") == 1);
    const nlohmann::json v = nlohmann::json::parse(ko[0].value.dump());
    CHECK(v.at("devices").at(0).value("text", std::string()) == "갤럭시 S24 (크롬)");
    // a device named with its own use verb, in a clause apart from the lost app
    CHECK(models("아이폰을 사용하는데 OTP 앱이 초기화되어서 로그인을 할 수 없습니다.") == "iPhone;");
}

TEST_CASE("claims: 'the same day' takes the date of the fact named before it") {
    for (const char* s : {"My last deposit was 500 EUR on March 2 and I bought ETH with it the same day.",
                          "Mon dernier dépôt était de 500 EUR le 2 mars, et le même jour j'ai acheté de l'ETH.",
                          "Meine letzte Einzahlung waren 500 EUR am 2. März. Am selben Tag habe ich BTC gekauft.",
                          "L'ultimo deposito è stato di 500 EUR il 2 marzo. Lo stesso giorno ho comprato BTC.",
                          "Последний депозит был 500 EUR 2 марта. В тот же день я купил BTC.", "Son yatırımım 2 Mart'ta 500 EUR idi. Aynı gün BTC aldım.",
                          "上次充值是3月2日，500欧元。同一天我买了BTC。", "마지막 입금은 3월 2일 500 EUR였습니다. 같은 날 BTC를 샀습니다.",
                          "O meu último depósito foi de 500 EUR no dia 2 de março. No mesmo dia comprei BTC."}) {
        CHECK_MESSAGE(value_of(claims_of(s), "last_trade", "date") == "2026-03-02", s);
    }
}

TEST_CASE("claims: a login that points back at the home place is the usual place") {
    for (const char* s : {"I live in Toronto and I log in from there.", "J'habite à Lyon et je me connecte de là-bas.",
                          "Moro em São Paulo e sempre acesso de lá.", "Ich wohne in Köln und melde mich immer von dort an.",
                          "Vivo a Torino e accedo sempre da lì.", "Живу в Москве и захожу оттуда.", "İstanbul'da yaşıyorum ve oradan giriş yapıyorum.",
                          "我住在上海，一直从那里登录。", "부산에 살고 있고 거기서 접속합니다."}) {
        CHECK_MESSAGE(count_topic(claims_of(s), "usual_location") == 1, s);
    }
    CHECK(value_of(claims_of("Ich wohne in Berlin und melde mich immer aus Berlin an."), "usual_location", "city") == "Berlin");
    // a place alone as a sentence in a terse reply
    CHECK(value_of(claims_of("son yatırım 3 kasım 500 usdt.\niphone + windows chrome. ankara."), "usual_location", "city") == "Ankara");
}

TEST_CASE("amounts: a number followed by a span of time is not a sum") {
    CHECK(first_amount("de", "für 24 Stunden gesperrt") == "none");
    CHECK(first_amount("en", "blocked for 48h, then 0.2 BTC") == "0.2000 BTC");
    CHECK(first_amount("fr", "bloqué 72 heures") == "none");
    CHECK(first_amount("ru", "заблокирован на 24 часа") == "none");
    CHECK(first_amount("zh", "冻结了24小时") == "none");
    CHECK(first_amount("ko", "30분 동안") == "none");
    CHECK(first_amount("en", "24 EUR") == "24.0000 EUR");  // an asset still makes it a sum
    const auto cs = claims_of("Die Auszahlung wurde für 24 Stunden gesperrt, nachdem ich das Passwort geändert habe.");
    for (const Claim& c : cs) CHECK_FALSE(c.value.contains("amount"));
}

TEST_CASE("dates: a CJK day sign closes the date even with digits glued after it") {
    CHECK(first_date("zh", "11月3日0.1 BTC提现") == "2025-11-03/day");
    CHECK(first_date("ko", "11월 3일0.5 ETH") == "2025-11-03/day");
    const auto cs = claims_of("最后一次提现是11月3日0.1 BTC。");
    REQUIRE(first_of(cs, "last_withdrawal"));
    CHECK(first_of(cs, "last_withdrawal")->value["date"] == "2025-11-03");
    CHECK(first_of(cs, "last_withdrawal")->value["amount"] == 0.1);
}

TEST_CASE("approximation words written after the amount or date") {
    // Turkish, Korean and Chinese hedge after the value: "20.000 TL civarı", "500만원 정도", "500元左右"
    const std::string tr = fold_str("15 Ekim gibi 20.000 TL civarı yatırdım.");
    const auto tr_dates = find_dates(tr, lexicon("tr"), kNow);
    REQUIRE_FALSE(tr_dates.empty());
    CHECK(tr_dates.front().approx);
    std::vector<std::pair<size_t, size_t>> skip;
    for (const auto& d : tr_dates) skip.emplace_back(d.pos, d.len);
    const auto tr_amounts = find_amounts(tr, lexicon("tr"), skip);
    REQUIRE_FALSE(tr_amounts.empty());
    CHECK(tr_amounts.front().approx);
    const auto tr_claims = claims_of("0,01 BTC kadar çekmiştim.");
    REQUIRE(first_of(tr_claims, "last_withdrawal"));
    CHECK(first_of(tr_claims, "last_withdrawal")->value.value("amount_approx", false));
    const auto ko = claims_of("11월 5일쯤 500만원 정도 입금했어요.");
    REQUIRE(first_of(ko, "last_deposit"));
    CHECK(first_of(ko, "last_deposit")->value.value("amount_approx", false));
    CHECK(first_of(ko, "last_deposit")->value.value("date_approx", false));
    CHECK(first_of(claims_of("약 500만원 입금했어요."), "last_deposit")->value.value("amount_approx", false));
    const auto zh = claims_of("最后一次充值是3月5号左右，500元左右。");
    REQUIRE(first_of(zh, "last_deposit"));
    CHECK(first_of(zh, "last_deposit")->value.value("amount_approx", false));
    CHECK(first_of(zh, "last_deposit")->value.value("date_approx", false));
    for (const char* s : {"Ultimo deposito 500 euro circa.", "Último depósito 500 reais mais ou menos.", "Last deposit 500 EUR or so.",
                          "Последний депозит 500 евро или около того."}) {
        const auto cs = claims_of(s);
        REQUIRE_MESSAGE(first_of(cs, "last_deposit"), s);
        CHECK_MESSAGE(first_of(cs, "last_deposit")->value.value("amount_approx", false), s);
    }
    // a hedge that stands before the next number belongs to it, not to the date before it
    const auto it = claims_of("Ultimo deposito il 5 marzo circa 500 euro.");
    REQUIRE(first_of(it, "last_deposit"));
    CHECK(first_of(it, "last_deposit")->value.value("amount_approx", false));
    CHECK_FALSE(first_of(it, "last_deposit")->value.value("date_approx", false));
    // an exact amount stays exact
    CHECK_FALSE(first_of(claims_of("20.000 TL yatırdım."), "last_deposit")->value.value("amount_approx", false));
}

TEST_CASE("Turkish withdrawal verb forms") {
    for (const char* s : {"0,01 BTC çekmiştim.", "Geçen hafta 0,01 BTC çektim.", "0,01 BTC çekim yaptım."})
        CHECK_MESSAGE(first_of(claims_of(s), "last_withdrawal"), s);
    CHECK_FALSE(first_of(claims_of("0,01 BTC hiç çekmemiştim."), "last_withdrawal"));
}

TEST_CASE("unsure answers: a year with a question mark, 'a couple of years', devices from the phone") {
    const auto ko = claims_of("> 언제 가입하셨나요?\n가입은 2022년 초였나?");
    REQUIRE(first_of(ko, "account_created"));
    CHECK(first_of(ko, "account_created")->value["date"] == "2022-01");
    CHECK(first_of(ko, "account_created")->value.value("date_approx", false));
    const auto it = claims_of("Ho aperto il conto un paio d'anni fa.");
    REQUIRE(first_of(it, "account_created"));
    CHECK(first_of(it, "account_created")->value["precision"] == "year");
    CHECK(first_of(it, "account_created")->value.value("date_approx", false));
    CHECK(first_date("it", "un paio di mesi fa") == "2026-01/month");
    const auto dev = claims_of("Accedo dal telefono.");
    REQUIRE(first_of(dev, "devices"));
    CHECK(first_of(dev, "devices")->value["devices"][0]["kind"] == "phone");
    // the answer to a login question keeps its topic: the phone is how, not what it answers
    CHECK(first_of(claims_of("> Quando ha effettuato l'ultimo accesso?\nL'altro ieri sera dal telefono."), "last_login"));
}

TEST_CASE("what the client wanted to do is not what they did") {
    for (const char* s : {"Я хотел вывести эфир 0.5 ETH вчера.", "Вчера хотела вывести 0.5 ETH.", "Je voulais faire un retrait de 0,5 BTC hier.",
                          "Volevo prelevare 500 euro ieri.", "我想提现500元。", "어제 0.5 BTC 출금하려고 했는데 안 됐어요.", "Dün 0,5 BTC çekmek istedim."})
        CHECK_MESSAGE(!first_of(claims_of(s), "last_withdrawal"), s);
    const auto asked = claims_of("> Какой был последний вывод?\nЯ хотел вывести эфир 0.5 ETH вчера.");
    CHECK_FALSE(first_of(asked, "last_withdrawal"));
    // the withdrawal itself still counts
    CHECK(first_of(claims_of("Я вывел 0.5 ETH вчера."), "last_withdrawal"));
}

TEST_CASE("device makers in Chinese and Korean") {
    const auto zh = claims_of("我用的是联想笔记本。");
    REQUIRE(first_of(zh, "devices"));
    CHECK(first_of(zh, "devices")->value["devices"][0]["os"] == "Windows");
    for (const char* s : {"我用的是戴尔电脑。", "我用的是惠普笔记本。", "레노버 노트북을 사용합니다.", "엘지 그램을 사용합니다.", "I use a Lenovo laptop."}) {
        const auto cs = claims_of(s);
        REQUIRE_MESSAGE(first_of(cs, "devices"), s);
        CHECK_MESSAGE(first_of(cs, "devices")->value["devices"][0]["os"] == "Windows", s);
    }
    // a maker's laptop is not its phone
    const auto hw = claims_of("我用的是华为笔记本。");
    REQUIRE(first_of(hw, "devices"));
    CHECK(first_of(hw, "devices")->value["devices"][0]["os"] == "Windows");
}

TEST_CASE("form-style answers: phone and name after a colon of any script") {
    const auto zh = claims_of("绑定手机：138 1024 6671\n姓名：王芳。");
    REQUIRE(first_of(zh, "phone"));
    CHECK(first_of(zh, "phone")->value["phone"] == "13810246671");
    REQUIRE(first_of(zh, "full_name"));
    CHECK(first_of(zh, "full_name")->value["name"] == "王芳");
    const auto ko = claims_of("휴대폰: 010-1234-5678\n이름: 김지우");
    REQUIRE(first_of(ko, "phone"));
    CHECK(first_of(ko, "phone")->value["phone"] == "01012345678");
    REQUIRE(first_of(ko, "full_name"));
    CHECK(first_of(ko, "full_name")->value["name"] == "김지우");
    CHECK(trim_punct(" «Marie Dubois». ") == "Marie Dubois");
    CHECK(trim_punct("：王芳，") == "王芳");
}

TEST_CASE("Turkish place names with a case ending glued on") {
    for (const char* s : {"Genellikle Istanbuldayim.", "Genellikle İstanbul'dayım.", "Genelde Ankaradan giriş yapıyorum.",
                          "> Hangi şehirden giriş yapıyorsunuz?\nIstanbuldayim."}) {
        const auto cs = claims_of(s);
        REQUIRE_MESSAGE(first_of(cs, "usual_location"), s);
        CHECK_MESSAGE(first_of(cs, "usual_location")->value["country"] == "TR", s);
    }
    // a word that only starts like a place is not one
    CHECK_FALSE(first_of(claims_of("Genellikle Parisliler gibi."), "usual_location"));
}

TEST_CASE("amounts: clock times are not sums") {
    CHECK(first_amount("en", "[08:21] hello") == "none");
    CHECK(first_amount("en", "at 21:30 I sent 0.5 BTC") == "0.5000 BTC");
    CHECK(first_amount("fr", "vers 14h30") == "none");
}

namespace {

// The claim of `topic` in `reply`, its value dumped, or "none".
std::string claim_value(const std::string& reply, const std::string& topic) {
    for (const auto& c : claims_of(reply))
        if (c.topic == topic) return c.value.dump();
    return "none";
}

}  // namespace

TEST_CASE("claims: a method or device that 'never' denies, before or after it, is not claimed; the contrasted one is") {
    CHECK(claim_value("2FA: SMS habe ich nie benutzt, immer eine Authenticator-App.", "two_factor_method") == R"({"method":"totp"})");
    CHECK(claim_value("SMS-подтверждение я никогда не подключал, только приложение.", "two_factor_method") == R"({"method":"totp"})");
    CHECK(claim_value("Giriş için her zaman SMS doğrulaması kullanıyorum, uygulama hiç kullanmadım.", "two_factor_method") == R"({"method":"sms"})");
    CHECK(claim_value("Giriş için her zaman SMS doğrulaması kullanıyorum, uygulama hiç kullanmadım.", "devices") == "none");
    CHECK(claim_value("> 4. Which 2FA method?\napp. never sms", "two_factor_method") == R"({"method":"totp"})");
    // a plain "not" after the method is a complaint about it, not a denial
    CHECK(claim_value("Коды по SMS не приходят уже второй день.", "two_factor_method") == R"({"method":"sms"})");
    CHECK(claim_value("I use SMS and never the authenticator app.", "two_factor_method") == R"({"method":"sms"})");
}

TEST_CASE("claims: a self-correction keeps the value after the marker") {
    const std::string ru = claim_value("Пополнение: последний раз закинул 1500 USDT, 12 марта — нет, подождите, посмотрел в кошельке, 14-го.", "last_deposit");
    CHECK(ru.find(R"("date":"2026-03-14")") != std::string::npos);
    const std::string fr = claim_value("Mon dernier dépôt : 1 000 € par virement le 4 — non, le 7 février.", "last_deposit");
    CHECK(fr.find(R"("date":"2026-02-07")") != std::string::npos);
    const std::string tr = claim_value("last deposit 0.35 ETH, 3 şubat — no sorry, 5 şubat.", "last_deposit");
    CHECK(tr.find(R"("date":"2026-02-05")") != std::string::npos);
    const std::string en = claim_value("My last deposit was 0.2 BTC on the 2nd — no wait, the 4th.", "last_deposit");
    CHECK(en.find(R"("date":"2026-03-04")") != std::string::npos);
    const std::string sum = claim_value("My last deposit was 500 USDT — sorry, 600 USDT, on 3 March.", "last_deposit");
    CHECK(sum.find(R"("amount":600.0)") != std::string::npos);
}

TEST_CASE("claims: a range of sums keeps both ends") {
    const std::string fr = claim_value("Mon dernier retrait, entre 0,2 et 0,3 BTC vers mon Ledger, début mars.", "last_withdrawal");
    CHECK(fr.find(R"("amount":0.2,"amount_to":0.3)") != std::string::npos);
    const std::string en = claim_value("My last withdrawal was between 0.2 and 0.3 BTC in early March.", "last_withdrawal");
    CHECK(en.find(R"("amount":0.2,"amount_to":0.3)") != std::string::npos);
    const std::string ru = claim_value("Последнее пополнение — 700–800 евро в начале марта.", "last_deposit");
    CHECK(ru.find(R"("amount":700.0,"amount_to":800.0)") != std::string::npos);
    const std::string zh = claim_value("上周充了一笔ETH,大概0.3个左右,也可能是0.25。", "last_deposit");
    CHECK(zh.find(R"("amount":0.25,"amount_to":0.3)") != std::string::npos);
    // two sums of different assets are two sums
    CHECK(first_amount("en", "500 USDT and 0.1 BTC") == "500.0000 USDT");
}

TEST_CASE("claims: a price or a wish is not a sum of the client's") {
    CHECK(first_amount("tr", "BTC şu an 95 bin dolar, kaybetmek istemiyorum.") == "none");
    CHECK(first_amount("it", "magari ne avessi 1 intero visto che adesso vale 95 mila!") == "none");
    CHECK(first_amount("en", "BTC is at 95k now.") == "none");
    CHECK(first_amount("en", "I wish I had 1 BTC.") == "none");
    CHECK(first_amount("zh", "那时候ETH大概3500美元。") == "none");
    CHECK(first_amount("ru", "BTC тогда стоил около 83 тысяч.") == "none");
    CHECK(first_amount("tr", "ETH 4000 dolar olmuş.") == "none");
    // ... while a sum paid for a coin still is one
    CHECK(first_amount("en", "I bought BTC for 700 USD.") == "700.0000 USD");
    CHECK(first_amount("ru", "купил биткоин на 800 долларов") == "800.0000 USD");
    const std::string zh = claim_value("上周充了一笔ETH,大概0.3个,那时候ETH大概3500美元。", "last_deposit");
    CHECK(zh.find(R"("amount":0.3)") != std::string::npos);
}

TEST_CASE("claims: an elided Italian or French article is not a brand") {
    CHECK(claim_value("Il conto l'ho aperto l'anno scorso, all'inizio dell'anno mi pare.", "devices") == "none");
    CHECK(claim_value("Uso un portatile Dell con Windows.", "devices").find("Windows") != std::string::npos);
}

TEST_CASE("claims: usual place and name phrasings") {
    CHECK(claim_value("我一般都在新加坡登录。", "usual_location").find("Singapore") != std::string::npos);
    CHECK(claim_value("Di solito entro da Milano, da casa.", "usual_location").find("Milan") != std::string::npos);
    CHECK(claim_value("안녕하세요, 김민준입니다.", "full_name") == R"({"name":"김민준"})");
    CHECK(claim_value("Hesabım Emre Yıldız adına, telefonum elimde.", "full_name") == R"({"name":"Emre Yıldız"})");
    CHECK(claim_value("안녕하세요, 서울입니다.", "full_name") == "none");  // no surname: not a name
}

TEST_CASE("claims: the day after the date named last, genitive months, a method denied after its particle") {
    const auto trade = claims_of("Meine letzte Einzahlung: 2000 Euro am 3. März. Am Tag danach habe ich ETH für 1000 Euro gekauft.");
    const auto t = std::find_if(trade.begin(), trade.end(), [](const Claim& c) { return c.topic == "last_trade"; });
    REQUIRE(t != trade.end());
    CHECK(t->value["date"] == "2026-03-04");
    const auto ko = claims_of("마지막 입금: 3월 2일에 3,000 USDT. 마지막 거래: 다음 날 1,500 USDT로 ETH 샀어요.");
    const auto kt = std::find_if(ko.begin(), ko.end(), [](const Claim& c) { return c.topic == "last_trade"; });
    REQUIRE(kt != ko.end());
    CHECK(kt->value["date"] == "2026-03-03");

    CHECK(first_date("tr", "geçen ayın sonunda") == "2026-02/month");
    CHECK(first_date("de", "Ende letzten Monats") == "2026-02/month");
    CHECK(first_date("fr", "fin du mois dernier") == "2026-02/month");
    CHECK(first_date("ru", "в конце прошлого месяца") == "2026-02/month");

    const auto created = claims_of("аккаунт зарегистрирован в марте 2024 года.");
    REQUIRE(created.size() == 1);
    CHECK(created[0].topic == "account_created");

    const auto method = claims_of("2단계 인증: 구글 OTP입니다. 문자 인증은 안 썼어요.");
    CHECK(std::none_of(method.begin(), method.end(), [](const Claim& c) { return c.topic == "two_factor_method" && c.value["method"] == "sms"; }));
}

TEST_CASE("amounts: digits glued to letters are part of a word or an address; a glued unit or coin still counts") {
    CHECK(first_amount("pt", "o endereço termina com 7xk, acho que 0,003 BTC") == "0.0030 BTC");
    CHECK(first_amount("en", "sent from 0x71C7656EC7ab88b098defB751B7401B5f6d8976F, 0.5 ETH") == "0.5000 ETH");
    CHECK(first_amount("en", "100usdt") == "100.0000 USDT");
    CHECK(first_amount("pt", "5mil reais") == "5000.0000 BRL");
    CHECK(first_amount("tr", "10bin TL") == "10000.0000 TRY");
}

TEST_CASE("amounts: a model number after a phone's name is no sum") {
    CHECK(first_amount("ko", "아이폰 15로 바꿨고") == "none");
    CHECK(first_amount("en", "my Pixel 8 and 200 EUR") == "200.0000 EUR");
    CHECK(first_amount("en", "on the Redmi Note 12 I deposited 0.5 ETH") == "0.5000 ETH");
    CHECK(first_amount("de", "mein iPhone 13, 300 Euro") == "300.0000 EUR");
    // a sum with its asset after a device's name still counts
    CHECK(first_amount("en", "from my iPhone 500 USDT") == "500.0000 USDT");
}

TEST_CASE("claims: Taiwan's '提領' is a withdrawal, apart from the trade before it in the sentence") {
    const auto cs = claims_of("之後把 0.03 顆比特幣賣掉，想提領十萬台幣出來，結果出金被暫緩了。");
    const auto w = std::find_if(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "last_withdrawal"; });
    REQUIRE(w != cs.end());
    CHECK(w->value["amount"] == 100000.0);
    CHECK(w->value["asset"] == "TWD");
    CHECK(std::any_of(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "last_trade" && c.value["asset"] == "BTC"; }));
}

TEST_CASE("claims: the rand's 'R' glued to a sum, South African 'I stay in' and 'Joburg', Korean '불'") {
    const auto za = claims_of("- Last deposit: R5,000 EFT from my Capitec account on the 27th of Feb.\n"
                              "- Last trade: yesterday afternoon I bought XLM, about R18,400 worth.\n"
                              "- I stay in Joburg and normally sign in from home (Afrihost fibre).");
    REQUIRE(first_of(za, "last_deposit"));
    CHECK(first_of(za, "last_deposit")->value["asset"] == "ZAR");
    CHECK(first_of(za, "last_deposit")->value["amount"] == 5000.0);
    REQUIRE(first_of(za, "last_trade"));
    CHECK(first_of(za, "last_trade")->value["quote_asset"] == "ZAR");
    CHECK(first_of(za, "last_trade")->value["quote_amount"] == 18400.0);
    REQUIRE(first_of(za, "residence_country"));
    CHECK(first_of(za, "residence_country")->value["city"] == "Johannesburg");
    // A letter that is a currency's sign only when it stands apart: "Frühjahr 2020" names no rand.
    CHECK(first_date("de", "Im Frühjahr 2020, ich glaube April") == "2020-04/month");
    // "500불어치": dollars in colloquial Korean
    const auto ko = claims_of("마지막 거래: 이더리움 500불어치 샀습니다.");
    REQUIRE(first_of(ko, "last_trade"));
    CHECK(first_of(ko, "last_trade")->value["quote_asset"] == "USD");
}

TEST_CASE("2FA: a method the Portuguese client wants to move to is not the one in use ('quero tirar o SMS', 'mudar o 2FA pra aplicativo')") {
    const auto cs = claims_of("2FA hoje é por SMS no meu número Claro. Tentei mudar o 2FA pra aplicativo mas ficou bloqueado. "
                              "Quero tirar o SMS e usar o Google Authenticator.");
    for (const auto& c : cs)
        if (c.topic == "two_factor_method") CHECK(c.value["method"] == "sms");
    REQUIRE(first_of(cs, "two_factor_method"));
}
