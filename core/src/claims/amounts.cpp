#include "claims/amounts.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "claims/spelled_numbers.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Languages that write 1,234.56 (a lone "1,553" is thousands; a lone "1.432" a decimal).
bool dot_decimal(const LangLex& lex) { return lex.lang == "en" || lex.lang == "zh" || lex.lang == "ko"; }

// The asset phrase at exactly `q` (symbols and CJK glued to digits allowed), or nullptr.
const AssetName* asset_at(std::string_view s, size_t q, size_t& len) {
    for (const auto& a : shared_vocab().assets) {
        size_t ml = 0;
        if (a.symbol) {
            // a sign written with letters ("r" for the rand) is no sign at the start of a word ("2020 rund")
            const bool word_follows = a.letter_sign && q + a.phrase.size() < s.size() && std::isalpha(static_cast<unsigned char>(s[q + a.phrase.size()]));
            if (!word_follows && s.substr(q, a.phrase.size()) == a.phrase) {
                len = a.phrase.size();
                return &a;
            }
            continue;
        }
        std::string_view p = a.phrase;
        const bool stem = p.back() == '*';
        if (stem) p.remove_suffix(1);
        if (s.substr(q, p.size()) != p) continue;
        ml = p.size();
        size_t e = q + ml;
        if (static_cast<unsigned char>(p[0]) < 0xE0) {  // alphabetic: must end at a word boundary
            if (stem) {
                while (e < s.size()) {
                    size_t k = e;
                    char32_t cp = next_cp(s, k);
                    if (!is_letter(cp) || is_cjk(cp)) break;
                    e = k;
                }
            } else if (e < s.size()) {
                size_t k = e;
                char32_t cp = next_cp(s, k);
                if (is_letter(cp) && !is_cjk(cp)) continue;
            }
        }
        len = e - q;
        return &a;
    }
    return nullptr;
}

// Past a counter word between a number and its asset, and the spaces around it: "2 个 SOL",
// "3개의 ETH", "两万个USDT".
size_t past_counter(std::string_view s, size_t q) {
    for (std::string_view mw : {"个", "개", "枚", "個", "顆", "颗"})
        if (s.substr(q, mw.size()) == mw) {
            q += mw.size();
            if (s.substr(q, 3) == "\xec\x9d\x98") q += 3;  // 의
            while (q < s.size() && s[q] == ' ') ++q;
            break;
        }
    return q;
}

// Any currency or coin named at all: without one, no spelled number is a sum.
bool mentions_asset(std::string_view s) {
    for (const auto& a : shared_vocab().assets) {
        std::string_view p = a.phrase;
        if (!p.empty() && p.back() == '*') p.remove_suffix(1);
        if (s.find(p) != std::string_view::npos) return true;
    }
    return false;
}

// The clause ends at `q`, past spaces: the text ends or a punctuation mark follows. A hyphen
// glued to a word goes on ("ein Bitcoin-Konto"); one standing alone is a dash ("— gestern").
bool clause_ends(std::string_view s, size_t q) {
    while (q < s.size() && s[q] == ' ') ++q;
    if (q >= s.size()) return true;
    if (s[q] == '-') return q + 1 >= s.size() || s[q + 1] == ' ';
    if (std::string_view(".,;:!?)\"'").find(s[q]) != std::string_view::npos) return true;
    for (std::string_view p : {"\xe3\x80\x82", "\xe3\x80\x81", "\xe2\x80\xa6"})  // 。 、 …
        if (s.substr(q, p.size()) == p) return true;
    return false;
}

