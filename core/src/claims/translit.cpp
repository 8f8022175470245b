#include "claims/translit.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "claims/lexicon.hpp"
#include "claims/typos.hpp"
#include "util/embedded_data.hpp"
#include "util/utf8.hpp"

namespace ownercheck::claims {

namespace {

struct Lists {
    std::set<std::string> words, short_words, keep;
    std::vector<std::string> endings;
    std::map<std::string, std::string> spellings;  // whole word -> Cyrillic
};

std::set<std::string> string_set(const nlohmann::json& j, const char* key) {
    std::set<std::string> out;
    for (const auto& v : j.value(key, nlohmann::json::array())) out.insert(v.get<std::string>());
    return out;
}

// Every all-ASCII word of 3 letters or more in a vocabulary phrase ("google authenticator",
// "macbook*", "bitcoin"): written so by a client, it is the name, not Russian to transliterate.
void add_latin_words(std::string_view phrase, std::set<std::string>& out) {
    std::string w;
    auto flush = [&] {
        if (w.size() >= 3) out.insert(w);
        w.clear();
    };
    bool ascii = true;
    for (char c : phrase) {
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
        if (c >= 'a' && c <= 'z') w += c;
        else flush();
    }
    flush();
    if (!ascii) out.clear();  // a phrase in another script holds no Latin name
}

const Lists& lists() {
    static const Lists l = [] {
        Lists v;
        const auto& j = data_table("translit_ru.json");
        v.words = string_set(j, "words");
        v.short_words = string_set(j, "short_words");
        v.keep = string_set(j, "keep");
        for (const auto& e : j.value("endings", nlohmann::json::array())) v.endings.push_back(e.get<std::string>());
        const nlohmann::json spellings = j.value("spellings", nlohmann::json::object());  // named: items() of a temporary dangles
        for (const auto& [k, c] : spellings.items()) v.spellings[k] = c.get<std::string>();
        const SharedVocab& voc = shared_vocab();
        std::set<std::string> names;
        auto add = [&](std::string_view phrase) {
            std::set<std::string> one;
            add_latin_words(phrase, one);
            names.insert(one.begin(), one.end());
        };
        for (const auto& a : voc.assets) add(a.phrase);
        for (const auto& d : voc.devices) add(d.phrase);
        for (const auto& t : voc.twofa) add(t.first);
        for (const auto& n : voc.twofa_named) add(n);
        for (const auto& c : voc.cities) add(c.phrase);
        for (const auto& c : voc.countries) add(c.first);
        // A vocabulary word that is also a Russian word stays Russian.
        for (const auto& n : names)
            if (!v.words.count(n) && !v.short_words.count(n)) v.keep.insert(n);
        return v;
    }();
    return l;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The soft sign as clients type it: ' ` and the typographic ’ (3 bytes).
size_t apostrophe_len(std::string_view s, size_t i) {
    if (i >= s.size()) return 0;
    if (s[i] == '\'' || s[i] == '`') return 1;
    if (s.substr(i, 3) == "\xE2\x80\x99") return 3;
    return 0;
}

// A word: ASCII letters, with apostrophes inside or at the end after a letter ("den'", "ochen'").
// [begin, end) in `s`; `chunk_*` is the run of non-space bytes around it.
struct Word {
    size_t begin, end;
    std::string lower;   // letters, apostrophes as '\''
    bool mixed_case = false, all_caps = false;
    bool in_odd_chunk = false;  // beside digits, '@', '/', '.', '_' in one run: an address, a model, a number
};

bool chunk_byte(char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ';' && c != '(' && c != ')' && c != '!' && c != '?' && c != '"'; }

std::vector<Word> latin_words(std::string_view s) {
    std::vector<Word> out;
    size_t i = 0;
    while (i < s.size()) {
        if (!ascii_letter(s[i])) {
            ++i;
            continue;
        }
        // A letter glued to a non-ASCII letter ("Köln", "İzmir") is not ours to read.
        Word w{i, i, {}};
        size_t j = i;
        int upper = 0, letters = 0;
        while (j < s.size()) {
            if (ascii_letter(s[j])) {
                upper += s[j] >= 'A' && s[j] <= 'Z';
                ++letters;
                w.lower += lower(s[j]);
                ++j;
            } else if (size_t a = apostrophe_len(s, j); a && !w.lower.empty() && w.lower.back() != '\'') {
                w.lower += '\'';
                j += a;
            } else {
                break;
            }
        }
        // an apostrophe closing a quote after a vowel ("'da'") is punctuation, not a soft sign
        while (!w.lower.empty() && w.lower.back() == '\'' && (w.lower.size() < 2 || vowel(w.lower[w.lower.size() - 2]))) {
            w.lower.pop_back();
            j -= apostrophe_len(s, j - 1) ? 1 : 3;
        }
        w.end = j;
        w.mixed_case = letters > 1 && upper > 0 && !(upper == 1 && s[i] >= 'A' && s[i] <= 'Z') && upper < letters;
        w.all_caps = letters > 1 && upper == letters;
        const bool glued = (i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0x80 && s[i - 1] != '\x99') ||
                           (j < s.size() && static_cast<unsigned char>(s[j]) >= 0xC0);
        size_t a = i, b = j;
        while (a > 0 && chunk_byte(s[a - 1])) --a;
        while (b < s.size() && chunk_byte(s[b])) ++b;
        for (size_t k = a; k < b; ++k) {
            const char c = s[k];
            if ((c >= '0' && c <= '9') || c == '@' || c == '/' || c == '_' || c == '=' || c == '#') w.in_odd_chunk = true;
            // a dot between letters: "inbox.lv", "www.", not a sentence end
            if (c == '.' && k > a && k + 1 < b && ascii_letter(s[k - 1]) && ascii_letter(s[k + 1])) w.in_odd_chunk = true;
        }
        if (glued) w.in_odd_chunk = true;
        out.push_back(std::move(w));
        i = j;
    }
    return out;
}

bool ends_with(std::string_view w, std::string_view e) { return w.size() >= e.size() && w.substr(w.size() - e.size()) == e; }

// Letter pairs English, German, French and the others write and Russian transliteration does not.
bool foreign_spelling(std::string_view w) {
    for (char c : w)
        if (c == 'w' || c == 'q' || c == 'x') return true;
    // not "ou": "noutbuk" is how Russians spell the loan word
    static constexpr std::string_view kPairs[] = {"th", "ph", "oo", "ee", "ck", "gh", "ae", "ea", "ue"};
    for (auto p : kPairs)
        if (w.find(p) != std::string_view::npos) return true;
    return false;
}

// Whether a word of a Latin-Russian reply is to be written in Cyrillic.
bool looks_russian(const Word& w) {
    if (w.in_odd_chunk || w.mixed_case || w.all_caps) return false;
    const Lists& l = lists();
    std::string bare = w.lower;
    while (!bare.empty() && bare.back() == '\'') bare.pop_back();
    if (l.words.count(w.lower) || l.short_words.count(w.lower)) return true;
    if (l.keep.count(bare)) return false;
    return !foreign_spelling(bare);
}

// Latin letters -> Cyrillic, longest spelling first. `at_start`: the word begins here.
struct Rule { std::string_view latin, cyr; };

void put(std::string& text, std::vector<size_t>& origin, std::string_view cyr, size_t from) {
    text += cyr;
    for (size_t k = 0; k < cyr.size(); ++k) origin.push_back(from);
}

// One word, lower case (apostrophes as '\''), to Cyrillic; pos[k] is the byte in the original of
// letter k of the word.
void word_to_cyrillic(const std::string& w, const std::vector<size_t>& pos, std::string& text, std::vector<size_t>& origin) {
    if (const auto it = lists().spellings.find(w); it != lists().spellings.end()) {
        // letter by letter while both last; the Cyrillic letters left over (a soft sign) map to the last Latin one
        const std::string_view c = it->second;
        size_t k = 0, letter = 0;
        while (k < c.size()) {
            size_t q = k;
            next_cp(c, q);
            put(text, origin, c.substr(k, q - k), pos[std::min(letter, pos.size() - 1)]);
            k = q;
            ++letter;
        }
        return;
    }
    static constexpr Rule kRules[] = {
        {"shch", "щ"}, {"tsja", "тся"}, {"tsya", "тся"}, {"zh", "ж"}, {"kh", "х"}, {"ch", "ч"}, {"sh", "ш"}, {"ts", "ц"},
        {"ju", "ю"}, {"yu", "ю"}, {"ja", "я"}, {"ya", "я"}, {"jo", "ё"}, {"yo", "ё"}, {"je", "е"}, {"ye", "е"},
        {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"z", "з"}, {"i", "и"}, {"j", "й"}, {"k", "к"},
        {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"},
        {"h", "х"}, {"c", "ц"}, {"y", "ы"}, {"'", "ь"}, {"w", "в"}, {"q", "к"}, {"x", "кс"}};
    const std::string_view v(w);
    size_t i = 0;
    while (i < v.size()) {
        const bool start = i == 0;
        const char prev = start ? 0 : v[i - 1];
        const char next = i + 1 < v.size() ? v[i + 1] : 0;
        // "tsja" is the reflexive ending тся only at the end ("kazhetsja"); inside a word it is ц+я
        if ((v.substr(i, 4) == "tsja" || v.substr(i, 4) == "tsya") && i + 4 != v.size()) {
            put(text, origin, "ц", pos[i]);
            i += 2;
            continue;
        }
        // "sch": сч at the start ("schet", "schitaju"), щ inside ("ischu", "eschyo")
        if (v.substr(i, 3) == "sch" && v.substr(i, 4) != "schh") {
            if (start) put(text, origin, "с", pos[i]), put(text, origin, "ч", pos[i + 1]);
            else put(text, origin, "щ", pos[i]);
            i += 3;
            continue;
        }
        // "ia", "iu": я, ю at the start and after a vowel ("iuna", "moia"); after a consonant the
        // informal ия, ию ("versia", "Rossii") read better than the passport ля ("Iuliia").
        if (next && v[i] == 'i' && (next == 'a' || next == 'u') && (start || vowel(prev))) {
            put(text, origin, next == 'a' ? "я" : "ю", pos[i]);
            i += 2;
            continue;
        }
        // y after a vowel closes the syllable: й ("moy", "novyy", "kakoy"); elsewhere ы
        if (v[i] == 'y' && !start && vowel(prev) && prev != 'y' && !(next == 'a' || next == 'u' || next == 'o' || next == 'e')) {
            put(text, origin, "й", pos[i]);
            ++i;
            continue;
        }
        if (v[i] == 'y' && !start && prev == 'y' && !(next == 'a' || next == 'u' || next == 'o' || next == 'e')) {
            put(text, origin, "й", pos[i]);  // "novyy": the second y
            ++i;
            continue;
        }
        // э where Russian writes it and a reader expects it: "eto", "etot", "etom" (a word starting "et")
        if (start && v[i] == 'e' && next == 't') {
            put(text, origin, "э", pos[i]);
            ++i;
            continue;
        }
        bool matched = false;
        for (const auto& r : kRules)
            if (v.substr(i, r.latin.size()) == r.latin) {
                // every Cyrillic letter of the rule maps to the Latin letter it stands for
                size_t k = 0, src = i;
                while (k < r.cyr.size()) {
                    size_t q = k;
                    next_cp(r.cyr, q);
                    put(text, origin, r.cyr.substr(k, q - k), pos[std::min(src, i + r.latin.size() - 1)]);
                    k = q;
                    ++src;
                }
                i += r.latin.size();
                matched = true;
                break;
            }
        if (!matched) ++i;  // not reached: every ASCII letter has a rule
    }
}

}  // namespace

bool reads_as_latin_russian(std::string_view text) {
    int cyr = 0;
    for (size_t i = 0; i < text.size();) {
        const char32_t cp = next_cp(text, i);
        if (cp >= 0x400 && cp <= 0x4FF) ++cyr;
    }
    if (cyr >= 3) return false;  // Cyrillic already: the reader needs no help
    const Lists& l = lists();
    const auto words = latin_words(text);
    double score = 0;
    std::set<std::string> strong;
    size_t counted = 0;
    for (const auto& w : words) {
        if (w.in_odd_chunk || w.all_caps || w.mixed_case) continue;
        ++counted;
        if (l.words.count(w.lower)) {
            score += 1;
            strong.insert(w.lower);
        } else if (l.short_words.count(w.lower)) {
            score += 0.5;
        } else if (w.lower.size() >= 5 && !foreign_spelling(w.lower)) {
            for (const auto& e : l.endings)
                if (ends_with(w.lower, e)) {
                    score += 0.5;
                    break;
                }
        }
    }
    // Two distinct Russian words at least, and a quarter of the words Russian-looking: a French
    // "ne" or a Portuguese "na" alone never makes a reply Russian.
    return strong.size() >= 2 && score >= 3 && score >= 0.25 * static_cast<double>(counted);
}

Folded transliterate(std::string_view s) {
    Folded out;
    out.text.reserve(s.size() * 2);
    out.origin.reserve(s.size() * 2 + 1);
    size_t at = 0;
    auto copy_to = [&](size_t end) {
        for (; at < end; ++at) {
            out.text += s[at];
            out.origin.push_back(at);
        }
    };
    for (const auto& w : latin_words(s)) {
        if (!looks_russian(w)) continue;
        copy_to(w.begin);
        std::vector<size_t> pos;  // the original byte of each letter of w.lower
        for (size_t k = w.begin; k < w.end;) {
            pos.push_back(k);
            k += ascii_letter(s[k]) ? 1 : apostrophe_len(s, k);
        }
        word_to_cyrillic(w.lower, pos, out.text, out.origin);
        at = w.end;
    }
    copy_to(s.size());
    out.origin.push_back(s.size());
    return out;
}

Folded fold_latin_russian(std::string_view s) {
    const Folded t = transliterate(s);
    Folded f = fold_tolerant(t.text);
    for (auto& o : f.origin) o = t.origin[o];
    return f;
}

}  // namespace ownercheck::claims
