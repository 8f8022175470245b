#include "claims/text.hpp"

#include "util/utf8.hpp"

namespace ownercheck::claims {

char32_t next_cp(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    int len = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b >> 6) != 2) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += len;
    return cp;
}

bool is_cjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xF900 && cp <= 0xFAFF);
}

bool is_letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x400 && cp <= 0x4FF) || is_cjk(cp);
}

// Base letters of U+00C0..U+017F, lower case, one entry per code point ('*' = not a letter).
static const char* const kLatinBase[] = {
    // C0..DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "*", "o", "u", "u", "u", "u", "y", "th", "ss",
    // E0..FF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "*", "o", "u", "u", "u", "u", "y", "th", "y"};

static const char* latin_ext_a(char32_t cp) {
    struct R { char32_t lo, hi; const char* base; };
    static const R ranges[] = {
        {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"}, {0x11C, 0x123, "g"},
        {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"}, {0x134, 0x135, "j"}, {0x136, 0x138, "k"},
        {0x139, 0x142, "l"}, {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"},
        {0x15A, 0x161, "s"}, {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
        {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}, {0x218, 0x219, "s"}, {0x21A, 0x21B, "t"}};
    for (const auto& r : ranges)
        if (cp >= r.lo && cp <= r.hi) return r.base;
    return nullptr;
}

static void fold_cp(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += (cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp + 32) : static_cast<char>(cp);
        return;
    }
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000) {
        out += ' ';
        return;
    }
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) { out += '\''; return; }
    if (cp >= 0x2010 && cp <= 0x2015) { out += '-'; return; }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
        fold_cp(cp - 0xFEE0, out);
        return;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        const char* b = kLatinBase[cp - 0xC0];
        if (b[0] != '*') {
            out += b;
            return;
        }
    }
    if (const char* b = latin_ext_a(cp)) {
        out += b;
        return;
    }
    if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
    else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
    if (cp == 0x451) cp = 0x435;  // ё is written е as often as not
    utf8_append(out, cp);
}

Folded fold(std::string_view s) {
    Folded f;
    f.text.reserve(s.size());
    f.origin.reserve(s.size() + 1);
    size_t i = 0;
    while (i < s.size()) {
        const size_t start = i;
        const char32_t cp = next_cp(s, i);
        const size_t before = f.text.size();
        fold_cp(cp, f.text);
        for (size_t k = before; k < f.text.size(); ++k) f.origin.push_back(start);
    }
    f.origin.push_back(s.size());
    return f;
}

std::string fold_str(std::string_view s) { return fold(s).text; }

char32_t cp_before(std::string_view s, size_t pos) {
    if (pos == 0) return 0;
    size_t k = pos - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) >> 6) == 2) --k;
    return next_cp(s, k);
}
char32_t cp_at(std::string_view s, size_t pos) {
    if (pos >= s.size()) return 0;
    return next_cp(s, pos);
}

bool wordish(char32_t cp) { return (is_letter(cp) && !is_cjk(cp)) || (cp >= '0' && cp <= '9'); }
bool is_hangul(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

size_t find_phrase(std::string_view hay, std::string_view phrase, size_t from, size_t* match_len) {
    bool stem = !phrase.empty() && phrase.back() == '*';
    if (stem) phrase.remove_suffix(1);
    if (phrase.empty()) return std::string_view::npos;
    size_t p0 = 0;
    const char32_t first = cp_at(phrase, p0);
    const char32_t last = cp_before(phrase, phrase.size());
    for (size_t pos = hay.find(phrase, from); pos != std::string_view::npos; pos = hay.find(phrase, pos + 1)) {
        // A boundary only matters where the phrase itself starts/ends with an alphabetic letter.
        if (wordish(first) && wordish(cp_before(hay, pos))) continue;
        size_t end = pos + phrase.size();
        if (stem) {
            while (end < hay.size()) {
                size_t k = end;
                if (!wordish(next_cp(hay, k))) break;
                end = k;
            }
        } else if (wordish(last) && wordish(cp_at(hay, end))) {
            continue;
        }
        if (match_len) *match_len = end - pos;
        return pos;
    }
    return std::string_view::npos;
}

bool contains_phrase(std::string_view hay, std::string_view phrase) { return find_phrase(hay, phrase) != std::string_view::npos; }

std::string trim(std::string_view s) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && ws(s.back())) s.remove_suffix(1);
    return std::string(s);
}

std::string trim_punct(std::string_view s) {
    // spaces and punctuation: ASCII, Latin-1 (« » ¿), general (– “ ” …), CJK (。、「」) and full-width (：，！)
    auto keep = [](char32_t cp) {
        const bool punct = cp <= 0x2F || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0xBF) ||
                           (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
                           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
        return !punct;
    };
    size_t b = 0;
    while (b < s.size()) {
        size_t k = b;
        if (keep(next_cp(s, k))) break;
        b = k;
    }
    size_t e = b, last = b;
    while (e < s.size()) {
        size_t k = e;
        if (keep(next_cp(s, k))) last = k;
        e = k;
    }
    return std::string(s.substr(b, last - b));
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(start, nl - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.push_back(line);
        if (nl == text.size()) break;
        start = nl + 1;
    }
    return out;
}

size_t words_between(std::string_view gap) {
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < gap.size();) {
        const char32_t cp = next_cp(gap, i);
        if (is_cjk(cp)) {
            ++words;
            in_word = false;
            continue;
        }
        const bool w = is_letter(cp) || (cp >= '0' && cp <= '9');
        if (w && !in_word) ++words;
        in_word = w;
    }
    return words;
}

}  // namespace ownercheck::claims
