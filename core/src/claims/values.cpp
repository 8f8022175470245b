#include "claims/values.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <re2/re2.h>

#include "claims/city_lookup.hpp"
#include "claims/phrase_set.hpp"

namespace ownercheck::claims {

namespace {

std::string slice(const Folded& f, std::string_view original, size_t fpos, size_t flen) {
    const size_t a = f.origin[fpos], b = f.origin[std::min(fpos + flen, f.origin.size() - 1)];
    return std::string(original.substr(a, b - a));
}

// Where a contrast word ("but", "mais", "но", "但是") first appears after `from`, else the end.
size_t contrast_cut(std::string_view folded, size_t from) {
    size_t cut = folded.size();
    for (const auto& l : lexicons())
        for (const auto& c : l.contrast) {
            const size_t p = find_phrase(folded, c, from);
            if (p != std::string_view::npos && p < cut) cut = p;
        }
    return cut;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Past the words that name a model within a family: up to three tokens that carry a digit or
// are a variant word ("13", "air", "pro", "note", "mini", "p30").
size_t model_words_end(std::string_view s, size_t end) {
    static const char* const kVariant[] = {"pro", "max", "mini", "air", "plus", "ultra", "note", "se", "lite", "fe", "mate", "edge", "fold", "flip"};
    for (int n = 0; n < 3; ++n) {
        size_t q = end;
        while (q < s.size() && s[q] == ' ') ++q;
        size_t e = q;
        while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
        if (e == q) break;
        const std::string_view tok = s.substr(q, e - q);
        const bool digit = std::any_of(tok.begin(), tok.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        const bool variant = std::any_of(std::begin(kVariant), std::end(kVariant), [&](const char* v) { return tok == v; });
        if (!digit && !variant) break;
        end = e;
    }
    return end;
}

// A model designation right after a family word: "g84", "e13", "g 5g" (a letter-led token with a
// digit, or one letter and a number).
bool model_token_after(std::string_view s, size_t end) {
    size_t q = end;
    while (q < s.size() && s[q] == ' ') ++q;
    size_t e = q;
    while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
    if (e == q || !std::isalpha(static_cast<unsigned char>(s[q]))) return false;
    const std::string_view tok = s.substr(q, e - q);
    if (std::any_of(tok.begin(), tok.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return true;
    return tok.size() == 1 && e + 1 < s.size() && s[e] == ' ' && std::isdigit(static_cast<unsigned char>(s[e + 1]));
}

// A model word written in another script at q ("노트" -> "Note"), with its length; "" when none.
std::string model_word_at(std::string_view s, size_t q, size_t& len) {
    for (const auto& [w, name] : shared_vocab().model_words)
        if (s.substr(q, w.size()) == w) {
            len = w.size();
            return name;
        }
    return "";
}

// "Istanbuldayim", "Ankaradan": a case ending glued to a place name, written without the
// apostrophe Turkish puts there ("İstanbul'dayım" already ends the name at the apostrophe).
bool place_suffix(std::string_view rest) {
    for (const auto& l : lexicons())
        if (std::find(l.place_suffixes.begin(), l.place_suffixes.end(), rest) != l.place_suffixes.end()) return true;
    return false;
}

// The first place name at or after `from`, as a word or with a case ending glued on; len is the
// name's own length.
size_t find_place_name(std::string_view s, const std::string& phrase, size_t from, size_t& len) {
    // Hundreds of names are tried on every sentence and almost none occur: a plain byte search
    // rules them out before the word-boundary and suffix scans.
    if (!phrase.empty() && phrase.back() != '*' && s.find(phrase, from) == std::string_view::npos) return std::string_view::npos;
    const size_t pos = find_phrase(s, phrase, from, &len);
    if (phrase.empty() || phrase.back() == '*' || static_cast<unsigned char>(phrase[0]) >= 0x80) return pos;
    const std::string stem = phrase + "*";
    size_t sl = 0;
    for (size_t p = find_phrase(s, stem, from, &sl); p != std::string_view::npos && p < pos; p = find_phrase(s, stem, p + 1, &sl))
        if (sl > phrase.size() && place_suffix(s.substr(p + phrase.size(), sl - phrase.size()))) {
            len = phrase.size();
            return p;
        }
    return pos;
}

// "SMS habe ich nie benutzt", "SMS-подтверждение я никогда не подключал", "uygulama hiç
// kullanmadım", "never sms": a "never" word of the language in the word's own clause denies it,
// right before it (at most two words between) or after it (at most three, as verb-final and
// topic-first phrasing puts it). A joiner in between leaves it to the next word: "SMS and never
// the app" denies the app only.
bool never_beside(std::string_view s, size_t p, size_t len, const LangLex& lex) {
    constexpr size_t npos = std::string_view::npos;
    auto clause = [&](std::string_view gap) {
        if (gap.find_first_of(",;:.!?()") != npos) return false;
        for (const auto& j : lex.list_joiners)
            if (j.size() > 2 && j.front() == ' ' && gap.find(j) != npos) return false;
        return true;
    };
    for (const auto& n : lex.nor) {  // "nem Mac": the word right after, one word between at most ("nor a Mac")
        size_t nl = 0;
        for (size_t q = find_phrase(s, n, p > 24 ? p - 24 : 0, &nl); q != npos && q + nl <= p; q = find_phrase(s, n, q + 1, &nl))
            if (clause(s.substr(q + nl, p - q - nl)) && words_between(s.substr(q + nl, p - q - nl)) <= 1) return true;
    }
    for (const auto& n : lex.never) {
        size_t nl = 0;
        for (size_t q = find_phrase(s, n, p > 40 ? p - 40 : 0, &nl); q != npos && q + nl <= p; q = find_phrase(s, n, q + 1, &nl))
            if (clause(s.substr(q + nl, p - q - nl)) && words_between(s.substr(q + nl, p - q - nl)) <= 2) return true;
        for (size_t q = find_phrase(s, n, p + len, &nl); q != npos && q < p + len + 48; q = find_phrase(s, n, q + 1, &nl)) {
            const std::string_view gap = s.substr(p + len, q - p - len);
            if (clause(gap) && words_between(gap) <= 3) return true;
        }
    }
    return false;
}

// "I don't have an iPhone", "Айфона у меня нет", "iPhone'um yok": a device the client says they do
// not have. Devices only: "I don't have the Google Authenticator codes" names the method they use.
bool lacked(std::string_view s, size_t p, size_t len, const LangLex& lex) {
    constexpr size_t npos = std::string_view::npos;
    auto clause = [](std::string_view gap) { return gap.find_first_of(",;:.!?()") == npos; };
    for (const auto& n : lex.lack_before) {
        size_t nl = 0;
        for (size_t q = find_phrase(s, n, p > 40 ? p - 40 : 0, &nl); q != npos && q + nl <= p; q = find_phrase(s, n, q + 1, &nl))
            if (clause(s.substr(q + nl, p - q - nl)) && words_between(s.substr(q + nl, p - q - nl)) <= 2) return true;
    }
    for (const auto& n : lex.lack_after) {
        size_t nl = 0;
        for (size_t q = find_phrase(s, n, p + len, &nl); q != npos && q < p + len + 40; q = find_phrase(s, n, q + 1, &nl))
            if (clause(s.substr(p + len, q - p - len)) && words_between(s.substr(p + len, q - p - len)) <= 3) return true;
    }
    return false;
}

// "dell'anno", "l'app": the word right before an apostrophe is an elided article of the
// language, not the brand or name it is spelled like.
bool elided(std::string_view s, size_t p, size_t len, const LangLex& lex) {
    const size_t e = p + len;
    if (e >= s.size() || (s[e] != '\'' && s.substr(e, 3) != "\xe2\x80\x99")) return false;
    const std::string_view w = s.substr(p, len);
    return std::find(lex.elisions.begin(), lex.elisions.end(), w) != lex.elisions.end();
}

}  // namespace

std::optional<PlaceFound> find_place(const Folded& seg, std::string_view original, size_t from) {
    const std::string_view s = seg.text;
    const size_t cut = contrast_cut(s, from);
    PlaceFound p;
    size_t first = std::string_view::npos, last = 0;
    size_t cpos = std::string_view::npos, clen = 0;
    const SharedVocab& vocab = shared_vocab();
    static const PhraseSet city_names = phrase_set(vocab.cities, &SharedVocab::City::phrase);
    const std::vector<bool> city_here = city_names.present(s, from);
    for (size_t i = 0; i < vocab.cities.size(); ++i) {
        if (!city_here[i]) continue;
        const auto& c = vocab.cities[i];
        size_t len = 0;
        const size_t pos = find_place_name(s, c.phrase, from, len);
        if (pos != std::string_view::npos && pos < cut && (cpos == std::string_view::npos || pos < cpos)) {
            cpos = pos, clen = len;
            p.city = c.name;
            p.city_raw = slice(seg, original, pos, len);
        }
    }
    // The found city's country; "Porto Alegre" is not Porto: a longer city's name that starts with
    // the listed one.
    std::string city_cc = cpos == std::string_view::npos ? std::string() : city_country(p.city);
    if (cpos != std::string_view::npos) {
        if (auto longer = longer_city_name(seg, original, cpos, clen, cut)) {
            clen = fold_str(longer->city_raw).size();
            p.city = longer->city;
            p.city_raw = longer->city_raw;
            city_cc = longer->country;
        }
    }
    size_t kpos = std::string_view::npos, klen = 0;
    static const PhraseSet country_names = phrase_set(vocab.countries, &PhraseStr::first);
    const std::vector<bool> country_here = country_names.present(s, from);
    for (size_t i = 0; i < vocab.countries.size(); ++i) {
        if (!country_here[i]) continue;
        const auto& [name, code] = vocab.countries[i];
        size_t len = 0;
        size_t pos = find_place_name(s, name, from, len);
        // a city name that contains a country name ("Mexico City", "Singapore") is the city
        while (pos != std::string_view::npos && cpos != std::string_view::npos && pos >= cpos && pos < cpos + clen && pos + len <= cpos + clen &&
               !(p.city.size() && city_cc == code && pos + len == cpos + clen && name.size() == clen))
            pos = find_phrase(s, name, pos + 1, &len);
        if (pos != std::string_view::npos && pos < cut && (kpos == std::string_view::npos || pos < kpos)) {
            kpos = pos, klen = len;
            p.country = code;
            p.country_raw = slice(seg, original, pos, len);
        }
    }
    if (cpos == std::string_view::npos && kpos == std::string_view::npos) return city_from_gazetteer(seg, original, from, cut);
    // A known city and another country's name apart from it ("Almanya'da seyahatteyim, normalde
    // Ankara'dan"): the country is another place, the city is the more specific. "Paris, Texas"
    // style pairs stay as written: there the country follows the city directly.
    if (cpos != std::string_view::npos && kpos != std::string_view::npos && !city_cc.empty() && city_cc != p.country) {
        const size_t lo = std::min(cpos + clen, kpos + klen), hi = std::max(cpos, kpos);
        std::string_view gap = lo < hi ? s.substr(lo, hi - lo) : std::string_view();
        bool adjacent = true;
        for (char ch : gap) adjacent = adjacent && (ch == ' ' || ch == ',' || ch == '(' || ch == ')' || ch == '-');
        if (!adjacent || kpos < cpos) {
            kpos = std::string_view::npos, klen = 0;
            p.country = city_cc;
            p.country_raw.clear();
        }
    }
    if (cpos != std::string_view::npos && kpos == std::string_view::npos) p.country = city_cc;
    if (cpos == std::string_view::npos && kpos != std::string_view::npos) {
        // An unknown city before the country: "from Curitiba, Brazil" keeps "Curitiba" as written.
        size_t b = kpos;
        while (b > from && (s[b - 1] == ' ' || s[b - 1] == ',')) --b;
        if (b < kpos && b > from && s[b] != ' ' && s.substr(b, kpos - b).find(',') != std::string_view::npos) {
            size_t a = b;
            int words = 0;
            while (a > from && words < 3) {
                size_t w = a;
                while (w > from && s[w - 1] != ' ') --w;
                std::string_view word = s.substr(w, a - w);
                if (word.empty() || !(static_cast<unsigned char>(original[seg.origin[w]]) >= 0x80 || std::isupper(static_cast<unsigned char>(original[seg.origin[w]])))) break;
                a = w;
                ++words;
                while (a > from && s[a - 1] == ' ') --a;
            }
            while (a < b && s[a] == ' ') ++a;
            if (a < b) p.city_raw = slice(seg, original, a, b - a);
        }
    }
    first = std::min(cpos, kpos);
    last = std::max(cpos == std::string_view::npos ? 0 : cpos + clen, kpos == std::string_view::npos ? 0 : kpos + klen);
    if (!p.city_raw.empty() && p.city.empty()) first = std::min(first, static_cast<size_t>(s.find(fold_str(p.city_raw), from)));
    p.text = trim(slice(seg, original, first, last - first));
    return p;
}

std::vector<DeviceFound> find_devices(const Folded& seg, std::string_view original, const LangLex* lex, std::vector<DeviceFound>* just_bought) {
    const std::string_view s = seg.text;
    // device words in order, longest first, without overlap
    struct Hit { size_t pos, len; const SharedVocab::Device* d; };
    std::vector<Hit> hits;
    std::vector<bool> taken(s.size(), false);
    const SharedVocab& vocab = shared_vocab();
    static const PhraseSet device_words = phrase_set(vocab.devices, &SharedVocab::Device::phrase);
    const std::vector<bool> device_here = device_words.present(s);
    for (size_t i = 0; i < vocab.devices.size(); ++i) {
        if (!device_here[i]) continue;
        const auto& d = vocab.devices[i];
        size_t from = 0, len = 0;
        for (size_t pos; (pos = find_phrase(s, d.phrase, from, &len)) != std::string_view::npos; from = pos + 1) {
            if (d.needs_number && !model_token_after(s, pos + len)) continue;
            if (lex && (elided(s, pos, len, *lex) || never_beside(s, pos, len, *lex) || lacked(s, pos, len, *lex))) continue;
            bool free = true;
            for (size_t k = pos; k < pos + len; ++k) free = free && !taken[k];
            if (!free) continue;
            for (size_t k = pos; k < pos + len; ++k) taken[k] = true;
            hits.push_back({pos, len, &d});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.pos < b.pos; });
    // "Motorola Edge 40": a browser's name right after a maker and before a model number is the
    // phone's model line, not the browser.
    for (size_t i = 1; i < hits.size(); ++i) {
        const auto* prev = hits[i - 1].d;
        if (prev->browser.empty() && prev->model.empty() && prev->family.empty()) continue;
        const size_t gap_from = hits[i - 1].pos + hits[i - 1].len;
        const bool adjacent = hits[i].pos > gap_from && s.substr(gap_from, hits[i].pos - gap_from).find_first_not_of(' ') == std::string_view::npos;
        size_t q = hits[i].pos + hits[i].len;
        while (q < s.size() && s[q] == ' ') ++q;
        const bool number_after = q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]));
        if (!hits[i].d->browser.empty() && adjacent && number_after && prev->browser.empty())
            hits.erase(hits.begin() + static_cast<std::ptrdiff_t>(i--));  // the model words after the maker read it
    }
    // Devices are listed with "and", commas: a joiner between two hits starts a new device, so
    // "Safari on my MacBook and Chrome on my Windows laptop" is two devices of two attributes each.
    std::vector<DeviceFound> out;
    std::vector<size_t> starts, ends;  // where each device's words begin and end
    size_t group_start = 0;
    for (size_t i = 0; i < hits.size(); ++i) {
        bool new_group = out.empty();
        if (!new_group) {
            const std::string_view between = s.substr(hits[i - 1].pos + hits[i - 1].len, hits[i].pos - hits[i - 1].pos - hits[i - 1].len);
            for (const auto& l : lexicons())
                for (const auto& j : l.list_joiners)
                    if (between.find(j) != std::string_view::npos) new_group = true;
            const bool joined = new_group;
            const DeviceFound& cur = out.back();
            const auto* d = hits[i].d;
            // "Компьютер на Linux, браузер Chrome", "Notebook com Windows e Chrome": a browser
            // after a bare OS is that computer's browser, even across a joiner.
            const bool browser_only = !d->browser.empty() && d->os.empty() && d->model.empty() && !d->app;
            // A phone named by its maker ("motorola edge 40 e o pc no chrome") is no bare OS; a PC
            // maker's laptop is ("Dell com Windows e Chrome").
            const bool maker_phone = !cur.family.empty() && (cur.os == "Android" || cur.os == "iOS");
            if (new_group && browser_only && !cur.os.empty() && cur.browser.empty() && cur.model.empty() && !maker_phone && !cur.app)
                new_group = false;
            // "ThinkPad sous Ubuntu", "Dell mit Linux": the OS named after a PC maker's laptop is
            // its OS, not the one that maker's laptops usually run
            const bool laptop_os = !joined && !cur.family.empty() && cur.model.empty() && cur.browser.empty() && !maker_phone && !cur.app &&
                                   d->browser.empty() && d->model.empty() && (d->os == "Linux" || d->os == "Windows" || d->os == "Chrome OS");
            // a second browser or a second OS is another device even without a joiner
            if ((!d->browser.empty() && !cur.browser.empty()) || (!d->os.empty() && !cur.os.empty() && d->os != cur.os && !laptop_os)) new_group = true;
        }
        if (new_group) {
            out.push_back({});
            group_start = hits[i].pos;
            starts.push_back(group_start);
            ends.push_back(hits[i].pos + hits[i].len);
        }
        DeviceFound& dev = out.back();
        const auto* d = hits[i].d;
        if (!d->os.empty()) dev.os = d->os;
        if (!d->family.empty() && d->model.empty()) dev.family = d->family;
        if (!d->browser.empty()) dev.browser = d->browser;
        if (d->app) dev.app = true;
        size_t end = hits[i].pos + hits[i].len;
        if (!d->model.empty()) {
            dev.model = d->model;
            if (d->model_number) {  // "Pixel 8", "Galaxy S23 Ultra", "SM-S911B"
                size_t q = end;
                while (q < s.size() && s[q] == ' ') ++q;
                if (d->model == "Galaxy" && s.substr(q, 6) == "galaxy") {
                    q += 6;
                    while (q < s.size() && s[q] == ' ') ++q;
                }
                size_t e = q;
                while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])))) ++e;
                std::string token(original.substr(seg.origin[q], seg.origin[e] - seg.origin[q]));
                // "노트20" (Note20): a series word in the client's script, then its number
                size_t wl = 0;
                if (e == q) {
                    const std::string word = model_word_at(s, q, wl);
                    if (!word.empty()) {
                        size_t n = q + wl;
                        while (n < s.size() && s[n] == ' ') ++n;
                        size_t ne = n;
                        while (ne < s.size() && std::isdigit(static_cast<unsigned char>(s[ne]))) ++ne;
                        if (ne > n) {
                            token = word + std::string(s.substr(n, ne - n));
                            e = ne;
                        }
                    }
                }
                // "Note 20", "S 23": a short series word and its number written apart
                else if (e - q <= 4 && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(q), s.begin() + static_cast<std::ptrdiff_t>(e),
                                                  [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); })) {
                    size_t n = e;
                    while (n < s.size() && s[n] == ' ') ++n;
                    size_t ne = n;
                    while (ne < s.size() && std::isdigit(static_cast<unsigned char>(s[ne]))) ++ne;
                    if (n > e && ne > n && ne - n <= 3 && (ne >= s.size() || !std::isalnum(static_cast<unsigned char>(s[ne])))) {
                        token = token.size() > 1 ? std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(token[0])))) + token.substr(1)
                                                 : token;
                        token += std::string(s.substr(n, ne - n));
                        e = ne;
                    }
                }
                if (e > q && std::any_of(token.begin(), token.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
                    const bool series = token.size() > 2 && std::islower(static_cast<unsigned char>(token[1]));  // "Note20" keeps its case
                    if (!series)
                        for (auto& ch : token) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
                    if (d->model == "Pixel") token = token.size() > 1 && std::isalpha(static_cast<unsigned char>(token.back())) ? token.substr(0, token.size() - 1) + static_cast<char>(std::tolower(static_cast<unsigned char>(token.back()))) : token;
                    dev.model = d->model + " " + token;
                    end = e;
                    // "Galaxy S24 Ultra", "Pixel 8 Pro": the variant is part of the model name
                    size_t v = e;
                    while (v < s.size() && s[v] == ' ') ++v;
                    size_t ve = v;
                    while (ve < s.size() && std::isalpha(static_cast<unsigned char>(s[ve]))) ++ve;
                    std::string_view vw = s.substr(v, ve - v);
                    size_t vl = 0;
                    const std::string translated = ve == v ? model_word_at(s, v, vl) : "";
                    if (!translated.empty()) {
                        ve = v + vl;
                        dev.model += " " + translated;
                        end = ve;
                        vw = {};
                    }
                    for (const char* name : {"ultra", "pro", "plus", "fe", "lite", "mini", "max"})
                        if (vw == name) {
                            std::string word(original.substr(seg.origin[v], seg.origin[ve] - seg.origin[v]));
                            word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
                            for (size_t k = 1; k < word.size(); ++k) word[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[k])));
                            if (word == "Fe") word = "FE";
                            dev.model += " " + word;
                            end = ve;
                        }
                }
            }
        }
        // The client's words keep the model as they wrote it: "iPhone 13", "MacBook Air", "Redmi
        // Note 12", "P30". The model field stays the family the logs can show.
        if (d->browser.empty() && end == hits[i].pos + hits[i].len) {
            const size_t ext = model_words_end(s, end);
            const std::string family = !dev.model.empty() ? dev.model : d->family;
            if (ext > end && !family.empty())
                dev.model_text = family + " " + trim(original.substr(seg.origin[end], seg.origin[ext] - seg.origin[end]));
            end = ext;
        }
        // "Galaxy S24 (Chrome)": the bracket opened inside the device closes with it
        {
            size_t q = end;
            while (q < s.size() && s[q] == ' ') ++q;
            const std::string_view words = s.substr(group_start, end - group_start);
            if (q < s.size() && s[q] == ')' && std::count(words.begin(), words.end(), '(') > std::count(words.begin(), words.end(), ')')) end = q + 1;
        }
        dev.text = trim(slice(seg, original, group_start, end - group_start));
        ends.back() = std::max(ends.back(), end);
    }
    // "새 아이폰 16을 샀고", "my new iPhone", "ein neues Handy (Samsung Galaxy S23)": a device
    // introduced as new or just bought is the one the client is setting up, not one they have
    // been using; it is context, not a device claim.
    bool dropped = false;
    for (size_t i = out.size(); i-- > 0;) {
        const size_t from = starts[i] > 40 ? starts[i] - 40 : 0;
        const std::string_view before = s.substr(from, starts[i] - from);
        bool is_new = false;
        for (const auto& l : lexicons())
            for (const auto& n : l.new_device) {
                size_t len = 0;
                for (size_t p = find_phrase(before, n, 0, &len); p != std::string_view::npos && !is_new; p = find_phrase(before, n, p + 1, &len)) {
                    // at most one word between the marker and the device ("neues Handy (Samsung ..."), or
                    // the new thing and its maker in brackets ("новым ноутбуком (HP, Windows)")
                    const std::string_view gap = before.substr(p + len);
                    const size_t words = words_between(gap);
                    if (words <= 1 || (words <= 3 && gap.find('(') != std::string_view::npos && gap.find(')') == std::string_view::npos))
                        is_new = true;
                }
            }
        // "ein iPhone 16 gekauft", "iPhone 16 aldım": where the verb comes last, after the device.
        const std::string_view after = s.substr(ends[i], std::min<size_t>(40, s.size() - ends[i]));
        for (const auto& l : lexicons())
            for (const auto& n : l.new_device_after) {
                size_t len = 0;
                const size_t p = find_phrase(after, n, 0, &len);
                if (p != std::string_view::npos && after.substr(0, p).find_first_of(",;:.!?()") == std::string_view::npos &&
                    words_between(after.substr(0, p)) <= 1)
                    is_new = true;
            }
        if (is_new && just_bought) just_bought->push_back(out[i]);
        if (is_new) out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
        dropped = dropped || is_new;
    }
    // Nothing specific named: the kinds of device the client names ("Захожу с телефона", "from
    // my laptop"), each once, in text order.
    if (out.empty() && !dropped) {
        std::vector<std::pair<size_t, const PhraseStr*>> kinds;
        std::vector<bool> taken(s.size(), false);
        for (const auto& k : shared_vocab().device_kinds) {
            size_t len = 0;
            const size_t pos = find_phrase(s, k.first, 0, &len);
            if (pos == std::string_view::npos || taken[pos]) continue;
            if (std::any_of(kinds.begin(), kinds.end(), [&](const auto& x) { return x.second->second == k.second; })) continue;
            for (size_t q = pos; q < pos + len; ++q) taken[q] = true;
            kinds.emplace_back(pos, &k);
            DeviceFound d;
            d.text = trim(slice(seg, original, pos, len));
            d.kind = k.second;
            out.push_back(d);
        }
    }
    return out;
}

