#include "ingest/money_text.hpp"

#include <algorithm>
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
    // The sum leads ("USDT 500 (TRC20 …)") or sits in the note after the status ("Ausgeführt
    // (0,05 BTC, bekannte Adresse)", "Held (0.61 BTC → bc1q…)").
    if (const size_t note = text.find('('); note != std::string_view::npos) {
        std::string_view inside = text.substr(note + 1);
        inside = inside.substr(0, std::min(inside.find(')'), inside.find(", ")));  // "0,05 BTC, known address"
        text = text.substr(0, note);
        if (read_money_text(text, ev, decimal_mark)) return true;
        text = inside;
    }
    text = trim(text);
    if (text.empty() || text.size() > 80) return false;
    std::string_view first = text, second;
    for (std::string_view sep : {" / ", " for ", " für ", " pour ", " por ", " per ", " за ", " -> ", " → "})
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
