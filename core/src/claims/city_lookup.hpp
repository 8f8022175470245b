#pragma once
// "I live in Riga", "Ich wohne in Hannover", "Je vis à Nantes", "moro em Curitiba", "İzmir'den":
// a city the claims lexicons do not list (claims_places.json and city_names.json hold the cities
// clients name most, in all nine scripts), found in the gazetteer (GeoNames) when a Latin-script
// name with a capital stands after a place preposition or carries a Turkish case suffix.

#include <optional>
#include <string_view>

#include "claims/text.hpp"
#include "claims/values.hpp"

namespace ownercheck::claims {

// The first such city in folded `seg` between `from` and `cut` (byte offsets in seg.text), or none.
// Only cities of at least min_population count: a small town of the same name as a word ("March",
// "Orange") must not become the client's home.
std::optional<PlaceFound> city_from_gazetteer(const Folded& seg, std::string_view original, size_t from, size_t cut);

// "Porto Alegre", "San Jose del Monte": a listed city name (at [pos, pos + len) in seg.text) that
// capitalised words after it make the start of a longer city's name in the gazetteer. Returns that
// city, or none when the listed name stands alone.
std::optional<PlaceFound> longer_city_name(const Folded& seg, std::string_view original, size_t pos, size_t len, size_t cut);

}  // namespace ownercheck::claims
