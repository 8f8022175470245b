// Amounts written in words, in the nine reply languages: the number parser alone, then the
// amount reader (a spelled number counts only right before a currency or coin), then one reply
// through extract_claims.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>

#include "claims/amounts.hpp"
#include "claims/dates.hpp"
#include "claims/extract.hpp"
#include "claims/spelled_numbers.hpp"
#include "claims/text.hpp"
#include "util/civil_time.hpp"

#include "claims_test_support.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;
using namespace claims_test;

namespace {

// The first number written in `lang`'s words, as "value/parts", or "none".
std::string spelled(const std::string& lang, const std::string& text) {
    const auto ns = find_spelled_numbers(fold_str(text), lexicon(lang));
    if (ns.empty()) return "none";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g/%d", ns.front().value, ns.front().parts);
    return buf;
}

}  // namespace

TEST_CASE("spelled numbers: the parser, language by language") {
    CHECK(spelled("en", "two hundred and fifty") == "250/3");
    CHECK(spelled("en", "twenty-five") == "25/2");
    CHECK(spelled("en", "fifteen hundred") == "1500/2");
    CHECK(spelled("en", "a thousand") == "1000/2");
    CHECK(spelled("en", "one million two hundred thousand") == "1.2e+06/5");
    CHECK(spelled("en", "two and a half thousand") == "2500/3");
    CHECK(spelled("fr", "quatre-vingt-dix") == "90/1");
    CHECK(spelled("fr", "quatre vingt dix-sept") == "97/2");
    CHECK(spelled("fr", "soixante-dix") == "70/1");
    CHECK(spelled("fr", "vingt et un") == "21/2");
    CHECK(spelled("fr", "deux mille cinq cents") == "2500/4");
    CHECK(spelled("fr", "quatre-vingts") == "80/1");
    CHECK(spelled("fr", "un million") == "1e+06/2");
    CHECK(spelled("pt", "mil e quinhentos") == "1500/2");
    CHECK(spelled("pt", "cento e vinte e cinco") == "125/3");
    CHECK(spelled("pt", "dois milhões e meio") == "2.5e+06/3");
    CHECK(spelled("de", "zweitausendfünfhundert") == "2500/4");
    CHECK(spelled("de", "fünfundzwanzig") == "25/2");
    CHECK(spelled("de", "einundzwanzigtausend") == "21000/3");
    CHECK(spelled("de", "anderthalbtausend") == "1500/2");
    CHECK(spelled("de", "zweieinhalb") == "2.5/2");
    CHECK(spelled("de", "dreihundertzwölf") == "312/3");
    CHECK(spelled("de", "zweihundertfünfundzwanzig") == "225/4");
    CHECK(spelled("it", "duemilacinquecento") == "2500/4");
    CHECK(spelled("it", "millecinquecento") == "1500/3");
    CHECK(spelled("it", "ventitré") == "23/2");
    CHECK(spelled("it", "trentotto") == "38/1");
    CHECK(spelled("it", "centocinquanta") == "150/2");
    CHECK(spelled("ru", "полторы тысячи") == "1500/2");
    CHECK(spelled("ru", "две тысячи пятьсот") == "2500/3");
    CHECK(spelled("ru", "две с половиной тысячи") == "2500/3");
    CHECK(spelled("ru", "двадцать пять") == "25/2");
    CHECK(spelled("tr", "bin beş yüz") == "1500/3");
    CHECK(spelled("tr", "ikibin") == "2000/2");
    CHECK(spelled("tr", "bir buçuk") == "1.5/2");
    CHECK(spelled("tr", "bin yüz") == "1100/2");
    CHECK(spelled("zh", "一千二百") == "1200/4");
    CHECK(spelled("zh", "一千二") == "1200/3");
    CHECK(spelled("zh", "一万五") == "15000/3");
    CHECK(spelled("zh", "一百零五") == "105/3");
    CHECK(spelled("zh", "三百五十") == "350/4");
    CHECK(spelled("zh", "十五") == "15/2");
    CHECK(spelled("zh", "一千二百万") == "1.2e+07/5");
    CHECK(spelled("ko", "오백만") == "5e+06/3");
    CHECK(spelled("ko", "이천오백") == "2500/4");
    // not numbers, or two of them
    CHECK(spelled("en", "thousandfold") == "none");
    CHECK(spelled("de", "achtung") == "none");
    CHECK(spelled("en", "five three") == "5/1");
}