bool wished_method(std::string_view s, size_t p, size_t len) {
    constexpr std::string_view kClauseEnd = ",;.!?()\n";
    size_t from = s.find_last_of(kClauseEnd, p);
    from = from == std::string_view::npos ? 0 : from + 1;
    size_t to = s.find_first_of(kClauseEnd, p + len);
    if (to == std::string_view::npos) to = s.size();
    const std::string_view clause = s.substr(from, to - from);
    for (const auto& l : lexicons())
        for (const auto& w : l.switch_to)
            if (find_phrase(clause, w) != std::string_view::npos) return true;
    return false;
}

namespace {

// "No SMS.", "pas par SMS", "kein SMS", "SMS değil", "문자는 아니고": the method at [p, p + len) is
// denied by one of the language's negators right before it (at most two words between: "não por
// SMS", "not by SMS") or, for negators_after, right after it (at most one word), in one clause.
// In a sentence about a loss the negation is the loss: "my phone got stolen so no google auth
// anymore" still names the method the client used.
bool negated_method(std::string_view s, size_t p, size_t len, const LangLex& lex) {
    constexpr size_t npos = std::string_view::npos;
    // "never" is no loss: "Google Authenticator was only on it; SMS I never enabled"
    if (never_beside(s, p, len, lex)) return true;
    for (const auto& l : lexicons())
        for (const auto& w : l.loss)
            if (find_phrase(s, w) != npos) return false;
    auto clause = [](std::string_view gap) { return gap.find_first_of(",;:.!?()") == npos; };
    for (const auto& n : lex.negators) {
        size_t nl = 0;
        for (size_t q = find_phrase(s, n, p > 40 ? p - 40 : 0, &nl); q != npos && q + nl <= p; q = find_phrase(s, n, q + 1, &nl)) {
            const std::string_view gap = s.substr(q + nl, p - q - nl);
            if (clause(gap) && words_between(gap) <= 2) return true;
        }
    }
    for (const auto& n : lex.negators_after) {
        size_t nl = 0;
        for (size_t q = find_phrase(s, n, p + len, &nl); q != npos && q < p + len + 40; q = find_phrase(s, n, q + 1, &nl)) {
            const std::string_view gap = s.substr(p + len, q - p - len);
            // one word between, a Hangul word with its particle counted once ("문자 인증은 안 썼어요")
            size_t tokens = 0;
            for (size_t k = 0; k < gap.size();) {
                while (k < gap.size() && gap[k] == ' ') ++k;
                if (k < gap.size()) ++tokens;
                while (k < gap.size() && gap[k] != ' ') ++k;
            }
            if (clause(gap) && (words_between(gap) <= 1 || (tokens <= 1 && gap.size() <= 16))) return true;
        }
    }
    return false;
}

}  // namespace

