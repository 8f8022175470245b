// How clients write sums and dates when they write fast or in their own conventions: sub-units of
// a coin ("500k sats", "2,5 mBTC"), chat slang ("500к сатох", "пол эфира", "косарь юсдт", "0.08
// битка", "на 300 баксов"), Taiwan's Minguo years ("民國113年10月", "115/02/24"), German dates
// without a year ("am 12.02.") and weekdays with the part of the day ("Donnerstagabend"), and a
// phone named as just bought after its name ("ein iPhone 16 gekauft").

#include <doctest/doctest.h>

#include <string>

#include "claims_test_support.hpp"

using namespace ownercheck;
using namespace claims_test;

TEST_CASE("shorthand: a coin's sub-units and a thousand written as k, in Latin or Cyrillic letters") {
    CHECK(first_amount("en", "I sent 500k sats to my Trezor") == "0.0050 BTC");
    CHECK(first_amount("en", "sold 2,5 mBTC") == "0.0025 BTC");
    CHECK(first_amount("en", "a deposit of 1k usdt") == "1000.0000 USDT");
    CHECK(first_amount("ru", "последний деп — 500к сатох с трезора") == "0.0050 BTC");
    CHECK(first_amount("ru", "500 кг") == "500.0000 ");  // a Cyrillic k glued to a word is no thousand
}

TEST_CASE("shorthand: Russian chat slang for coins, dollars, a half and a thousand") {
    CHECK(first_amount("ru", "баланс щас примерно 0.08 битка") == "0.0800 BTC");
    CHECK(first_amount("ru", "вывод — пол эфира на метамаск") == "0.5000 ETH");
    CHECK(first_amount("ru", "до этого косарь юсдт с байбита") == "1000.0000 USDT");
    CHECK(first_amount("ru", "сола на 300 баксов") == "300.0000 USD");
    CHECK(first_date("ru", "вывод — пол эфира на метамаск, числа 20го") == "2026-02-20/day");
    const auto claims = claims_of("последний деп — 500к сатох с холодного кошелька, 2 марта");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].topic == "last_deposit");
}

TEST_CASE("shorthand: Taiwan's Minguo years, with the prefix or three digits") {
    CHECK(first_date("zh", "開戶時間：民國113年10月左右") == "2024-10/month");
    CHECK(first_date("zh", "最後一次入金：115/02/24 從 MAX 轉入") == "2026-02-24/day");
    CHECK(first_date("zh", "115年1月初提到我自己的冷錢包") == "2026-01/month");
    CHECK(first_date("zh", "最後一次成功登入：115/3/6（五）晚上") == "2026-03-06/day");
    CHECK(first_date("zh", "24年3月开的户") != "1935-03/month");  // two digits without 民國: no Minguo year
    CHECK(first_date("en", "ticket 115/3/6") == "none");  // only where Chinese is written
}

TEST_CASE("shorthand: German day and month closed by a dot, weekdays with the part of the day") {
    CHECK(first_date("de", "Letzter Login: Donnerstag (12.02.), am PC") == "2026-02-12/day");
    CHECK(first_date("de", "am 3.5. bezahlt") == "none");     // one digit each: may end a sentence about a sum
    CHECK(first_date("de", "ich habe 2.5 BTC") == "none");
    CHECK(first_date("en", "on 12.02. I paid") == "none");     // only where the day comes first
    // 14 March 2026 is a Saturday: Thursday evening is the 12th, Saturday morning a week ago
    CHECK(first_date("de", "Letzter Login: Donnerstagabend am PC") == "2026-03-12/day");
    CHECK(first_date("de", "Am Samstagvormittag habe ich es probiert") == "2026-03-07/day");
}

