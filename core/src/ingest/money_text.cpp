#include "ingest/money_text.hpp"

#include <cmath>
#include <string>

#include "ingest/assets.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

// A coin's code as written beside a sum: 2 to 6 letters and digits, a letter first.
bool coin_code(std::string_view u) {
    if (u.size() < 2 || u.size() > 6 || !is_alpha(u[0])) return false;
    for (char c : u)
        if (!is_alnum(c)) return false;
    return true;
}

bool sum_with_coin(std::string_view part, char decimal_mark, double& sum, std::string& coin) {
    std::string unit;
    const auto x = parse_amount(trim(part), &unit, decimal_mark);
    if (!x || !coin_code(unit)) return false;
    sum = *x;
    coin = unit;
    return true;
}

}  // namespace

bool read_money_text(std::string_view text, Event& ev, char decimal_mark) {
    if (const size_t note = text.find('('); note != std::string_view::npos) text = text.substr(0, note);
    text = trim(text);
    if (text.empty() || text.size() > 80) return false;
    std::string_view first = text, second;
    for (std::string_view sep : {" / ", " for ", " -> ", " → "})
        if (const size_t at = text.find(sep); at != std::string_view::npos) {
            first = text.substr(0, at);
            second = text.substr(at + sep.size());
            break;
        }
    double sum = 0;
    std::string coin;
    if (!sum_with_coin(first, decimal_mark, sum, coin)) return false;
    ev.amount = sum;
    ev.asset_raw = coin;
    if (!second.empty() && sum_with_coin(second, decimal_mark, sum, coin)) {
        ev.counter_amount = std::fabs(sum);
        ev.counter_asset = normalize_asset(coin);
    }
    return true;
}

}  // namespace ownercheck::ingest