std::string find_method(std::string_view folded, const LangLex& lex, bool* denied) {
    size_t best = std::string_view::npos;
    std::string method;
    if (denied) *denied = false;
    for (const auto& [phrase, m] : shared_vocab().twofa) {
        size_t len = 0;
        for (size_t p = find_phrase(folded, phrase, 0, &len); p != std::string_view::npos && p < best; p = find_phrase(folded, phrase, p + 1, &len))
            if (wished_method(folded, p, len)) {
                continue;
            } else if (!negated_method(folded, p, len, lex)) {
                best = p, method = m;
                break;
            } else if (denied) {
                *denied = true;
            }
    }
    return method;
}

std::string find_side(std::string_view folded) {
    size_t best = std::string_view::npos;
    std::string side;
    for (const auto& l : lexicons()) {
        for (const auto& w : l.buy)
            if (size_t p = find_phrase(folded, w); p != std::string_view::npos && p < best) best = p, side = "buy";
        for (const auto& w : l.sell)
            if (size_t p = find_phrase(folded, w); p != std::string_view::npos && p < best) best = p, side = "sell";
    }
    return side;
}

// The reply is attacker-controlled: these scans use RE2 (linear time), never a backtracking
// engine, which would go quadratic or overflow the stack on a long crafted line.
std::string find_email(std::string_view original) {
    static const RE2 re(R"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+))");
    re2::StringPiece m;
    if (RE2::PartialMatch(re2::StringPiece(original.data(), original.size()), re, &m)) return std::string(m);
    return "";
}

