#pragma once
// Which of the nine reply languages a piece of text is in: the script decides for Korean, Chinese
// and Russian; function words (from each lexicon's "detect" list) and letters only one language
// uses (ã, ğ, ß) decide among the Latin-script ones.

#include <string>
#include <string_view>

namespace ownercheck::claims {

struct LanguageGuess {
    std::string lang;  // en fr pt de it ru tr zh ko
    int score = 0;     // evidence strength; 0 means a guess (English by default)
};

LanguageGuess detect_language(std::string_view text);

}  // namespace ownercheck::claims
