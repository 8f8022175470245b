#pragma once
// Text helpers for reading client prose in nine languages without a locale: UTF-8 decoding, a
// "folded" form (lower case, Latin accents removed) that keeps a map back to the original bytes,
// and phrase matching that respects word boundaries in alphabetic scripts but not in CJK/Hangul,
// where words are not separated by spaces (Korean particles attach to the noun).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::claims {

// Decodes one code point at s[i], advancing i; invalid bytes decode as U+FFFD one byte at a time.
char32_t next_cp(std::string_view s, size_t& i);

bool is_cjk(char32_t cp);     // Han, kana, Hangul, CJK punctuation
bool is_letter(char32_t cp);  // letters of the scripts we read (Latin, Cyrillic, CJK, Hangul)
bool is_hangul(char32_t cp);  // Hangul syllables
// A letter of a spaced script or a digit: where a phrase needs a word boundary (CJK has none).
bool wordish(char32_t cp);
// The code point ending just before byte `pos` / starting at `pos` (0 at either end of `s`).
char32_t cp_before(std::string_view s, size_t pos);
char32_t cp_at(std::string_view s, size_t pos);
// How many words stand in a gap of folded text: space-separated runs, and in CJK/Hangul every
// character (no spaces to count by there).
size_t words_between(std::string_view gap);

// Folded text: lower case, Latin diacritics removed (é→e, ç→c, ş→s, ı→i, ß→ss), Cyrillic lower
// case (ё→е), full-width digits/ASCII to ASCII, NBSP/thin spaces to ' '. origin[k] is the byte
// offset in the source of folded byte k; origin has one extra entry for the end.
struct Folded {
    std::string text;
    std::vector<size_t> origin;
};
Folded fold(std::string_view s);
std::string fold_str(std::string_view s);  // just the text

// Finds `phrase` (already folded) in folded `hay` from `from`, honouring word boundaries at both
// ends for alphabetic text. A trailing '*' in the phrase allows any word continuation (a stem:
// "deposit*" matches "deposited"). Returns npos when absent; match_len receives the matched length.
size_t find_phrase(std::string_view hay, std::string_view phrase, size_t from = 0, size_t* match_len = nullptr);
bool contains_phrase(std::string_view hay, std::string_view phrase);

std::string trim(std::string_view s);
// trim, and also the punctuation of any script at both ends ("：王芳", "김지우.", "« Marie »"):
// what is left starts and ends with a letter or a digit.
std::string trim_punct(std::string_view s);
std::vector<std::string_view> split_lines(std::string_view text);  // keeps empty lines, strips \r

}  // namespace ownercheck::claims
