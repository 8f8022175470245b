#pragma once
// Cardinal numbers written in words, in one language's words (LangLex::spelled): "two thousand
// five hundred", "deux mille cinq cents", "quatre-vingt-dix", "mil e quinhentos",
// "zweitausendfünfhundert", "fünfundzwanzig", "millecinquecento", "полторы тысячи", "bin beş
// yüz", "一千二百", "两万", "오백만". Only the number is read here; whether it is a sum (a currency
// after it) is the amount reader's business.

#include <string_view>
#include <vector>

#include "claims/lexicon.hpp"

namespace ownercheck::claims {

struct SpelledNumber {
    size_t pos = 0, len = 0;  // the words, in folded text
    double value = 0;         // 1.5 for "anderthalb", "полторы", "bir buçuk"
    int parts = 0;            // number words read, joiners aside: "two thousand" has 2
    bool ambiguous = false;   // one word that is also an article or a pronoun ("ein", "bir", "이")
    bool ends_in_million = false;  // "un million", where a link ("d'", "de", "di") may come before the currency
};

// The numbers in `folded`, left to right, each read as far as it goes and ending at a word
// boundary. A number starts at a word start (in Korean, after anything but Hangul; in Chinese,
// anywhere).
std::vector<SpelledNumber> find_spelled_numbers(std::string_view folded, const LangLex& lex);

}  // namespace ownercheck::claims