TEST_CASE("spelled amounts: English, French, Portuguese") {
    CHECK(first_amount("en", "My last deposit was two thousand euros yesterday") == "2000.0000 EUR");
    CHECK(first_amount("en", "I sent two hundred and fifty USDT") == "250.0000 USDT");
    CHECK(first_amount("en", "about twenty-five thousand dollars") == "25000.0000 USD");
    CHECK(first_amount("en", "one bitcoin") == "1.0000 BTC");
    CHECK(first_amount("en", "one and a half bitcoin") == "1.5000 BTC");
    CHECK(first_amount("en", "a thousand euros") == "1000.0000 EUR");
    CHECK(first_amount("fr", "Mon dernier dépôt : hier, deux mille euros") == "2000.0000 EUR");
    CHECK(first_amount("fr", "deux mille cinq cents euros") == "2500.0000 EUR");
    CHECK(first_amount("fr", "quatre-vingt-dix euros") == "90.0000 EUR");
    CHECK(first_amount("fr", "un million d'euros") == "1000000.0000 EUR");
    CHECK(first_amount("fr", "environ soixante-quinze euros") == "75.0000 EUR");
    CHECK(first_amount("pt", "Último depósito: ontem, dois mil reais") == "2000.0000 BRL");
    CHECK(first_amount("pt", "mil e quinhentos reais") == "1500.0000 BRL");
    CHECK(first_amount("pt", "duzentos e cinquenta euros") == "250.0000 EUR");
    CHECK(first_amount("pt", "dois milhões de reais") == "2000000.0000 BRL");
}

TEST_CASE("spelled amounts: German, Italian, Russian") {
    CHECK(first_amount("de", "Letzte Einzahlung: gestern zweitausend Euro") == "2000.0000 EUR");
    CHECK(first_amount("de", "zweitausendfünfhundert Euro") == "2500.0000 EUR");
    CHECK(first_amount("de", "anderthalbtausend Euro") == "1500.0000 EUR");
    CHECK(first_amount("de", "fünfundzwanzig Euro") == "25.0000 EUR");
    CHECK(first_amount("de", "zwei Millionen Euro") == "2000000.0000 EUR");
    CHECK(first_amount("de", "ein Bitcoin.") == "1.0000 BTC");
    CHECK(first_amount("it", "Ultimo deposito: ieri, duemila euro") == "2000.0000 EUR");
    CHECK(first_amount("it", "millecinquecento euro") == "1500.0000 EUR");
    CHECK(first_amount("it", "un milione di euro") == "1000000.0000 EUR");
    CHECK(first_amount("ru", "полторы тысячи евро") == "1500.0000 EUR");
    CHECK(first_amount("ru", "тысячу евро") == "1000.0000 EUR");
    CHECK(first_amount("ru", "две тысячи пятьсот рублей") == "2500.0000 RUB");
    CHECK(first_amount("ru", "пятьсот долларов") == "500.0000 USD");
    CHECK(first_amount("ru", "около двух тысяч евро") == "2000.0000 EUR");
    CHECK(first_amount("ru", "один биткоин") == "1.0000 BTC");
}

