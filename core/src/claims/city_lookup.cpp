#include "claims/city_lookup.hpp"

#include <string>
#include <vector>

#include "claims/lexicon.hpp"
#include "enrich/gazetteer.hpp"

namespace ownercheck::claims {

namespace {

constexpr long long kMinPopulation = 100000;
constexpr int kMaxNameWords = 3;

// Place prepositions of the Latin-script reply languages, folded ("à" is "a").
bool place_preposition(std::string_view w) {
    static constexpr std::string_view kWords[] = {"in",  "from", "near", "at", "a",  "de",  "depuis", "em", "no", "na",
                                                  "do",  "da",   "desde", "aus", "bei", "von", "nach", "di", "vicino", "fra"};
    for (auto k : kWords)
        if (w == k) return true;
    return false;
}

// A capital letter of the Latin scripts the replies use.
bool capital_at(std::string_view original, size_t i) {
    if (i >= original.size()) return false;
    const unsigned char c = static_cast<unsigned char>(original[i]);
    if (c >= 'A' && c <= 'Z') return true;
    if (c < 0xC3 || c > 0xC5) return false;
    size_t k = i;
    const char32_t cp = next_cp(original, k);
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;  // À..Þ
    for (char32_t u : {U'İ', U'Ş', U'Ğ', U'Ł', U'Ž', U'Š', U'Č', U'Ő', U'Ű'})
        if (cp == u) return true;
    return false;
}

// "Curitiba/PR": a slash ends the name (a state or country code follows)
bool word_byte(char c) {
    return c != ' ' && c != ',' && c != '.' && c != ';' && c != ':' && c != '(' && c != ')' && c != '!' && c != '?' && c != '"' && c != '/';
}

// The gazetteer's city `p` as the client wrote it (`name`), if it is one big enough not to be a
// word that is also a town.
std::optional<PlaceFound> big_city(const Place& p, const std::string& name) {
    if (!p.ok || p.population < kMinPopulation) return std::nullopt;
    PlaceFound f;
    f.city = p.name;
    f.city_raw = name;
    f.country = p.country;
    f.text = name;
    return f;
}

}  // namespace

std::optional<PlaceFound> city_from_gazetteer(const Folded& seg, std::string_view original, size_t from, size_t cut) {
    if (!gazetteer_loaded()) return std::nullopt;
    const std::string_view s = seg.text;
    cut = std::min(cut, s.size());
    // Words of the segment: [start, end) in folded bytes.
    std::vector<std::pair<size_t, size_t>> words;
    for (size_t i = from; i < cut;) {
        while (i < cut && !word_byte(s[i])) ++i;
        size_t j = i;
        while (j < cut && word_byte(s[j])) ++j;
        if (j > i) words.emplace_back(i, j);
        i = j;
    }
    auto try_name = [&](size_t first, size_t count) -> std::optional<PlaceFound> {
        const size_t a = words[first].first, b = words[first + count - 1].second;
        std::string folded(s.substr(a, b - a));
        // "İzmir'den", "Bursa'da": the name before the Turkish case suffix
        if (const size_t ap = folded.find('\''); ap != std::string::npos) folded.resize(ap);
        if (folded.size() < 3 || calendar_word(folded) || known_word(folded)) return std::nullopt;
        const size_t oa = seg.origin[a];
        size_t ob = seg.origin[a + folded.size()];
        const std::string name(original.substr(oa, ob - oa));
        Place p = find_city(name, "");
        // "Stuttgart-Vaihingen", "Milano-Bicocca": a city and its district joined by a hyphen
        if (!p.ok && name.find('-') != std::string::npos && name.find('-') >= 3) p = find_city(name.substr(0, name.find('-')), "");
        return big_city(p, name);
    };
    for (size_t k = 0; k < words.size(); ++k) {
        const auto [a, b] = words[k];
        const std::string_view w = s.substr(a, b - a);
        const bool suffixed = w.find('\'') != std::string_view::npos && w.find('\'') > 2;
        size_t first = k + 1;
        // "Wohnort: Leipzig", "Residence: Leipzig (Südvorstadt)": the answer after a label's colon
        const bool after_label = k + 1 < words.size() && s.substr(b, words[k + 1].first - b).find(':') != std::string_view::npos;
        if (suffixed && capital_at(original, seg.origin[a])) first = k;  // the suffixed word is the name
        else if (!place_preposition(w) && !after_label) continue;
        if (first >= words.size() || !capital_at(original, seg.origin[words[first].first])) continue;
        size_t count = 1;  // up to kMaxNameWords capitalised words: "Rio Grande", "Aix en Provence"
        while (count < kMaxNameWords && first + count < words.size() && words[first + count].first == words[first + count - 1].second + 1 &&
               capital_at(original, seg.origin[words[first + count].first]))
            ++count;
        for (size_t n = count; n >= 1; --n)
            if (auto f = try_name(first, n)) return f;
    }
    return std::nullopt;
}

std::optional<PlaceFound> longer_city_name(const Folded& seg, std::string_view original, size_t pos, size_t len, size_t cut) {
    if (!gazetteer_loaded()) return std::nullopt;
    const std::string_view s = seg.text;
    cut = std::min(cut, s.size());
    if (pos + len >= cut || !capital_at(original, seg.origin[pos])) return std::nullopt;
    // The words after the listed name, each capitalised and one space from the last.
    std::vector<size_t> ends;
    size_t at = pos + len;
    for (int words = 1; words < kMaxNameWords && at + 1 < cut && s[at] == ' ' && capital_at(original, seg.origin[at + 1]); ++words) {
        size_t j = at + 1;
        while (j < cut && word_byte(s[j])) ++j;
        ends.push_back(j);
        at = j;
    }
    for (size_t n = ends.size(); n >= 1; --n) {  // the longest name first
        const size_t oa = seg.origin[pos], ob = seg.origin[ends[n - 1]];
        const std::string name(original.substr(oa, ob - oa));
        if (auto f = big_city(find_city(name, ""), name)) return f;
    }
    return std::nullopt;
}

}  // namespace ownercheck::claims
