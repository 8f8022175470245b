// Russian in Latin letters: recognised (and nothing else is), written in Cyrillic with the map back
// to the client's letters, and read end to end so claims quote the Latin original.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claims/translit.hpp"
#include "claims_test_support.hpp"
#include "test_support.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;

namespace {

const char* const kTranslit[] = {
    "Zdravstvujte! Akkaunt otkryl v kontse 2020 ili v nachale 2021. 1000 evro perevodom iz Swedbank v kontse ijulja. "
    "Vyvodil v ijune kazhetsja, 0.05 BTC. iPhone 15 i MacBook Air. Obychno iz Rigi, iz doma. V subbotu utrom, s telefona.",
    "Dobryj den. Ja zaregistrirovalsya v marte 2022 goda, poslednij raz popolnil schet na 500 dollarov v oktyabre. "
    "Zakhozhu obychno s noutbuka, inogda s telefona Samsung. Spasibo!",
    "Privet, ya ne mogu voiti v akkaunt. Poslednij vhod byl vchera vecherom, iz Berlina. Ispol'zuju Google Authenticator. "
    "Pozhalujsta pomogite.",
    "zdravstvuite, eto moj akkaunt, ja ego otkryla v yanvare 2021. posledniy vyvod byl 0.1 ETH v sentyabre, tochno ne pomnyu kogda.",
};

const char* const kOther[] = {
    "Hello, I opened my account in early 2021. My last deposit was 1000 EUR by SEPA from Swedbank at the end of July. "
    "I use an iPhone 15 and a MacBook Air, usually from Riga, from home. Please help me reset 2FA, thank you.",
    "Bonjour, j'ai ouvert mon compte en 2021, je ne me souviens pas de la date exacte. Mon dernier dépôt était de 500 euros "
    "par virement. Je me connecte depuis Lyon, sur mon iPhone. Merci de votre aide.",
    "Olá, abri a minha conta em janeiro de 2021. O último depósito foi de 1000 euros na semana passada, do Millennium. "
    "Uso um iPhone e acedo sempre de casa, em Lisboa. Não tenho mais o telefone. Obrigado.",
    "Hallo, ich habe das Konto Anfang 2021 eröffnet. Die letzte Einzahlung war ja 1000 Euro per SEPA, Ende Juli. "
    "Ich nutze ein iPhone 15 und melde mich meistens von zu Hause in Köln an. Danke!",
    "Buongiorno, ho aperto il conto a marzo 2021. L'ultimo deposito è stato di 500 euro a luglio, non ricordo il giorno. "
    "Uso un iPhone e mi collego di solito da Milano. Grazie mille.",
    "Merhaba, hesabımı 2021 başında açtım. Son para yatırma işlemim temmuz sonunda 1000 euro idi. Telefona SMS geliyor, "
    "ne yapacağımı bilmiyorum. Genelde Antalya'dan, evden giriyorum. Teşekkürler.",
};

std::string answers_of(const std::string& path) {
    std::ifstream in(path);
    const auto j = nlohmann::json::parse(in);
    std::string out;
    for (const auto& e : j["evidence"])
        if (e.value("kind", std::string()) != "logs") out += e.value("text", std::string()) + "\n";
    return out;
}

}  // namespace

TEST_CASE("translit: Russian in Latin letters is recognised") {
    for (const char* t : kTranslit) {
        CAPTURE(t);
        CHECK(reads_as_latin_russian(t));
    }
    CHECK(reads_as_latin_russian(answers_of(test_support::source_path("tests/corpus/blind_cases/cases/B-0173.json"))));
}

TEST_CASE("translit: English, French, Portuguese, German, Italian, Turkish and Cyrillic Russian are not") {
    for (const char* t : kOther) {
        CAPTURE(t);
        CHECK_FALSE(reads_as_latin_russian(t));
    }
    CHECK_FALSE(reads_as_latin_russian("Здравствуйте, аккаунт открыл в конце 2020 года, выводил в июне"));
    // every other reply of the blind corpus, in the nine languages
    int read = 0;
    for (const auto& f : std::filesystem::directory_iterator(test_support::source_path("tests/corpus/blind_cases/cases"))) {
        if (f.path().filename() == "B-0173.json") continue;
        CAPTURE(f.path().filename().string());
        CHECK_FALSE(reads_as_latin_russian(answers_of(f.path().string())));
        ++read;
    }
    CHECK(read > 100);
}

