#include "ingest/text.hpp"
#include "util/han_variants.hpp"
#include "util/unicode_case.hpp"
#include "util/utf8.hpp"

#include <array>
#include <cstring>

namespace ownercheck::ingest {

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (to_lower(a[i]) != to_lower(b[i])) return false;
    return true;
}

bool istarts_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && iequals(s.substr(0, p.size()), p); }

size_t ifind(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return std::string_view::npos;
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i)
        if (iequals(hay.substr(i, needle.size()), needle)) return i;
    return std::string_view::npos;
}

bool icontains(std::string_view hay, std::string_view needle) { return ifind(hay, needle) != std::string_view::npos; }

namespace {

// The lower case of a two-byte UTF-8 letter (b0 b1), written to out; false when it has none.
// Headers and values of localised panels are capitalised ("Événement", "Время", "Şehir", "Ülke"),
// while the vocabularies list them in lower case (util/unicode_case.hpp, no locale).
bool lower_utf8_pair(unsigned char b0, unsigned char b1, std::string& out) {
    const char32_t cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
    const char32_t lo = lower_cp(cp);
    if (lo == cp) return false;
    utf8_append(out, static_cast<uint32_t>(lo));
    return true;
}

}  // namespace

void normalize_key_into(std::string_view s, std::string& out) {
    out.clear();
    bool pending = false;
    const size_t n = s.size();
    for (size_t i = 0; i < n; ++i) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        if (is_alnum(c) || u >= 0x80) {
            if (pending && !out.empty()) out.push_back('_');
            pending = false;
            if (u >= 0xC2 && u <= 0xDF && i + 1 < n && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
                lower_utf8_pair(u, static_cast<unsigned char>(s[i + 1]), out)) {
                ++i;
                continue;
            }
            if (u >= 0xE4 && u <= 0xE9 && append_simplified_han(s, i, out)) {  // 類型 reads as 类型
                i += 2;
                continue;
            }
            out.push_back(to_lower(c));
        } else {
            pending = true;
        }
    }
}

std::string normalize_key(std::string_view s) {
    std::string out;
    normalize_key_into(s, out);
    return out;
}