// A spelled number as the digit scanner reads it, in at most `width` bytes, padded with spaces to
// exactly `width`: "2000", "1.5", or whole thousands as "1k" when the digits do not fit ("천" is
// three bytes) and no letter would be glued to the "k". "" when nothing fits.
std::string digits_for(double v, size_t width, bool letter_after) {
    if (!(v > 0) || v >= 1e15) return "";
    char buf[32];
    if (v == std::floor(v)) std::snprintf(buf, sizeof buf, "%.0f", v);
    else if (v * 10 == std::floor(v * 10)) std::snprintf(buf, sizeof buf, "%.1f", v);
    else return "";
    std::string d = buf;
    if (d.size() > width && v >= 1000 && std::fmod(v, 1000) == 0) {
        std::snprintf(buf, sizeof buf, "%.0fk", v / 1000);
        d = buf;
        if (d.size() == width && letter_after) return "";
    }
    if (d.size() > width) return "";
    return d + std::string(width - d.size(), ' ');
}

// "two thousand euros" -> "2000         euros": the spelled numbers right before a currency or
// coin, written as digits padded to the same byte length, so that every position found on the
// folded text (dates, assets, the amount's own span) stays valid. The sentence's language first,
// then the others' (mixed replies), where a lone small word is more likely a word of the sentence
// than a number ("on", "sei", "un") and stays a word. Nothing inside a date, nothing glued to
// digits before it ("5 hundred", "20 cent" are the scanner's).
std::string spelled_as_digits(std::string_view folded, const LangLex& lex, const std::vector<std::pair<size_t, size_t>>& skip) {
    std::string out(folded);
    if (!mentions_asset(folded)) return out;
    std::vector<const LangLex*> order{&lex};
    for (const auto& l : lexicons())
        if (l.lang != lex.lang) order.push_back(&l);
    for (const LangLex* l : order)
        for (const SpelledNumber& n : find_spelled_numbers(out, *l)) {
            if (n.value <= 0 || (l != &lex && n.parts < 2 && n.value < 100)) continue;
            bool in_date = false;
            for (const auto& [a, len] : skip) in_date = in_date || (a < n.pos + n.len && n.pos < a + len);
            if (in_date) continue;
            size_t b = n.pos;
            while (b > 0 && out[b - 1] == ' ') --b;
            if (b > 0 && is_digit(out[b - 1])) continue;
            size_t end = n.pos + n.len, q = end;
            while (q < out.size() && out[q] == ' ') ++q;
            if (n.ends_in_million)  // "un million d'euros", "dois milhões de reais", "un milione di euro"
                for (const auto& link : l->spelled.links) {
                    size_t ll = 0;
                    if (find_phrase(out, link, q, &ll) != q) continue;
                    end = q += ll;
                    while (q < out.size() && out[q] == ' ') ++q;
                    break;
                }
            q = past_counter(out, q);
            size_t alen = 0;
            if (!asset_at(out, q, alen)) continue;
            if (n.ambiguous && !clause_ends(out, q + alen)) continue;  // "ein Bitcoin-Konto", "bir bitcoin cüzdanı"
            size_t after = end;
            const bool letter_after = end < out.size() && is_letter(next_cp(out, after));
            const std::string d = digits_for(n.value, end - n.pos, letter_after);
            if (!d.empty()) out.replace(n.pos, d.size(), d);
        }
    return out;
}

// A span of time written right after a number: a calendar unit ("3 Tage") or a clock one ("24h").
bool followed_by_time_unit(std::string_view s, size_t q, const LangLex& lex) {
    const std::string_view rest = s.substr(q);  // from q: "48h" has its unit glued to the digits
    for (const auto& u : lex.units)
        if (find_phrase(rest, u.first) == 0) return true;
    for (const auto& d : lex.durations)
        if (find_phrase(rest, d) == 0) return true;
    return false;
}


// Overwrites [p, p + n) of `s` with spaces (its length kept: nothing after it moves).
void blank(std::string& s, size_t p, size_t n) { std::fill(s.begin() + static_cast<std::ptrdiff_t>(p), s.begin() + static_cast<std::ptrdiff_t>(std::min(s.size(), p + n)), ' '); }

// Phrases of `lex` (and English, which mixed replies borrow) found in `s`.
template <class F>
void each_phrase(const LangLex& lex, std::vector<std::string> LangLex::*field, F&& f) {
    for (const LangLex* l : {&lex, &lexicon("en")}) {
        for (const auto& w : l->*field) f(w);
        if (l->lang == "en") break;
    }
}

