// Cities the claims lexicons do not list, found in the gazetteer after a place preposition (or a
// Turkish case suffix), Latin script, capitalised, big enough not to be a word that is also a town.
#include <doctest/doctest.h>

#include <string>

#include "claims/city_lookup.hpp"
#include "claims/text.hpp"
#include "claims/values.hpp"
#include "ip_data_support.hpp"
#include "test_support.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;

namespace {

std::string city_of(const std::string& sentence) {
    const Folded f = fold(sentence);
    const auto p = city_from_gazetteer(f, sentence, 0, f.text.size());
    return p ? p->city + "/" + p->country + " '" + p->city_raw + "'" : "none";
}

}  // namespace

TEST_CASE("claims: a city from the gazetteer after a place preposition, in the Latin-script languages") {
    std::string errors;
    test_support::load_tables(errors);
    REQUIRE_MESSAGE(errors.empty(), errors);
    CHECK(city_of("I live in Riga.") == "Riga/LV 'Riga'");
    CHECK(city_of("Ich wohne in Hannover und logge mich von dort ein.") == "Hannover/DE 'Hannover'");
    CHECK(city_of("Je vis à Nantes") == "Nantes/FR 'Nantes'");
    CHECK(city_of("moro em Curitiba") == "Curitiba/BR 'Curitiba'");
    CHECK(city_of("Genelde Bursa'dan bağlanıyorum") == "Bursa/TR 'Bursa'");
    // not a place: a month, a browser, a lower-case word, a bank
    CHECK(city_of("I usually log in in March") == "none");
    CHECK(city_of("I usually log in from Chrome") == "none");
    CHECK(city_of("I log in from home") == "none");
    CHECK(city_of("the money came from my bank") == "none");
    // the answer after a label's colon: "Wohnort: Leipzig", "Residence: Randburg"
    CHECK(city_of("Wohnort: Leipzig (Südvorstadt)") == "Leipzig/DE 'Leipzig'");
    CHECK(city_of("Residence: Randburg") == "Randburg/ZA 'Randburg'");
    CHECK(city_of("2FA: Google Authenticator") == "none");
}

TEST_CASE("claims: a listed city that begins a longer city's name is the longer city") {
    std::string errors;
    test_support::load_tables(errors);
    REQUIRE_MESSAGE(errors.empty(), errors);
    auto place_of = [](const std::string& sentence) {
        const Folded f = fold(sentence);
        const auto p = find_place(f, sentence, 0);
        return p ? p->city + "/" + p->country : "none";
    };
    CHECK(place_of("Acesso sempre de Porto Alegre.") == "Porto Alegre/BR");
    CHECK(place_of("moro em Porto Alegre, Brasil") == "Porto Alegre/BR");
    CHECK(place_of("I live in Porto, Portugal") == "Porto/PT");
    CHECK(place_of("Vivo a Porto. Alegre di essere qui") == "Porto/PT");  // a sentence's end stops the name
}
