#pragma once
// Asset codes as exchanges write them -> plain tickers (core/data/kraken_assets.json).

#include <string>
#include <string_view>
#include <utility>

namespace ownercheck::ingest {

// "XXBT" -> BTC, "ZEUR" -> EUR, "ADA.S" -> ADA, "DOT28.S" -> DOT, "btc" -> BTC. Unknown codes
// come back upper-cased as written.
std::string normalize_asset(std::string_view code);
bool is_fiat(std::string_view ticker);
// A trading pair split into (base, quote) raw codes: "XXBTZEUR" -> (XXBT, ZEUR), "ETH/USD",
// "ADA-EUR". Empty strings when it cannot be split.
std::pair<std::string, std::string> split_pair(std::string_view pair);

}  // namespace ownercheck::ingest