std::string find_phone(std::string_view original) {
    static const RE2 re(R"((\+?\d[\d \-().]{6,18}\d))");
    re2::StringPiece m;
    if (!RE2::PartialMatch(re2::StringPiece(original.data(), original.size()), re, &m)) return "";
    std::string digits;
    for (char c : m)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') digits += c;
    return digits.size() >= 7 ? digits : "";
}

std::string find_address(std::string_view original) {
    static const RE2 re(R"(\b(bc1[a-z0-9]{20,90}|0x[0-9a-fA-F]{40}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|r[1-9A-HJ-NP-Za-km-z]{24,34}|addr1[a-z0-9]{50,110}|T[1-9A-HJ-NP-Za-km-z]{33})\b)");
    re2::StringPiece m;
    if (RE2::PartialMatch(re2::StringPiece(original.data(), original.size()), re, &m)) return std::string(m);
    // Clients rarely paste a whole address: "bc1q9h…7f3k", "0x4b2E...a91C", "TXy7…9kPq". The
    // fragment keeps its two ends as written; a digit in it tells it from "Then...what".
    static const RE2 frag(R"(\b((?:bc1|0x|T|addr1|[13r])[A-Za-z0-9]{2,14}(?:\x{2026}|\.{2,3})[A-Za-z0-9]{3,14})\b)");
    if (RE2::PartialMatch(re2::StringPiece(original.data(), original.size()), frag, &m) &&
        std::any_of(m.begin(), m.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return std::string(m);
    return "";
}

namespace {

// The run of ASCII letters and digits next to a marker: after it (skipping spaces, quotes, ':'
// and "with"-like short joiners already in the marker) or, for languages that put the fragment
// first, before it (skipping spaces and a Korean particle written apart). Empty when none.
std::pair<size_t, size_t> token_near(std::string_view s, size_t mpos, size_t mlen, bool before) {
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    auto skippable = [](char c) { return c == ' ' || c == ':' || c == '"' || c == '\'' || c == '`' || c == '('; };
    if (!before) {
        size_t q = mpos + mlen;
        while (q < s.size() && skippable(s[q])) ++q;
        size_t e = q;
        while (e < s.size() && alnum(s[e])) ++e;
        return {q, e};
    }
    size_t e = mpos;
    while (e > 0 && (skippable(s[e - 1]) || s[e - 1] == ')')) --e;
    // "以bc1qxy2开头": the fragment is glued to CJK text; "bc1qxy2로": the particle is in the marker
    size_t q = e;
    while (q > 0 && alnum(s[q - 1])) --q;
    return {q, e};
}

bool has_digit(std::string_view t) {
    return std::any_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

std::string find_spoken_address(const Folded& seg, std::string_view original) {
    const std::string_view s = seg.text;
    for (const auto& l : lexicons()) {
        if (l.address_start.empty() || l.address_end.empty()) continue;
        auto find_token = [&](const std::vector<std::string>& markers, size_t from, size_t& tok_end) -> std::pair<size_t, size_t> {
            for (const auto& m : markers) {
                size_t len = 0;
                for (size_t pos = find_phrase(s, m, from, &len); pos != std::string_view::npos; pos = find_phrase(s, m, pos + 1, &len)) {
                    // the language's order first, then the other ("mit 0x9f3A beginnt" as well as
                    // "beginnt mit 0x9f3A"), where only a fragment with a digit counts
                    auto [a, b] = token_near(s, pos, len, l.address_token_before);
                    if (b <= a || (!has_digit(s.substr(a, b - a)) && b - a < 4)) {
                        std::tie(a, b) = token_near(s, pos, len, !l.address_token_before);
                        if (!has_digit(s.substr(a, b - a))) a = b = 0;
                    }
                    if (b > a) {
                        tok_end = std::max(b, pos + len);
                        return {a, b};
                    }
                }
            }
            return {0, 0};
        };
        size_t start_end = 0, end_end = 0;
        const auto [pa, pb] = find_token(l.address_start, 0, start_end);
        if (pb <= pa) continue;
        const auto [sa, sb] = find_token(l.address_end, pb, end_end);
        if (sb <= sa || sa < pb) continue;
        const std::string prefix = slice(seg, original, pa, pb - pa), suffix = slice(seg, original, sa, sb - sa);
        // The start must look like an address (a known prefix or a mix of letters and digits),
        // the end a few characters of one: "starts at 9am and ends at 5pm" is not an address.
        static const RE2 head(R"((?:bc1|0x|addr1|ltc1|tb1|[13rTLMDX])[A-Za-z0-9]{3,20})");
        if (!RE2::FullMatch(prefix, head) || !has_digit(prefix) || suffix.size() < 3 || suffix.size() > 20) continue;
        if (!has_digit(suffix) && suffix.size() < 4) continue;
        return prefix + "\u2026" + suffix;
    }
    return "";
}

std::string find_name_after(std::string_view original, const Folded& seg, size_t cue_end) {
    size_t a = seg.origin[std::min(cue_end, seg.origin.size() - 1)];
    // past ":" or "：" (the full-width colon of a Chinese form), and any other punctuation
    std::string rest = trim_punct(original.substr(a));
    // "Meu nome completo é João ...", "je m'appelle ...": a name starts at a capital, so short
    // lower-case words between the cue and the name (a verb, an article) are skipped.
    for (int skipped = 0; skipped < 2 && !rest.empty(); ++skipped) {
        size_t k = 0;
        const char32_t cp = next_cp(rest, k);
        const bool lower = (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
        const size_t sp = rest.find(' ');
        if (!lower || sp == std::string::npos || sp > 4) break;
        rest = trim(std::string_view(rest).substr(sp + 1));
    }
    // Korean writes the name as one word with the copula glued on: "김민준이고", "김민준입니다".
    {
        size_t k = 0;
        const char32_t cp = rest.empty() ? 0 : next_cp(rest, k);
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            std::string w = rest.substr(0, std::min(rest.find(' '), rest.size()));
            for (const char* suffix : {"입니다", "이에요", "예요", "이고", "이며", "이라고", "라고"}) {
                const std::string x(suffix);
                if (w.size() > x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0) {
                    w.resize(w.size() - x.size());
                    break;
                }
            }
            return w;
        }
    }
    // Chinese writes the name without spaces, the sentence running on after it ("我叫王小明，住在
    // 北京"): the run of Han characters, at most four.
    {
        size_t k = 0;
        const char32_t cp = rest.empty() ? 0 : next_cp(rest, k);
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            size_t e = 0;
            for (int n = 0; n < 4 && e < rest.size(); ++n) {
                size_t q = e;
                const char32_t c = next_cp(rest, q);
                if (c < 0x4E00 || c > 0x9FFF) break;
                e = q;
            }
            return rest.substr(0, e);
        }
    }
    // up to four words, stopping at punctuation
    std::string name;
    int words = 0;
    size_t i = 0;
    while (i < rest.size() && words < 4) {
        size_t j = i;
        while (j < rest.size() && (word_char(rest[j]) || rest[j] == '-' || rest[j] == '\'')) ++j;
        if (j == i) break;
        if (!name.empty()) name += ' ';
        name += rest.substr(i, j - i);
        ++words;
        if (j >= rest.size() || rest[j] != ' ') break;
        i = j + 1;
    }
    return name;
}

}  // namespace ownercheck::claims
