#pragma once
// Upper and lower case, by code point and without a locale (so native and wasm agree), for the
// alphabets of the nine answer languages: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic.
// One table for every stage: ingest folds capitalised headers and month names ("Время",
// "Şubat"), claims tells a lower-case word after a dot ("руб. вчера") from a new sentence.

namespace ownercheck {

// The lower-case partner of cp, or cp when it has none here. Turkish dotted İ becomes 'i'.
constexpr char32_t lower_cp(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
    if (cp == 0x130) return 'i';
    // Latin Extended-A comes in (upper, lower) pairs, even-odd except in two runs that are odd-even.
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1u;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1u) ? cp + 1 : cp;
    if (cp == 0x178) return 0xFF;
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;
    if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
    return cp;
}

// A lower-case letter of those alphabets (ß, ı, ĸ, ŉ and ſ included: they have no capital here).
constexpr bool is_lower_cp(char32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x131 || cp == 0x138 || cp == 0x149) return true;
        const bool odd_even = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        return odd_even ? cp % 2 == 0 : cp % 2 == 1;
    }
    if (cp >= 0x3B1 && cp <= 0x3C9) return true;  // Greek α..ω, ς
    return cp >= 0x430 && cp <= 0x45F;            // Cyrillic а..я, ѐ..џ
}

}  // namespace ownercheck