TEST_CASE("spelled amounts: Turkish, Chinese, Korean") {
    CHECK(first_amount("tr", "bin beş yüz lira") == "1500.0000 TRY");
    CHECK(first_amount("tr", "iki bin TL") == "2000.0000 TRY");
    CHECK(first_amount("tr", "bin lira") == "1000.0000 TRY");
    CHECK(first_amount("tr", "bir buçuk bitcoin") == "1.5000 BTC");
    CHECK(first_amount("tr", "Dün on lira yatırdım.") == "10.0000 TRY");
    CHECK(first_amount("zh", "一千二百欧元") == "1200.0000 EUR");
    CHECK(first_amount("zh", "我存了两万USDT") == "20000.0000 USDT");
    CHECK(first_amount("zh", "三千五百美元") == "3500.0000 USD");
    CHECK(first_amount("zh", "五百元") == "500.0000 CNY");
    CHECK(first_amount("zh", "两万个USDT") == "20000.0000 USDT");
    CHECK(first_amount("ko", "삼천 달러") == "3000.0000 USD");
    CHECK(first_amount("ko", "천 달러") == "1000.0000 USD");
    CHECK(first_amount("ko", "오백만원") == "5000000.0000 KRW");
    CHECK(first_amount("ko", "백만 원 입금했어요") == "1000000.0000 KRW");
    CHECK(first_amount("ko", "그 사람이 천 달러를 보냈어요") == "1000.0000 USD");  // "이" glued to a word is its particle, not 2
    // the digits already read stay as they were
    CHECK(first_amount("ko", "120만원") == "1200000.0000 KRW");
    CHECK(first_amount("ko", "3천 달러") == "3000.0000 USD");
}

TEST_CASE("spelled amounts: words that are not sums") {
    CHECK(first_amount("en", "I have one phone") == "none");
    CHECK(first_amount("en", "two weeks ago") == "none");
    CHECK(first_amount("en", "two weeks ago I deposited") == "none");
    CHECK(first_amount("en", "I have a bitcoin address") == "none");
    CHECK(first_amount("tr", "bir iPhone aldım") == "none");
    CHECK(first_amount("tr", "bir bitcoin cüzdanı açtım") == "none");
    CHECK(first_amount("de", "ein Handy") == "none");
    CHECK(first_amount("de", "zwei Wochen") == "none");
    CHECK(first_amount("de", "vor zwei Wochen Euro eingezahlt") == "none");  // inside a date
    CHECK(first_amount("de", "ein Bitcoin-Konto") == "none");
    CHECK(first_amount("fr", "un téléphone") == "none");
    CHECK(first_amount("fr", "un compte en euros") == "none");
    CHECK(first_amount("ko", "이 달러는 제 돈이에요") == "none");
    CHECK(first_amount("zh", "一个USDT地址") == "none");
    // a lone small word of another language stays a word: Turkish "on", French "un"
    CHECK(first_amount("en", "I deposited on EUR") == "none");
    CHECK(first_amount("en", "un EUR") == "none");
    CHECK(first_amount("en", "Grand livre") == "none");  // the ledger, not a thousand pounds
    // digits before a scale word are the digit reader's ("5 mil reais"), not "5 1000"
    CHECK(first_amount("pt", "5 mil reais") == "5000.0000 BRL");
    CHECK(first_amount("en", "5 hundred euros") != "5100.0000 EUR");
}

TEST_CASE("spelled amounts: a mixed reply borrows another language's words") {
    CHECK(first_amount("en", "my last deposit was dois mil reais") == "2000.0000 BRL");
    CHECK(first_amount("en", "I sent zweitausend Euro") == "2000.0000 EUR");
}

TEST_CASE("spelled amounts: positions stay those of the folded text") {
    const std::string f = fold_str("Letzte Einzahlung: gestern zweitausend Euro");
    const auto as = find_amounts(f, lexicon("de"), {});
    REQUIRE(as.size() == 1);
    CHECK(f.substr(as.front().pos, as.front().len) == "zweitausend euro");
}

TEST_CASE("spelled amounts: through extract_claims") {
    const auto cs = claims_of("Letzte Einzahlung: gestern zweitausend Euro");
    const auto it = std::find_if(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "last_deposit"; });
    REQUIRE(it != cs.end());
    REQUIRE(it->value.contains("amount"));
    CHECK(it->value["amount"] == doctest::Approx(2000));
    CHECK(it->value.value("asset", std::string()) == "EUR");
}
