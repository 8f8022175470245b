#pragma once
// Amounts and assets in client prose: "1,553.89 usdt", "1.432,41 Ripple", "1 234,56 €", "0,5 BTC",
// "$1,019", "R$ 200", "about 1500 EUR", "~0.3 bitcoin", "500欧元". Separators are read from the
// number's shape first; a lone "1.432" or "1,553" is ambiguous and read by the language's habit,
// with the other reading kept as `alt` for the checkers.

#include <string>
#include <string_view>
#include <vector>

#include "claims/lexicon.hpp"

namespace ownercheck::claims {

struct AssetFound {
    size_t pos = 0, len = 0;
    std::string ticker;
    bool fiat = false;
    bool paid_with = false;  // "用這筆 USDT 買了 BTC", "with my USDT": what a trade was paid in
};

struct AmountFound {
    size_t pos = 0, len = 0;  // the number and any attached asset, in folded text
    double value = 0;
    bool has_alt = false;
    double alt = 0;
    int decimals = 0;          // digits after the decimal separator as written
    bool approx = false;       // "about", "~", "environ"...
    // "entre 0,2 et 0,3 BTC", "700–800 евро", "0.3个左右,也可能是0.25": a range; value is its low
    // end, to its high end.
    bool has_to = false;
    double to = 0;
    std::string asset;         // ticker attached to the number, "" when none
    bool fiat = false;
    // "com esses 800 comprei USDT", "con i 2.000 di maggio ho comprato ETH", "with the 500 I
    // bought BTC": a sum without its own asset after a "with" word is what a trade cost.
    bool paid_with = false;
    // "$1,500": the bare dollar sign, which Australians, Canadians, Mexicans... write for their own
    // dollar or peso; the asset says USD, and the checker accepts the ledger's own dollar.
    bool dollar_sign = false;
};

// Reads a number as written ("1,234.56", "1.234,56", "1 234,56", "0,5"); false when not a number.
bool parse_number(std::string_view raw, const LangLex& lex, double& value, bool& has_alt, double& alt, int& decimals);

// Assets named in `folded`, in order; with `lex`, each says whether a "with" word stands before it.
std::vector<AssetFound> find_assets(std::string_view folded, const LangLex* lex = nullptr);
// Amounts outside the spans in `skip` (dates already read), in order. Two sums joined as a range
// or an alternative are one amount with both ends; a price ("BTC şu an 95 bin dolar", "adesso
// vale 95 mila") and a wish ("magari ne avessi 1 intero") are not amounts of the client's.
std::vector<AmountFound> find_amounts(std::string_view folded, const LangLex& lex, const std::vector<std::pair<size_t, size_t>>& skip);

}  // namespace ownercheck::claims
