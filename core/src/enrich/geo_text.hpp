#pragma once
// Text folding for place names and great-circle distance.

#include <string>
#include <string_view>

namespace ownercheck {

// Lower case, Latin diacritics removed (München -> munchen, São -> sao, Straße -> strasse,
// Łódź -> lodz), Cyrillic lower-cased (Ё -> е), punctuation and spacing collapsed to single
// spaces. CJK and other scripts pass through unchanged. Invalid UTF-8 bytes are dropped.
std::string fold_name(std::string_view s);

// Great-circle (haversine) distance in km on a sphere of the mean Earth radius, 6371.0088 km.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace ownercheck