TEST_CASE("shorthand: a phone named as just bought after its name, where the verb comes last") {
    const auto claims = claims_of("Ich habe mein altes Galaxy S21 in Zahlung gegeben und ein iPhone 16 gekauft.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].topic == "devices");
    const std::string value = claims[0].value.dump();
    CHECK(value.find("Galaxy S21") != std::string::npos);
    CHECK(value.find("iPhone") == std::string::npos);
    // The verb after another word is no marker of that device: "das iPhone habe ich 2023 gekauft".
    const auto used = claims_of("Geräte: das iPhone 13 und der PC, das iPhone habe ich 2023 gekauft.");
    bool iphone = false;
    for (const auto& c : used) iphone = iphone || (c.topic == "devices" && c.value.dump().find("iPhone") != std::string::npos);
    CHECK(iphone);
}

TEST_CASE("shorthand: a sum after a 'with' word is what a trade cost, not the coin bought") {
    const auto pt = claims_of("Com esses 800 comprei USDT no mesmo dia.");
    REQUIRE(pt.size() == 1);
    CHECK(pt[0].topic == "last_trade");
    CHECK(pt[0].value.value("asset", "") == "USDT");
    CHECK_FALSE(pt[0].value.contains("amount"));
    CHECK(pt[0].value.value("quote_amount", 0.0) == doctest::Approx(800));
    const auto it = claims_of("Ultima operazione: ho comprato ETH con i 2.000 di maggio.");
    REQUIRE(it.size() == 1);
    CHECK_FALSE(it[0].value.contains("amount"));
    // A sum with its own coin stays the amount: "with 0.5 ETH I bought BTC" traded the ETH.
    const auto own = claims_of("My last trade: I bought 0.02 BTC with 1000 USDT.");
    REQUIRE(own.size() == 1);
    CHECK(own[0].value.value("amount", 0.0) == doctest::Approx(0.02));
}

TEST_CASE("shorthand: a bare sum of a trade is in the coin bought, not the one it was paid with") {
    const auto zh = claims_of("最後一筆交易：同一天用這筆 USDT 買了 BTC，大約 0.02 顆。");
    REQUIRE(zh.size() == 1);
    CHECK(zh[0].topic == "last_trade");
    CHECK(zh[0].value.value("asset", "") == "BTC");
    CHECK(zh[0].value.value("amount", 0.0) == doctest::Approx(0.02));
    const auto ru = claims_of("Последняя сделка: купил эфир за USDT, где-то 0.4.");
    REQUIRE(ru.size() == 1);
    CHECK(ru[0].value.value("asset", "") == "ETH");
    // Without a "with" word the first coin named stays the sum's.
    const auto plain = claims_of("Последняя сделка: купил эфир и USDT, где-то 0.4.");
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].value.value("asset", "") == "ETH");
}

TEST_CASE("shorthand: a second factor the client wants to switch to is not the one they use") {
    bool totp = false;
    for (const auto& c : claims_of("Am liebsten würde ich danach gleich auf eine Authenticator-App umstellen."))
        totp = totp || (c.topic == "two_factor_method" && c.value.value("method", "") == "totp");
    CHECK_FALSE(totp);
    const auto en = claims_of("2FA: SMS, but I'd like to switch to Google Authenticator.");
    REQUIRE(en.size() == 1);
    CHECK(en[0].value.value("method", "") == "sms");
    // A switch made is the method now.
    const auto made = claims_of("2FA: I switched to Google Authenticator last year.");
    REQUIRE(made.size() == 1);
    CHECK(made[0].value.value("method", "") == "totp");
}

TEST_CASE("shorthand: last night, and the night just past, as a day") {
    CHECK(first_date("en", "Last login: last night, from my PC.") == "2026-03-13/day");
    CHECK(first_date("de", "Letzter Login: letzte Nacht am PC.") == "2026-03-13/day");
    CHECK(first_date("ko", "마지막 로그인은 어젯밤이었어요.") == "2026-03-13/day");
    CHECK(first_date("zh", "最後一次登入是昨晚。") == "2026-03-13/day");
    // said the morning after, "cette nuit" / "этой ночью" is the night that ends today
    CHECK(first_date("fr", "Dernière connexion : cette nuit, depuis mon PC.") == "2026-03-14/day");
    CHECK(first_date("ru", "Последний вход: этой ночью с ноутбука.") == "2026-03-14/day");
}

TEST_CASE("shorthand: a range whose multiplier is written once, after its high end") {
    const auto en = claims_of("Last trade – same night I bought BTC for around 49-50k.");
    REQUIRE(en.size() == 1);
    CHECK(en[0].value.value("quote_amount", 0.0) == doctest::Approx(49000));
    CHECK(en[0].value.value("quote_amount_to", 0.0) == doctest::Approx(50000));
    const auto plain = claims_of("Last deposit was between 0.2 and 0.3 BTC.");
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].value.value("amount", 0.0) == doctest::Approx(0.2));  // nothing to carry
}