// `gap` is nothing but spaces, commas and the given phrases: "şu an", "大概", "тогда стоил около".
bool only_words(std::string_view gap, const LangLex& lex, std::initializer_list<std::vector<std::string> LangLex::*> fields) {
    std::string rest(gap);
    for (auto field : fields)
        each_phrase(lex, field, [&](const std::string& w) {
            size_t len = 0;
            for (size_t p; (p = find_phrase(rest, w, 0, &len)) != std::string_view::npos;) blank(rest, p, len);
        });
    for (char c : rest)
        if (c != ' ' && c != ',' && c != '~') return false;
    return true;
}

bool clause_gap(std::string_view gap) { return gap.find_first_of(",;:.!?()") == std::string_view::npos; }

// Whether the number at `pos` follows the name of a device sold by model number ("iPhone 15",
// "Galaxy A55", "Pixel 8", "Redmi Note 12", "아이폰 15"), with only spaces between.
bool model_number_at(std::string_view s, size_t pos) {
    size_t b = pos;
    while (b > 0 && s[b - 1] == ' ') --b;
    if (b == pos) return false;
    for (std::string_view extra : {"note", "pro", "plus", "max", "ultra", "lite", "mini"}) {  // "Redmi Note 12"
        if (b >= extra.size() + 1 && s.substr(b - extra.size(), extra.size()) == extra && s[b - extra.size() - 1] == ' ') {
            b -= extra.size();
            while (b > 0 && s[b - 1] == ' ') --b;
            break;
        }
    }
    for (const auto& d : shared_vocab().devices) {
        if (d.model.empty() && d.family.empty() && !d.needs_number && !d.model_number) continue;
        std::string_view p = d.phrase;
        if (!p.empty() && p.back() == '*') p.remove_suffix(1);
        if (p.empty() || b < p.size() || s.substr(b - p.size(), p.size()) != p) continue;
        if (b == p.size() || !wordish(cp_before(s, b - p.size()))) return true;
    }
    return false;
}

// A phrase of `field` ending at most `words` words before `pos`, in its clause.
bool phrase_before(std::string_view s, size_t pos, const LangLex& lex, std::vector<std::string> LangLex::*field, size_t words) {
    bool hit = false;
    each_phrase(lex, field, [&](const std::string& w) {
        size_t len = 0;
        for (size_t p = find_phrase(s, w, pos > 60 ? pos - 60 : 0, &len); !hit && p != std::string_view::npos && p + len <= pos; p = find_phrase(s, w, p + 1, &len)) {
            const std::string_view gap = s.substr(p + len, pos - p - len);
            hit = clause_gap(gap) && words_between(gap) <= words;
        }
    });
    return hit;
}

// "BTC тогда стоил около 83 тысяч", "adesso vale 95 mila", "BTC şu an 95 bin dolar", "那时候ETH大概
// 3500美元", "ETH 4000 dolar olmuş", "BTC is at 95k now": a price word right before the sum, or a
// coin named just before a sum not in that coin with only time, price and hedge words between and
// one of them about.
bool is_price(std::string_view s, const AmountFound& a, const std::vector<AssetFound>& assets, const LangLex& lex) {
    if (!a.asset.empty() && !a.fiat) return false;
    if (phrase_before(s, a.pos, lex, &LangLex::price, 2)) return true;
    for (const auto& c : assets) {
        if (c.fiat || c.pos + c.len > a.pos) continue;
        const std::string_view gap = s.substr(c.pos + c.len, a.pos - c.pos - c.len);
        if (!only_words(gap, lex, {&LangLex::approx, &LangLex::price, &LangLex::price_when})) continue;
        // a time or price word in the coin's clause before it, between, or just after the sum
        size_t clause = c.pos;
        while (clause > 0 && std::string_view(",;:.!?").find(s[clause - 1]) == std::string_view::npos) --clause;
        const size_t after_end = std::min(s.size(), a.pos + a.len + 24);
        std::string_view window = s.substr(clause, after_end - clause);
        const size_t stop = window.find_first_of(",;:.!?", a.pos + a.len - clause);
        if (stop != std::string_view::npos) window = window.substr(0, stop);
        bool cue = false;
        for (auto field : {&LangLex::price, &LangLex::price_when})
            each_phrase(lex, field, [&](const std::string& w) { cue = cue || find_phrase(window, w) != std::string_view::npos; });
        if (cue) return true;
    }
    return false;
}

