#include "claims/amounts.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

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
            if (s.substr(q, a.phrase.size()) == a.phrase) {
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

// A span of time written right after a number: a calendar unit ("3 Tage") or a clock one ("24h").
bool followed_by_time_unit(std::string_view s, size_t q, const LangLex& lex) {
    const std::string_view rest = s.substr(q);  // from q: "48h" has its unit glued to the digits
    for (const auto& u : lex.units)
        if (find_phrase(rest, u.first) == 0) return true;
    for (const auto& d : lex.durations)
        if (find_phrase(rest, d) == 0) return true;
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

std::vector<AssetFound> find_assets(std::string_view s) {
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
    return out;
}

std::vector<AmountFound> find_amounts(std::string_view s, const LangLex& lex, const std::vector<std::pair<size_t, size_t>>& skip) {
    std::vector<AmountFound> out;
    auto skipped = [&](size_t p) {
        for (const auto& [a, l] : skip)
            if (p >= a && p < a + l) return true;
        return false;
    };
    size_t i = 0;
    while (i < s.size()) {
        if (!is_digit(s[i]) || skipped(i) || (i > 0 && (is_digit(s[i - 1]) || (static_cast<unsigned char>(s[i - 1]) < 0x80 && std::isalpha(static_cast<unsigned char>(s[i - 1])))))) {
            ++i;
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
            if (e < s.size() && s[e] == 'k' && (e + 1 == s.size() || !is_letter(static_cast<unsigned char>(s[e + 1])))) {
                thousands = true;
                q = e + 1;
            } else {
                for (const auto& w : lex.thousands) {
                    size_t wl = 0;
                    if (find_phrase(s, w, q, &wl) == q) {
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
        // "2 个 SOL", "3개의 ETH": a counter word (and the spaces around it) between the number and the asset
        for (std::string_view mw : {"个", "개", "枚", "個"})
            if (s.substr(q, mw.size()) == mw) {
                q += mw.size();
                if (s.substr(q, 3) == "\xec\x9d\x98") q += 3;  // 의
                while (q < s.size() && s[q] == ' ') ++q;
                break;
            }
        size_t alen = 0;
        if (const AssetName* an = asset_at(s, q, alen)) {
            a.asset = an->ticker;
            end = q + alen;
        } else if (end == e && followed_by_time_unit(s, q, lex)) {  // "für 24 Stunden gesperrt", "3 days"
            i = e;
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
                    a.pos = st;
                    break;
                }
            }
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
        out.push_back(a);
        i = end > e ? end : e;
    }
    return out;
}

}  // namespace ownercheck::claims
