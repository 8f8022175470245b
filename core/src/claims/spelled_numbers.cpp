#include "claims/spelled_numbers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "claims/text.hpp"

namespace ownercheck::claims {

namespace {

enum class Kind { Cardinal, Hundred, Scale, Half, Joiner };

struct Word {
    std::string phrase;
    Kind kind;
    double value = 0;
    bool ambiguous = false;
};

// A language's number words by first byte, longest first: "quatre-vingt-dix" is tried before
// "quatre", "dreizehn" before "drei", "einhalb" before "ein".
struct Table {
    std::array<std::vector<Word>, 256> by_byte;
};

Table build(const LangLex& lex) {
    Table t;
    const auto& sp = lex.spelled;
    auto add = [&](const std::string& phrase, Kind kind, double value) {
        if (phrase.empty()) return;
        const bool amb = std::find(sp.ambiguous.begin(), sp.ambiguous.end(), phrase) != sp.ambiguous.end();
        t.by_byte[static_cast<unsigned char>(phrase[0])].push_back({phrase, kind, value, amb});
    };
    for (const auto& [w, v] : sp.cardinals) add(w, Kind::Cardinal, v);
    for (const auto& [w, v] : sp.hundreds) add(w, Kind::Hundred, v);
    for (const auto& [w, v] : sp.scales) add(w, Kind::Scale, v);
    for (const auto& w : sp.halves) add(w, Kind::Half, 0.5);
    for (const auto& w : sp.joiners) add(w, Kind::Joiner, 0);
    for (auto& b : t.by_byte)
        std::stable_sort(b.begin(), b.end(), [](const Word& x, const Word& y) { return x.phrase.size() > y.phrase.size(); });
    return t;
}

const Table& table_of(const LangLex& lex) {
    static const std::vector<Table> all = [] {
        std::vector<Table> v;
        for (const auto& l : lexicons()) v.push_back(build(l));
        return v;
    }();
    const auto& ls = lexicons();
    for (size_t k = 0; k < ls.size(); ++k)
        if (&ls[k] == &lex) return all[k];
    // A lexicon that is not one of the nine (none today): built for the call.
    thread_local Table other;
    other = build(lex);
    return other;
}

bool is_sep(char c) { return c == ' ' || c == '-'; }

// Length of `phrase` matched at s[p], a space or hyphen in the phrase standing for any run of
// them in the text ("quatre-vingt-dix" matches "quatre vingt dix"); 0 when it does not match.
size_t match_at(std::string_view s, size_t p, std::string_view phrase) {
    size_t i = p, k = 0;
    while (k < phrase.size()) {
        if (is_sep(phrase[k])) {
            if (i >= s.size() || !is_sep(s[i])) return 0;
            while (k < phrase.size() && is_sep(phrase[k])) ++k;
            while (i < s.size() && is_sep(s[i])) ++i;
            continue;
        }
        if (i >= s.size() || s[i] != phrase[k]) return 0;
        ++i, ++k;
    }
    return i - p;
}

const Word* word_at(std::string_view s, size_t p, const Table& t, size_t& len) {
    if (p >= s.size()) return nullptr;
    for (const auto& w : t.by_byte[static_cast<unsigned char>(s[p])])
        if ((len = match_at(s, p, w.phrase)) > 0) return &w;
    return nullptr;
}

// The largest power of ten a number's last word leaves free: "twenty" takes a unit, "two
// hundred" anything below a hundred, "five" nothing ("five three" is two numbers).
double room(double pending) {
    if (pending != std::floor(pending)) return 0;
    double r = 1;
    while (pending >= r * 10 && std::fmod(pending, r * 10) == 0) r *= 10;
    return r;
}

// Reads the number starting at `pos`; `consumed` receives the end of the last word it took.
bool read_number(std::string_view s, size_t pos, const LangLex& lex, const Table& t, SpelledNumber& out, size_t& consumed) {
    const double inf = std::numeric_limits<double>::infinity();
    double total = 0, group = 0, pending = 0;
    double last_big = inf, last_small = inf;  // the scale and hundred words used so far, each only smaller after
    double tail_mult = 0;                     // the multiplier right before the last cardinal ("一千二": 千)
    int parts = 0;
    bool halved = false, joined = false, first_ambiguous = false;
    Kind prev = Kind::Joiner;
    bool found = false;
    consumed = pos;
    size_t q = pos;
    while (true) {
        size_t len = 0;
        const Word* w = word_at(s, q, t, len);
        if (!w) break;
        bool ok = true;
        switch (w->kind) {
            case Kind::Joiner:
                ok = parts > 0 && !joined;
                break;
            case Kind::Cardinal: {
                const double v = w->value;
                if (halved) ok = false;
                else if (pending == 0) ok = v < last_small && v < last_big;
                else if (lex.spelled.units_before_tens && joined && prev == Kind::Cardinal && pending < 10 && v >= 20 && v < 100 && std::fmod(v, 10) == 0)
                    ;  // "fünfundzwanzig"
                else ok = v < room(pending);
                if (ok) {
                    tail_mult = (!joined && pending == 0 && (prev == Kind::Hundred || prev == Kind::Scale)) ? (prev == Kind::Hundred ? last_small : last_big) : 0;
                    pending += v;
                }
                break;
            }
            case Kind::Hundred: {
                const double m = w->value, base = pending > 0 ? pending : 1, add = base * m;
                ok = !halved && m < last_small && add < last_small && group + add < last_big;
                if (ok) group += add, pending = 0, last_small = m;
                break;
            }
            case Kind::Scale: {
                const double m = w->value;
                double base = group + pending;
                if (base == 0 && parts == 0) base = 1;  // "thousand euros", "mil e quinhentos"
                ok = m < last_big && base > 0;
                if (ok) total += base * m, group = pending = 0, last_big = m, last_small = inf, halved = false;
                break;
            }
            case Kind::Half:
                if (!halved && pending > 0 && pending == std::floor(pending)) pending += 0.5;
                else if (!halved && prev == Kind::Scale && pending == 0 && group == 0) total += 0.5 * last_big;  // "deux millions et demi"
                else ok = false;
                halved = ok;
                break;
        }
        if (!ok) break;
        q += len;
        if (w->kind == Kind::Joiner) {
            joined = true;
        } else {
            if (parts == 0) first_ambiguous = w->ambiguous;
            ++parts;
            joined = false;
            prev = w->kind;
            consumed = q;
            // a number ends where a word does: "zwei|tausend" reads on, "thousand|fold" is no
            // number; Han and Hangul have no such ends ("两万USDT", "삼천달러")
            if (!wordish(cp_before(s, q)) || !wordish(cp_at(s, q))) {
                double value = total + group + pending;
                if (lex.spelled.short_tail && w->kind == Kind::Cardinal && tail_mult >= 100 && pending < 10)
                    value += pending * (tail_mult / 10 - 1);  // "一千二" is 1,200, "一万五" 15,000
                out = {pos, q - pos, value, parts, parts == 1 && first_ambiguous, last_big < inf && last_big >= 1e6 && group == 0 && pending == 0};
                found = true;
            }
        }
        while (q < s.size() && is_sep(s[q])) ++q;
    }
    return found;
}

// Where a number may begin: a word start in alphabetic scripts and in Korean (a Hangul syllable
// glued to a word before it is part of that word: "사람이 만원" is not 20,000); anywhere in Chinese.
bool may_start(std::string_view s, size_t pos) {
    const char32_t before = cp_before(s, pos), first = cp_at(s, pos);
    if (is_hangul(first)) return !is_hangul(before);
    if (is_cjk(first)) return true;
    return !wordish(before);
}

}  // namespace

std::vector<SpelledNumber> find_spelled_numbers(std::string_view s, const LangLex& lex) {
    std::vector<SpelledNumber> out;
    const Table& t = table_of(lex);
    size_t p = 0;
    while (p < s.size()) {
        SpelledNumber n;
        size_t consumed = p;
        if (!t.by_byte[static_cast<unsigned char>(s[p])].empty() && may_start(s, p) && read_number(s, p, lex, t, n, consumed)) out.push_back(n);
        // on past the words read (a number, or words that were not one: "two and three" is
        // "two", then "three"; "thousandfold" nothing), else to the next code point
        size_t next = std::max(p + 1, consumed);
        while (next < s.size() && (static_cast<unsigned char>(s[next]) >> 6) == 2) ++next;
        p = next;
    }
    return out;
}

}  // namespace ownercheck::claims