// "entre 0,2 et 0,3 BTC", "700–800", "0.2 or 0.3", "0.3个左右,也可能是0.25": what stands between two
// sums that makes them one range (hedges and a counter word aside).
bool range_gap(std::string_view gap, const LangLex& lex) {
    std::string rest(gap);
    for (std::string_view w : {"\xe2\x80\x93", "\xe2\x80\x94", "\xe4\xb8\xaa", "\xea\xb0\x9c"})  // – — 个 개
        for (size_t p; (p = rest.find(w)) != std::string::npos;) blank(rest, p, w.size());
    for (auto field : {&LangLex::approx_after, &LangLex::approx_after_sum})
        for (const auto& w : lex.*field) {
            size_t len = 0;
            for (size_t p; (p = find_phrase(rest, w, 0, &len)) != std::string_view::npos;) blank(rest, p, len);
        }
    std::string core;
    for (char c : rest)
        if (c != ',') core += c;
    core = trim(core);
    // "700–800", "0,5 - 0,6": a dash alone joins them
    if (core.empty()) return gap.find('-') != std::string_view::npos || gap.find("\xe2\x80\x93") != std::string_view::npos || gap.find("\xe2\x80\x94") != std::string_view::npos;
    for (auto field : {&LangLex::range_joiners, &LangLex::alt_joiners})
        for (const auto& w : lex.*field)
            if (core == w) return true;
    return false;
}
}  // namespace

bool parse_number(std::string_view raw, const LangLex& lex, double& value, bool& has_alt, double& alt, int& decimals) {
    std::string s;
    for (char c : raw)
        if (c != ' ' && c != '\'') s += c;
    if (s.empty() || !is_digit(s[0])) return false;
    const size_t ndots = std::count(s.begin(), s.end(), '.'), ncommas = std::count(s.begin(), s.end(), ',');
    auto to_double = [](std::string t) { return std::strtod(t.c_str(), nullptr); };
    auto strip = [](std::string t, char c) {
        t.erase(std::remove(t.begin(), t.end(), c), t.end());
        return t;
    };
    has_alt = false;
    decimals = 0;
    if (ndots && ncommas) {
        const char dec = s.rfind('.') > s.rfind(',') ? '.' : ',';
        const char thou = dec == '.' ? ',' : '.';
        std::string t = strip(s, thou);
        decimals = static_cast<int>(t.size() - t.find(dec) - 1);
        std::replace(t.begin(), t.end(), ',', '.');
        value = to_double(t);
        return true;
    }
    const char sep = ndots ? '.' : ncommas ? ',' : 0;
    if (!sep) {
        value = to_double(s);
        return true;
    }
    if ((sep == '.' ? ndots : ncommas) > 1) {  // 1.234.567 / 1,234,567
        value = to_double(strip(s, sep));
        return true;
    }
    const size_t at = s.find(sep);
    const std::string intpart = s.substr(0, at), frac = s.substr(at + 1);
    const double as_decimal = to_double(intpart + "." + frac), as_thousands = to_double(intpart + frac);
    const bool ambiguous = frac.size() == 3 && intpart != "0" && intpart.size() <= 3;
    if (!ambiguous) {
        value = as_decimal;
        decimals = static_cast<int>(frac.size());
        return true;
    }
    // "1,553" / "1.432": the language's habit decides, the other reading stays possible
    const bool thousands = (sep == ',') == dot_decimal(lex);
    value = thousands ? as_thousands : as_decimal;
    alt = thousands ? as_decimal : as_thousands;
    decimals = thousands ? 0 : 3;
    has_alt = true;
    return true;
}