TEST_CASE("shorthand: a month and a two-digit year, where no day and month can be read") {
    CHECK(first_date("pt", "Conta criada em 03/23") == "2023-03/month");
    CHECK(first_date("pt", "depósito em 03/04") == "2025-04-03/day");  // a day and a month first
    CHECK(first_date("en", "opened 03/23") == "2025-03-23/day");       // month first in English
    CHECK(first_date("pt", "em 03/27") == "none");                     // a year still to come
}

TEST_CASE("shorthand: French chat register for where and with what number") {
    const auto claims = claims_of("slt, jai bien reçu vos questions, jvous rep vite fait :\n- je me co de chez moi à Paris\n"
                                  "- mon num cest tjr le meme 06 71 52 08 36\nmerci bcp");
    std::string topics;
    for (const auto& c : claims) topics += c.topic + " ";
    CHECK(topics == "usual_location phone ");
}

TEST_CASE("shorthand: where clients live and log in from, their numbers and balances, as round 12's replies put them") {
    auto topic_value = [](const std::vector<Claim>& cs, const std::string& topic, const std::string& key) {
        for (const auto& c : cs)
            if (c.topic == topic && c.value.contains(key)) return c.value[key].dump();
        return std::string("none");
    };
    const auto tr = claims_of("Hesap bana ait, Ankara'da oturuyorum ve hep evden (Çankaya) giriş yapıyorum.");
    CHECK(topic_value(tr, "residence_country", "city") == "\"Ankara\"");
    CHECK(topic_value(tr, "usual_location", "city") == "\"Ankara\"");  // "from home", the home named before
    const auto ru = claims_of("Живу в Астане, захожу всегда оттуда.");
    CHECK(topic_value(ru, "residence_country", "country") == "\"KZ\"");
    CHECK(topic_value(ru, "usual_location", "country") == "\"KZ\"");
    CHECK(topic_value(claims_of("Ich melde mich eigentlich immer von zu Hause in Stuttgart-Vaihingen an."), "usual_location", "city") == "\"Stuttgart\"");
    CHECK(topic_value(claims_of("Sou moradora de Curitiba/PR."), "residence_country", "city") == "\"Curitiba\"");
    CHECK(topic_value(claims_of("Normally I log in only from Bangalore."), "usual_location", "city") == "\"Bengaluru\"");
    CHECK(topic_value(claims_of("Ich wohne jetzt fest in Portugal."), "residence_country", "country") == "\"PT\"");
    CHECK(topic_value(claims_of("Celular cadastrado: (41) 99812-4407."), "phone", "phone") == "\"41998124407\"");
    CHECK(topic_value(claims_of("Cep telefonum: 0532 418 07 63."), "phone", "phone") == "\"05324180763\"");
    CHECK(topic_value(claims_of("번호는 010-4821-7736 그대로예요."), "phone", "phone") == "\"01048217736\"");
    CHECK(topic_value(claims_of("Tenho mais ou menos R$ 8 mil em bitcoin na conta."), "balance", "amount") == "8000.0");
    CHECK(topic_value(claims_of("hesapta şu an 10 bin küsur USDT var."), "balance", "asset") == "\"USDT\"");
    CHECK(topic_value(claims_of("Je suis client chez vous depuis 2017."), "account_created", "date") == "\"2017\"");
    CHECK(topic_value(claims_of("兩步驟驗證是用簡訊驗證碼。"), "two_factor_method", "method") == "\"sms\"");
    CHECK(topic_value(claims_of("我住在台北大安區，平常都是在家裡或上班的時候用手機登入。"), "usual_location", "city") == "\"Taipei\"");
    // "0.03 顆比特幣": a counter word between the sum and its coin
    const auto zh = claims_of("之後把 0.03 顆比特幣賣掉，想領十萬台幣出來");
    CHECK(topic_value(zh, "last_trade", "asset") == "\"BTC\"");
    CHECK(topic_value(zh, "last_trade", "amount") == "0.03");
    // "Garanti hesabıma çektim" (to my bank account) is no balance
    CHECK(topic_value(claims_of("Sadece Ocak'ta bir kere biraz USDT satıp 4 bin TL'yi Garanti hesabıma çektim."), "balance", "amount") == "none");
}