TEST_CASE("translit: Latin to Cyrillic, names and numbers kept") {
    auto cyr = [](const std::string& s) { return transliterate(s).text; };
    CHECK(cyr("Vyvodil v ijune kazhetsja") == "выводил в июне кажется");
    CHECK(cyr("v kontse ijulja") == "в конце июля");
    CHECK(cyr("v yanvare, v iyune, v sentyabre") == "в январе, в июне, в сентябре");
    CHECK(cyr("eshche, shchas, zhena, khorosho, chto") == "еще, щас, жена, хорошо, что");
    CHECK(cyr("novyj, novyy, moy, kakoj") == "новый, новый, мой, какой");
    CHECK(cyr("eto schet") == "это счет");
    CHECK(cyr("den' ochen`") == "день очень");
    CHECK(cyr("1000 evro perevodom iz Swedbank (SEPA)") == "1000 евро переводом из Swedbank (SEPA)");
    CHECK(cyr("iPhone 15 i MacBook Air") == "iPhone 15 и MacBook Air");
    CHECK(cyr("V tot zhe den kupil") == "в тот же день купил");
    CHECK(cyr("Google Authenticator, stojal na ajfone") == "Google Authenticator, стоял на айфоне");
    CHECK(cyr("pishu na d.sokolovs@inbox.lv") == "пишу на d.sokolovs@inbox.lv");
    CHECK(cyr("0.05 BTC na svoj Trezor") == "0.05 BTC на свой Trezor");
}

TEST_CASE("translit: every Cyrillic byte maps back to the Latin letters it came from") {
    const std::string s = "Obychno iz Rigi, eshche v otele; iPhone 15";
    const Folded t = transliterate(s);
    REQUIRE(t.origin.size() == t.text.size() + 1);
    CHECK(t.origin.back() == s.size());
    for (size_t k = 0; k + 1 < t.origin.size(); ++k) CHECK(t.origin[k] <= t.origin[k + 1]);
    auto quote = [&](const std::string& cyr) {
        const size_t p = t.text.find(cyr);
        REQUIRE(p != std::string::npos);
        return s.substr(t.origin[p], t.origin[p + cyr.size()] - t.origin[p]);
    };
    CHECK(quote("обычно") == "Obychno");
    CHECK(quote("риги") == "Rigi");
    CHECK(quote("еще") == "eshche");
    CHECK(quote("iPhone") == "iPhone");
    // the folded form the reader works on maps into the original too
    const Folded f = fold_latin_russian(s);
    const size_t p = f.text.find("отеле");
    REQUIRE(p != std::string::npos);
    CHECK(s.substr(f.origin[p], f.origin[p + std::string("отеле").size()] - f.origin[p]) == "otele");
}

// account_created ("1) V kontse 2020 ili v nachale 2021") and last_login ("8) V subbotu utrom, s
// telefona") carry no cue: they answer numbered questions the reply does not quote, and are not
// read in the same reply in Cyrillic either.
TEST_CASE("translit: B-0173's Latin-letter reply yields its claims, quoted in Latin") {
    const std::string reply = answers_of(test_support::source_path("tests/corpus/blind_cases/cases/B-0173.json"));
    const auto claims = claims_test::claims_of(reply, ownercheck::to_unix(2026, 8, 12, 7, 30, 0));
    std::set<std::string> topics;
    for (const auto& c : claims) {
        topics.insert(c.topic);
        CAPTURE(c.text);
        CHECK(c.language == "ru");
        CHECK(reply.find(c.text) != std::string::npos);  // the client's own words
        CHECK(std::none_of(c.text.begin(), c.text.end(), [](char ch) { return static_cast<unsigned char>(ch) == 0xD0 || static_cast<unsigned char>(ch) == 0xD1; }));
    }
    for (const char* t : {"last_deposit", "last_withdrawal", "last_trade", "devices", "two_factor_method", "usual_location"}) {
        CAPTURE(t);
        CHECK(topics.count(t) == 1);
    }
}
