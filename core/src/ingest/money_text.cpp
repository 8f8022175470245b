#include "ingest/money_text.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

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

bool read_money_words(std::string_view text, Event& ev, char decimal_mark) {
    // The first part of the line, before the tool's " · " details.
    for (std::string_view sep : {"\xC2\xB7", " | "})
        if (const size_t at = text.find(sep); at != std::string_view::npos) text = text.substr(0, at);
    std::vector<std::string_view> words;
    for (size_t i = 0; i < text.size();) {
        while (i < text.size() && text[i] == ' ') ++i;
        const size_t start = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    for (size_t k = 0; k + 1 < words.size(); ++k) {
        const bool number_first = is_digit(words[k].front()), number_second = is_digit(words[k + 1].front());
        if (number_first == number_second) continue;
        // A code in capitals ("EUR", "BTC"), not a word ("User 4402716", "Order 88120391"), beside a
        // sum, not an identifier of seven digits or more.
        const std::string_view code = number_first ? words[k + 1] : words[k], number = number_first ? words[k] : words[k + 1];
        if (!std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || is_digit(c); })) continue;
        if (number.size() >= 7 && std::all_of(number.begin(), number.end(), is_digit)) continue;
        const std::string pair = std::string(words[k]) + " " + std::string(words[k + 1]);
        double sum = 0;
        std::string coin;
        if (!sum_with_coin(pair, decimal_mark, sum, coin)) continue;
        ev.amount = sum;
        ev.asset_raw = coin;
        return true;
    }
    return false;
}

}  // namespace ownercheck::ingest