std::string strip_accents(std::string_view s) {
    // Lower-case Latin letters with diacritics (U+00DF..U+017F) -> ASCII, by code point.
    static constexpr std::pair<char32_t, const char*> kMap[] = {
        {0xDF, "ss"}, {0xE0, "a"}, {0xE1, "a"}, {0xE2, "a"}, {0xE3, "a"}, {0xE4, "a"}, {0xE5, "a"}, {0xE7, "c"},
        {0xE8, "e"},  {0xE9, "e"}, {0xEA, "e"}, {0xEB, "e"}, {0xEC, "i"}, {0xED, "i"}, {0xEE, "i"}, {0xEF, "i"},
        {0xF1, "n"},  {0xF2, "o"}, {0xF3, "o"}, {0xF4, "o"}, {0xF5, "o"}, {0xF6, "o"}, {0xF8, "o"}, {0xF9, "u"},
        {0xFA, "u"},  {0xFB, "u"}, {0xFC, "u"}, {0xFD, "y"}, {0xFF, "y"}, {0x101, "a"}, {0x103, "a"}, {0x105, "a"},
        {0x107, "c"}, {0x10D, "c"}, {0x113, "e"}, {0x117, "e"}, {0x119, "e"}, {0x11B, "e"}, {0x11F, "g"}, {0x12B, "i"},
        {0x131, "i"}, {0x142, "l"}, {0x144, "n"}, {0x148, "n"}, {0x14D, "o"}, {0x151, "o"}, {0x159, "r"}, {0x15B, "s"},
        {0x15F, "s"}, {0x161, "s"}, {0x163, "t"}, {0x16B, "u"}, {0x16F, "u"}, {0x171, "u"}, {0x17A, "z"}, {0x17C, "z"},
        {0x17E, "z"}};
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const auto a = static_cast<unsigned char>(s[i]);
        if (a >= 0xC3 && a <= 0xC5 && i + 1 < s.size()) {
            const char32_t cp = (char32_t(a & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            const char* ascii = nullptr;
            for (const auto& [from, to] : kMap)
                if (from == cp) ascii = to;
            if (ascii) {
                out += ascii;
                ++i;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    return out;
}

std::optional<int64_t> parse_uint(std::string_view s) {
    if (s.empty() || s.size() > 18) return std::nullopt;
    int64_t v = 0;
    for (char c : s) {
        if (!is_digit(c)) return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

namespace {

// Powers of ten that doubles hold exactly: mantissa / 10^k is then correctly rounded.
constexpr std::array<double, 23> kPow10{1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool is_unit_char(char c) { return is_alpha(c) || c == '.' || is_digit(c); }

}  // namespace

char decimal_mark_vote(std::string_view s) {
    const size_t last_dot = s.rfind('.'), last_comma = s.rfind(',');
    if (last_dot != std::string_view::npos && last_comma != std::string_view::npos) return last_dot > last_comma ? '.' : ',';
    if (last_comma != std::string_view::npos) {
        if (s.find(',') != last_comma) return '.';  // 1,234,567
        size_t after = 0;
        while (last_comma + 1 + after < s.size() && is_digit(s[last_comma + 1 + after])) ++after;
        return after == 3 ? 0 : ',';
    }
    if (last_dot != std::string_view::npos) {
        if (s.find('.') != last_dot) return ',';  // 1.234.567
        size_t after = 0;
        while (last_dot + 1 + after < s.size() && is_digit(s[last_dot + 1 + after])) ++after;
        return after == 3 ? 0 : '.';
    }
    return 0;
}

namespace {

// The length of the character at s[i] when it may stand before a sum's digits: a currency sign
// (€ £ ¥ ₩ ₺ ₽ ₹ ￥ …), a space of typography, a minus or "≈"; 0 for any other non-ASCII
// character ("通貨1" is a column's name, not 1).
size_t sign_before_digits(std::string_view s, size_t i) {
    const auto b = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    if (b(i) == 0xC2 && (b(i + 1) == 0xA0 || b(i + 1) == 0xA2 || b(i + 1) == 0xA3 || b(i + 1) == 0xA5)) return 2;  // NBSP ¢ £ ¥
    if (b(i) == 0xE2 && b(i + 1) == 0x82 && b(i + 2) >= 0xA0 && b(i + 2) <= 0xBF) return 3;  // U+20A0-U+20BF: € ₩ ₺ ₽ ₹ ₿ …
    if (b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) == 0x89 || b(i + 2) == 0xAF)) return 3;  // thin and narrow spaces
    if (b(i) == 0xE2 && b(i + 1) == 0x88 && b(i + 2) == 0x92) return 3;                        // − (minus)
    if (b(i) == 0xE2 && b(i + 1) == 0x89 && b(i + 2) == 0x88) return 3;                        // ≈
    if (b(i) == 0xEF && b(i + 1) == 0xBF && (b(i + 2) == 0xA0 || b(i + 2) == 0xA1 || b(i + 2) == 0xA5 || b(i + 2) == 0xA6)) return 3;  // ￠ ￡ ￥ ￦
    if (b(i) == 0xEF && b(i + 1) == 0xBC && b(i + 2) == 0x84) return 3;  // ＄
    return 0;
}

// LBank's "3400.0000usdt", "12.4000sol", "250USDT": a ticker glued to the number it counts. Two
// to five lower-case letters or three to five capitals right after a digit; shorter ("1e", "10k",
// "2FA") is no ticker. Returns the ticker's length, or 0.
size_t glued_unit(std::string_view s) {
    size_t b = s.size();
    while (b > 0 && is_alpha(s[b - 1])) --b;
    const size_t n = s.size() - b;
    if (n < 2 || n > 5 || b == 0 || !is_digit(s[b - 1])) return 0;
    bool lower = true, upper = true;
    for (size_t i = b; i < s.size(); ++i) lower = lower && s[i] >= 'a' && s[i] <= 'z', upper = upper && s[i] >= 'A' && s[i] <= 'Z';
    return lower || (upper && n >= 3) ? n : 0;
}

}  // namespace

std::optional<double> parse_amount(std::string_view s, std::string* unit, char decimal_mark) {
    s = trim(s);
    if (s.empty()) return std::nullopt;
    // A sign before a unit written first ("-R$ 1.523,54", "-EUR 12.00") belongs to the number.
    bool sign_before_unit = false;
    if (s.size() > 2 && s[0] == '-' && is_alpha(s[1])) {
        sign_before_unit = true;
        s.remove_prefix(1);
    }
    // Peel an alphabetic unit before or after the number ("0.5 BTC", "EUR 12.00", "ADA.S 3").
    std::string_view unit_text;
    {
        size_t e = s.size();
        size_t b = e;
        while (b > 0 && is_unit_char(s[b - 1])) --b;
        // Only a unit if it starts with a letter and is separated by a space.
        if (b < e && is_alpha(s[b]) && b > 0 && s[b - 1] == ' ') {
            unit_text = s.substr(b);
            s = trim(s.substr(0, b));
        } else if (const size_t g = glued_unit(s); g != 0) {
            unit_text = s.substr(s.size() - g);
            s = s.substr(0, s.size() - g);
        } else {
            size_t i = 0;
            while (i < s.size() && is_unit_char(s[i])) ++i;
            if (i > 0 && is_alpha(s[0]) && i < s.size() && s[i] == ' ') {
                unit_text = s.substr(0, i);
                s = trim(s.substr(i));
            }
        }
    }
    bool neg = sign_before_unit;
    size_t i = 0;
    // Leading sign, parentheses (accounting negative), currency symbols (UTF-8 bytes of €, £, ¥...).
    for (; i < s.size(); ++i) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        if (c == '-') neg = !neg;
        else if (c == '+' || c == ' ' || c == '$' || c == '(') continue;
        else if (u >= 0x80) {
            const size_t len = sign_before_digits(s, i);
            if (len == 0) return std::nullopt;
            i += len - 1;
        }
        else if (is_alpha(c)) {  // a dollar written with its country's letters: "R$", "US$", "C$"
            size_t k = i;
            while (k < s.size() && k - i < 3 && is_alpha(s[k])) ++k;
            if (k < s.size() && s[k] == '$') i = k;
            else break;
        } else break;
    }
    if (i < s.size() && s.front() == '(' && s.back() == ')') neg = true;
    std::string_view body = s.substr(i);
    while (!body.empty() && (body.back() == ')' || body.back() == ' ' || static_cast<unsigned char>(body.back()) >= 0x80))
        body.remove_suffix(1);
    if (body.empty() || (!is_digit(body.front()) && body.front() != '.' && body.front() != ',')) return std::nullopt;

    // Which separator is the decimal point: the last of '.'/',' when both appear; a lone ','
    // is a decimal comma unless followed by exactly three digits (then thousands).
    size_t last_dot = body.rfind('.'), last_comma = body.rfind(',');
    char decimal = '.';
    if (last_dot != std::string_view::npos && last_comma != std::string_view::npos) {
        decimal = last_dot > last_comma ? '.' : ',';
    } else if (last_comma != std::string_view::npos) {
        const size_t first_comma = body.find(',');
        const size_t after = body.size() - last_comma - 1;
        decimal = (first_comma == last_comma && (after != 3 || decimal_mark == ',')) ? ',' : 'x';
    } else if (last_dot != std::string_view::npos && body.find('.') != last_dot) {
        decimal = 'x';  // 1.234.567: dots are thousands separators
    } else if (last_dot != std::string_view::npos && decimal_mark == ',' && body.size() - last_dot - 1 == 3) {
        decimal = 'x';  // 1.234 in a decimal-comma column: a thousands dot
    }
    uint64_t mant = 0;
    int digits = 0, frac = 0, dropped = 0;
    bool in_frac = false, any = false;
    for (size_t k = 0; k < body.size(); ++k) {
        const char c = body[k];
        // Russian and French panels group thousands with a no-break space (U+00A0) or a narrow
        // one (U+202F, U+2009 thin space): "1 301,2".
        if (static_cast<unsigned char>(c) >= 0x80) {
            const size_t group_len = body.compare(k, 2, "\xC2\xA0") == 0 ? 2
                                     : (body.compare(k, 3, "\xE2\x80\xAF") == 0 || body.compare(k, 3, "\xE2\x80\x89") == 0) ? 3 : 0;
            if (group_len == 0) return std::nullopt;
            if (in_frac) return std::nullopt;
            k += group_len - 1;
            continue;
        }
        if (is_digit(c)) {
            any = true;
            if (digits < 18) {
                mant = mant * 10 + static_cast<uint64_t>(c - '0');
                if (mant != 0) ++digits;
                if (in_frac) ++frac;
            } else if (!in_frac) {
                ++dropped;
            }
        } else if (c == decimal) {
            if (in_frac) return std::nullopt;
            in_frac = true;
        } else if (c == ',' || c == '.' || c == ' ' || c == '\'' || c == '_') {
            if (in_frac) return std::nullopt;
        } else if ((c == 'e' || c == 'E')) {
            return std::nullopt;  // scientific notation is not how exports write amounts
        } else {
            return std::nullopt;
        }
    }
    if (!any) return std::nullopt;
    double v = static_cast<double>(mant);
    if (frac > 0) v /= kPow10[static_cast<size_t>(frac)];
    for (int k = 0; k < dropped; ++k) v *= 10;
    if (unit && !unit_text.empty()) *unit = std::string(unit_text);
    return neg ? -v : v;
}

std::string_view currency_of_symbol(std::string_view s) {
    // Dollars named by their country's letters first, the bare "$" last; then € £ ₩ ₺ ₽ ₹ ₫ ฿ ₴ ₦ ₱.
    static constexpr std::pair<std::string_view, std::string_view> kSymbols[] = {
        {"US$", "USD"}, {"R$", "BRL"}, {"C$", "CAD"}, {"A$", "AUD"}, {"NZ$", "NZD"}, {"HK$", "HKD"}, {"S$", "SGD"},
        {"MX$", "MXN"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xE2\x82\xA9", "KRW"}, {"\xE2\x82\xBA", "TRY"},
        {"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xAB", "VND"}, {"\xE0\xB8\xBF", "THB"},
        {"\xE2\x82\xB4", "UAH"}, {"\xE2\x82\xA6", "NGN"}, {"\xE2\x82\xB1", "PHP"}};
    for (const auto& [symbol, code] : kSymbols) {
        const size_t at = s.find(symbol);
        if (at == std::string_view::npos) continue;
        if (symbol.back() == '$' && at > 0 && is_alpha(s[at - 1])) continue;  // "AUS$" is not "US$"
        return code;
    }
    // "AU$", "NT$": a dollar after letters the table does not know is no US dollar
    if (const size_t at = s.find('$'); at != std::string_view::npos && (at == 0 || !is_alpha(s[at - 1]))) return "USD";
    return {};
}

bool looks_like_ipv4(std::string_view s) {
    int parts = 0, digits = 0, value = 0;
    for (char c : s) {
        if (is_digit(c)) {
            if (++digits > 3) return false;
            value = value * 10 + (c - '0');
            if (value > 255) return false;
        } else if (c == '.') {
            if (digits == 0) return false;
            ++parts;
            digits = value = 0;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

bool looks_like_ipv6(std::string_view s) {
    if (s.size() < 2 || s.size() > 45) return false;
    int colons = 0, run = 0;
    bool double_colon = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ':') {
            ++colons;
            if (i > 0 && s[i - 1] == ':') {
                if (double_colon) return false;
                double_colon = true;
            }
            run = 0;
        } else if (is_digit(c) || (to_lower(c) >= 'a' && to_lower(c) <= 'f')) {
            if (++run > 4) return false;
        } else if (c == '.') {
            // IPv4-mapped tail (::ffff:1.2.3.4)
            const size_t start = s.rfind(':', i);
            return start != std::string_view::npos && looks_like_ipv4(s.substr(start + 1)) && colons >= 2;
        } else if (c == '%') {
            break;  // zone id
        } else {
            return false;
        }
    }
    return colons >= 2 && (double_colon || colons == 7);
}

std::string_view clean_ip(std::string_view s) {
    s = trim(s);
    // "ip 212.102.35.101", "IP: 85.1.2.3": a side panel's label before the address
    if (s.size() > 3 && (s[0] == 'i' || s[0] == 'I') && (s[1] == 'p' || s[1] == 'P') && (s[2] == ' ' || s[2] == ':'))
        s = trim(s.substr(s[2] == ':' ? 3 : 3));
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
    if (looks_like_ipv4(s) || looks_like_ipv6(s)) return s;
    if (!s.empty() && s.front() == '[') {
        const size_t close = s.find(']');
        if (close != std::string_view::npos && looks_like_ipv6(s.substr(1, close - 1))) return s.substr(1, close - 1);
    }
    const size_t colon = s.rfind(':');
    if (colon != std::string_view::npos && looks_like_ipv4(s.substr(0, colon))) return s.substr(0, colon);
    return {};
}

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0.
size_t utf8_len(std::string_view s, size_t i) { return utf8_sequence_length(s, i); }

}  // namespace

bool valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        const size_t n = utf8_len(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool clean_text(std::string_view s) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHigh = 0x8080808080808080ULL;
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            // No byte >= 0x80 and no byte < 0x20: printable ASCII, skip the word.
            const uint64_t below = (w - kOnes * 0x20) & ~w & kHigh;
            if (((w & kHigh) | below) == 0) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80) {
            ++i;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            ++i;
        } else if (c >= 0x80) {
            const size_t len = utf8_len(s, i);
            if (len == 0) return false;
            i += len;
        } else {
            return false;
        }
    }
    return true;
}

std::string sanitize_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        const size_t n = utf8_len(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string excerpt(std::string_view s, size_t max) {
    std::string out;
    size_t i = 0;
    while (i < s.size() && out.size() < max) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F) {
            out.push_back('?');
            ++i;
            continue;
        }
        const size_t n = utf8_len(s, i);
        if (n == 0) {
            out.push_back('?');
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    if (i < s.size()) out += "...";
    return out;
}

}  // namespace ownercheck::ingest
