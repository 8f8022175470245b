#include "claims/language.hpp"

#include <map>

#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

LanguageGuess detect_language(std::string_view text) {
    int hangul = 0, han = 0, kana = 0, cyr = 0;
    std::map<std::string, int> score;
    size_t i = 0;
    while (i < text.size()) {
        const char32_t cp = next_cp(text, i);
        if (cp >= 0xAC00 && cp <= 0xD7AF) ++hangul;
        else if (cp >= 0x3040 && cp <= 0x30FF) ++kana;
        else if (cp >= 0x4E00 && cp <= 0x9FFF) ++han;
        else if (cp >= 0x400 && cp <= 0x4FF) ++cyr;
        // letters that only one of our Latin-script languages writes
        else if (cp == 0xE3 || cp == 0xF5 || cp == 0xC3 || cp == 0xD5) score["pt"] += 3;  // ã õ
        else if (cp == 0x11F || cp == 0x15F || cp == 0x131 || cp == 0x130 || cp == 0x15E || cp == 0x11E) score["tr"] += 3;  // ğ ş ı İ
        else if (cp == 0xDF || cp == 0xE4 || cp == 0xC4) score["de"] += 3;  // ß ä
        else if (cp == 0xEA || cp == 0xE8 || cp == 0xEE || cp == 0xFB) score["fr"] += 1;  // ê è î û
        else if (cp == 0xF2 || cp == 0xEC) score["it"] += 2;  // ò ì
    }
    if (hangul >= 2) return {"ko", hangul};
    if (han + kana >= 2) return {"zh", han};
    if (cyr >= 3) return {"ru", cyr};

    const std::string f = fold_str(text);
    for (const auto& lex : lexicons()) {
        if (lex.lang == "zh" || lex.lang == "ko" || lex.lang == "ru") continue;
        for (const auto& w : lex.detect) {
            size_t from = 0, len = 0;
            for (size_t pos; (pos = find_phrase(f, w, from, &len)) != std::string::npos; from = pos + len) score[lex.lang] += 1;
        }
    }
    LanguageGuess best{"en", 0};
    for (const auto& lex : lexicons()) {  // fixed order: ties go to the earlier language
        auto it = score.find(lex.lang);
        if (it != score.end() && it->second > best.score) best = {lex.lang, it->second};
    }
    return best;
}

}  // namespace ownercheck::claims
