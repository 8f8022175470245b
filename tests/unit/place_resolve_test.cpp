// Place resolution in the nine answer languages, folding, distance, and degradation without the
// cities table.
#include <doctest/doctest.h>

#include <cmath>

#include "enrich/gazetteer.hpp"
#include "enrich/geo_text.hpp"
#include "enrich/tables.hpp"
#include "ip_data_support.hpp"
#include "util/embedded_data.hpp"

using namespace ownercheck;

namespace {
bool with_cities() {
    std::string errors;
    test_support::load_tables(errors);
    if (TableStore::global().has("cities")) return true;
    REQUIRE_MESSAGE(!test_support::tables_required(), "cities table not found");
    MESSAGE("cities table not generated in this build tree: city checks skipped");
    return false;
}
}  // namespace

TEST_CASE("name folding") {
    CHECK(fold_name("München") == "munchen");
    CHECK(fold_name("  São   Paulo ") == "sao paulo");
    CHECK(fold_name("Straße") == "strasse");
    CHECK(fold_name("Łódź") == "lodz");
    CHECK(fold_name("İstanbul") == "istanbul");
    CHECK(fold_name("Frankfurt-am-Main") == "frankfurt am main");
    CHECK(fold_name("ГЕРМАНИЯ") == "германия");
    CHECK(fold_name("Ёлки") == "елки");
    CHECK(fold_name("독일") == "독일");
    CHECK(fold_name(std::string("a\xff\xfe b")) == "a b");
}

TEST_CASE("great-circle distance") {
    CHECK(distance_km(0, 0, 0, 0) == 0);
    // Berlin - Lagos about 4,980 km; Frankfurt - Munich about 300 km.
    CHECK(std::abs(distance_km(52.52437, 13.41053, 6.45407, 3.39467) - 5225) < 60);
    CHECK(std::abs(distance_km(50.11552, 8.68417, 48.13743, 11.57549) - 304) < 5);
    CHECK(std::abs(distance_km(0, 0, 0, 180) - 20015.1) < 1);
}

TEST_CASE("countries in the nine languages, and codes") {
    const char* germany[] = {"Germany", "Allemagne", "Alemanha", "Deutschland", "Germania", "Германия", "Almanya", "德国", "독일", "DE", "DEU"};
    for (const char* q : germany) {
        const Place p = find_country(q);
        CHECK_MESSAGE(p.ok, q);
        CHECK_MESSAGE(p.country == "DE", q);
    }
    CHECK(resolve_place("Brasil").country == "BR");
    CHECK(resolve_place("Brésil").country == "BR");
    CHECK(resolve_place("Türkiye").country == "TR");
    CHECK(resolve_place("Россия").country == "RU");
    CHECK(resolve_place("Corée du Sud").country == "KR");
    CHECK(resolve_place("日本").country == "JP");
    CHECK(resolve_place("美国").country == "US");
    CHECK(resolve_place("미국").country == "US");
    CHECK(resolve_place("Regno Unito").country == "GB");
    CHECK(resolve_place("Estados Unidos").country == "US");
    CHECK(resolve_place("Francia").country == "FR");
    CHECK(resolve_place("Fransa").country == "FR");
    CHECK(!find_country("de").ok);  // lower-case alpha-2 is a word, not a code
    CHECK(!find_country("Atlantis").ok);
}

TEST_CASE("cities: names, exonyms in the nine languages, qualifiers") {
    if (!with_cities()) return;
    struct Q { const char* query; const char* name; const char* cc; };
    const Q cases[] = {
        {"Frankfurt", "Frankfurt am Main", "DE"}, {"Frankfurt am Main/DE", "Frankfurt am Main", "DE"},
        {"München", "Munich", "DE"}, {"Munich", "Munich", "DE"}, {"Munique", "Munich", "DE"},
        {"Monaco di Baviera", "Munich", "DE"}, {"Мюнхен", "Munich", "DE"}, {"Münih", "Munich", "DE"},
        {"慕尼黑", "Munich", "DE"}, {"뮌헨", "Munich", "DE"}, {"São Paulo, Brasil", "São Paulo", "BR"},
        {"Sao Paulo", "São Paulo", "BR"}, {"Lyon (FR)", "Lyon", "FR"}, {"Lagos, Portugal", "Lagos", "PT"},
        {"Lagos", "Lagos", "NG"}, {"Moscou", "Moscow", "RU"}, {"Moskau", "Moscow", "RU"}, {"Москва", "Moscow", "RU"},
        {"Moskova", "Moscow", "RU"}, {"北京", "Beijing", "CN"}, {"서울", "Seoul", "KR"}, {"Lisboa", "Lisbon", "PT"},
        {"Londres", "London", "GB"}, {"Wien", "Vienna", "AT"}, {"Köln", "Köln", "DE"}, {"Cologne", "Köln", "DE"},
        {"Athens, Greece", "Athens", "GR"}, {"Athens, USA", "Athens", "US"}, {"Paris, France", "Paris", "FR"},
        {"Berlin/Allemagne", "Berlin", "DE"}, {"İstanbul", "Istanbul", "TR"}, {"Frankfurt am Main, Hessen", "Frankfurt am Main", "DE"},
        {"Queretaro", "Santiago de Querétaro", "MX"}, {"Hanoi, Vietnam", "Hanoi", "VN"},
    };
    for (const auto& c : cases) {
        const Place p = resolve_place(c.query);
        CHECK_MESSAGE(p.ok, c.query << ": " << p.error);
        CHECK_MESSAGE(p.name == c.name, c.query << " -> " << p.name);
        CHECK_MESSAGE(p.country == c.cc, c.query << " -> " << p.country);
        CHECK(p.kind == "city");
    }
    const Place f = resolve_place("Frankfurt");
    CHECK(std::abs(f.lat - 50.1155) < 0.01);
    CHECK(std::abs(f.lon - 8.6842) < 0.01);
    CHECK(!resolve_place("Xyzzyville").ok);
    CHECK(!resolve_place("").ok);
    CHECK(!resolve_place(std::string(5000, 'a')).ok);
    CHECK(describe_place("München")["country"] == "DE");
    CHECK(describe_place("nowhere at all")["error"].is_string());
}

TEST_CASE("every key of core/data/city_names.json names a city in the table") {
    if (!with_cities()) return;
    // Plain loop variables: clang 14 (Emscripten's) cannot capture structured bindings in CHECK.
    for (const auto& item : data_table("city_names.json").at("cities").items()) {
        const std::string key = item.key();
        const auto& names = item.value();
        const size_t slash = key.rfind('/');
        REQUIRE(slash != std::string::npos);
        const Place p = find_city(key.substr(0, slash), key.substr(slash + 1));
        CHECK_MESSAGE(p.ok, key);
        CHECK_MESSAGE(p.name == key.substr(0, slash), key);
        CHECK(names.size() >= 2);
    }
}