std::vector<AssetFound> find_assets(std::string_view s, const LangLex* lex) {
    std::vector<AssetFound> out;
    std::vector<bool> taken(s.size(), false);
    for (const auto& a : shared_vocab().assets) {
        if (a.symbol) continue;
        size_t from = 0, len = 0;
        for (size_t pos; (pos = find_phrase(s, a.phrase, from, &len)) != std::string_view::npos; from = pos + 1) {
            bool free = true;
            for (size_t k = pos; k < pos + len; ++k) free = free && !taken[k];
            if (!free) continue;
            for (size_t k = pos; k < pos + len; ++k) taken[k] = true;
            out.push_back({pos, len, a.ticker, shared_vocab().fiat.at(a.ticker)});
        }
    }
    std::sort(out.begin(), out.end(), [](const AssetFound& x, const AssetFound& y) { return x.pos < y.pos; });
    if (lex)
        for (auto& a : out) a.paid_with = phrase_before(s, a.pos, *lex, &LangLex::paid_with, 1);
    return out;
}

std::vector<AmountFound> find_amounts(std::string_view folded, const LangLex& lex, const std::vector<std::pair<size_t, size_t>>& skip) {
    // Read on a copy where "two thousand euros" is "2000         euros": same length, same positions.
    const std::string spelled = spelled_as_digits(folded, lex, skip);
    const std::string_view s = spelled;
    std::vector<AmountFound> out;
    auto skipped = [&](size_t p) {
        for (const auto& [a, l] : skip)
            if (p >= a && p < a + l) return true;
        return false;
    };
    // "R5,000", "r18,400": a currency written with letters glued to the sum (the rand's "R").
    auto letter_symbol_before = [&](size_t p) {
        for (const auto& an : shared_vocab().assets) {
            const std::string_view sym = an.phrase;
            if (!an.letter_sign || p < sym.size() || s.compare(p - sym.size(), sym.size(), sym) != 0) continue;
            const size_t st = p - sym.size();
            if (st == 0 || !is_letter(static_cast<unsigned char>(s[st - 1]))) return true;
        }
        return false;
    };
    size_t i = 0;
    while (i < s.size()) {
        if (!is_digit(s[i]) || skipped(i) || (i > 0 && is_digit(s[i - 1]))) {
            ++i;
            continue;
        }
        if (i > 0 && static_cast<unsigned char>(s[i - 1]) < 0x80 && std::isalpha(static_cast<unsigned char>(s[i - 1])) && !letter_symbol_before(i)) {
            // digits glued to a word ("s23", "v2,5"): none of it is a sum, not even after its comma
            while (i < s.size() && (is_digit(s[i]) || ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() && is_digit(s[i + 1])))) ++i;
            continue;
        }
        // the number: digits with separators between digit groups ("1 234,56": a space only before 3 digits)
        size_t e = i;
        while (e < s.size()) {
            if (is_digit(s[e])) { ++e; continue; }
            if ((s[e] == '.' || s[e] == ',' || s[e] == '\'') && e + 1 < s.size() && is_digit(s[e + 1])) { ++e; continue; }
            if (s[e] == ' ' && e + 3 < s.size() && is_digit(s[e + 1]) && is_digit(s[e + 2]) && is_digit(s[e + 3]) &&
                (e + 4 >= s.size() || !is_digit(s[e + 4])) && !skipped(e + 1)) { ++e; continue; }
            break;
        }
        if (skipped(e - 1)) {
            i = e;
            continue;
        }
        // A clock time ("[08:21]", "at 21:30", "14h30") is not a sum, neither of its halves.
        const bool clock_before = i >= 2 && (s[i - 1] == ':' || s[i - 1] == 'h') && is_digit(s[i - 2]);
        const bool clock_after = e + 1 < s.size() && is_digit(s[e + 1]) &&
                                 (s[e] == ':' || (s[e] == 'h' && e + 2 < s.size() && is_digit(s[e + 2])));
        if (clock_before || clock_after) {
            i = e;
            while (i < s.size() && (is_digit(s[i]) || s[i] == ':')) ++i;
            continue;
        }
        AmountFound a;
        if (!parse_number(s.substr(i, e - i), lex, a.value, a.has_alt, a.alt, a.decimals)) {
            i = e;
            continue;
        }
        a.pos = i;
        size_t end = e;
        // asset after: "0.5 BTC", "50 €", "500欧元", "2个比特币"
        size_t q = e;
        while (q < s.size() && s[q] == ' ') ++q;
        // Chinese and Korean count large sums in myriads: "1万USDT" is 10,000, "500만원" 5,000,000.
        struct Mult { std::string_view word; double factor; int places; };
        static const Mult kMult[] = {{"万", 1e4, 4}, {"萬", 1e4, 4}, {"亿", 1e8, 8}, {"億", 1e8, 8}, {"만", 1e4, 4}, {"억", 1e8, 8}, {"천", 1e3, 3}};
        for (const auto& m : kMult)
            if (s.substr(q, m.word.size()) == m.word) {
                a.value *= m.factor;
                a.alt *= m.factor;
                a.decimals = std::max(0, a.decimals - m.places);
                q += m.word.size();
                end = q;
                while (q < s.size() && s[q] == ' ') ++q;  // "100만 원"
                break;
            }
        // "12k XRP", "10 mil reais", "5 bin TL", "15 тыс. рублей": thousands written as a word
        if (end == e) {
            bool thousands = false;
            for (std::string_view k : {std::string_view("k"), std::string_view("\xD0\xBA")})  // "12k", "500к" (Cyrillic), glued
                if (!thousands && s.compare(e, k.size(), k) == 0 &&
                    (e + k.size() == s.size() || !is_letter(static_cast<unsigned char>(s[e + k.size()])))) {
                    thousands = true;
                    q = e + k.size();
                }
            if (!thousands) {
                for (const auto& w : lex.thousands) {
                    size_t wl = 0;
                    // "5 mil", and glued to the digits: "5mil", "10bin"
                    const bool glued = q == e && s.compare(q, w.size(), w) == 0 &&
                                       (q + w.size() >= s.size() || !std::isalpha(static_cast<unsigned char>(s[q + w.size()])));
                    if (glued) wl = w.size();
                    if (glued || find_phrase(s, w, q, &wl) == q) {
                        thousands = true;
                        q += wl;
                        if (q < s.size() && s[q] == '.') ++q;  // "тыс.", "Tsd."
                        break;
                    }
                }
            }
            if (thousands) {
                a.value *= 1e3;
                a.alt *= 1e3;
                a.decimals = std::max(0, a.decimals - 3);
                end = q;
                while (q < s.size() && s[q] == ' ') ++q;
            }
        }
        q = past_counter(s, q);  // "2 个 SOL", "3개의 ETH"
        size_t alen = 0;
        if (const AssetName* an = asset_at(s, q, alen)) {
            a.asset = an->ticker;
            a.dollar_sign = an->phrase == "$";
            end = q + alen;
            if (an->scale != 1) {  // "500k sats" is 0.005 BTC
                a.value *= an->scale;
                a.alt *= an->scale;
                a.decimals += static_cast<int>(std::lround(-std::log10(an->scale)));
            }
        } else if (end == e && followed_by_time_unit(s, q, lex)) {  // "für 24 Stunden gesperrt", "3 days"
            i = e;
            continue;
        } else if (end == e && e < s.size() && static_cast<unsigned char>(s[e]) < 0x80 && std::isalpha(static_cast<unsigned char>(s[e]))) {
            // "termina com 7xk", "0x71C7…", "2fa": digits glued to letters that are no unit and no
            // coin belong to a word or an address, not to a sum.
            i = e;
            while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
            continue;
        }
        // asset or sign before: "$1,019", "R$ 200", "EUR 50"
        size_t b = i;
        while (b > 0 && s[b - 1] == ' ') --b;
        if (a.asset.empty()) {
            for (const auto& an : shared_vocab().assets) {
                std::string_view p = an.phrase;
                if (p.back() == '*') continue;
                if (b >= p.size() && s.substr(b - p.size(), p.size()) == p) {
                    const size_t st = b - p.size();
                    if (!an.symbol && st > 0 && is_letter(static_cast<unsigned char>(s[st - 1]))) continue;
                    a.asset = an.ticker;
                    a.dollar_sign = an.phrase == "$";
                    a.pos = st;
                    break;
                }
            }
        }
        // "아이폰 15로 바꿨고", "my Pixel 8", "Redmi Note 12": a model number after a phone's name;
        // "Siehe 2", "wie unter 5", "see 3": the number of another answer.
        if (a.asset.empty() && (model_number_at(s, i) || phrase_before(s, i, lex, &LangLex::see_refs, 0))) {
            i = e;
            continue;
        }
        if (!a.asset.empty()) a.fiat = shared_vocab().fiat.at(a.asset);
        // Money is not written to three decimals: "1.500 EUR" from an English writer is 1,500
        // (a European habit), whatever the language's default reading of a lone separator.
        if (a.fiat && a.has_alt && a.decimals == 3) {
            std::swap(a.value, a.alt);
            a.decimals = 0;
        }
        // "about", "~", "environ" just before
        std::string_view before = s.substr(0, a.pos);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        if (!before.empty() && before.back() == '~') a.approx = true;
        for (const auto& ap : lex.approx)
            if (before.size() >= ap.size() && before.substr(before.size() - ap.size()) == ap) a.approx = true;
        if (i + 1 < s.size() && s.substr(e, 2) == "ish") a.approx = true;
        // ... or just after: "20.000 TL civarı", "500만원 정도", "500元左右" (Turkish, Korean and
        // Chinese put the hedge after the sum)
        for (const auto& l : lexicons())  // any language's: a mixed or misdetected sentence keeps its hedge
            if (follows_hedge(s, end, l, true)) a.approx = true;
        a.len = end - a.pos;
        if (a.asset.empty()) a.paid_with = phrase_before(s, a.pos, lex, &LangLex::paid_with, 1);
        out.push_back(a);
        i = end > e ? end : e;
    }
    // Ranges: the first sum takes the second's asset, the second ends the range.
    for (size_t k = 0; k + 1 < out.size(); ++k) {
        AmountFound &x = out[k], &y = out[k + 1];
        if (y.pos < x.pos + x.len || !(x.asset.empty() || x.asset == y.asset) || !range_gap(s.substr(x.pos + x.len, y.pos - x.pos - x.len), lex)) continue;
        // "49-50k", "2-3 mil", "3-4만": the multiplier written once, after the high end
        if (x.value > 0 && x.value * 50 < y.value)
            for (const double m : {1e3, 1e4, 1e6})
                if (x.value * m >= y.value / 2 && x.value * m <= y.value * 2) {
                    x.value *= m;
                    break;
                }
        // "0.3个左右,也可能是0.25" names the high end first
        x.has_to = true;
        x.to = std::max(x.value, y.value);
        x.value = std::min(x.value, y.value);
        x.has_alt = false;
        if (x.asset.empty()) x.asset = y.asset, x.fiat = y.fiat;
        x.approx = x.approx || y.approx;
        x.decimals = std::max(x.decimals, y.decimals);
        x.len = y.pos + y.len - x.pos;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
    const std::vector<AssetFound> assets = find_assets(s);
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const AmountFound& a) { return is_price(s, a, assets, lex) || phrase_before(s, a.pos, lex, &LangLex::wish, 4); }),
              out.end());
    return out;
}

}  // namespace ownercheck::claims
