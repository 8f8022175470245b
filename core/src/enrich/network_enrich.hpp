#pragma once
// The network and place part of the enrich stage: fills Event::network, lat/lon/located and
// location_precision; fills a missing asn/org/country from the IP tables (ip_table_filled);
// normalises a country given by name ("Germany", "Alemanha") to its ISO alpha-2 code. Adds a
// note to Analysis::notes when a table it needed was not loaded or a city was not found.

#include "model/analysis.hpp"

namespace ownercheck {

void enrich_networks_and_places(Analysis& a);

}  // namespace ownercheck
