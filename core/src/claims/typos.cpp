#include "claims/typos.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims/lexicon.hpp"

namespace ownercheck::claims {

namespace {

constexpr size_t kMinWord = 7;  // dictionary words this long or longer are corrected towards

bool ascii_letter(char c) { return c >= 'a' && c <= 'z'; }

bool all_letters(std::string_view w) { return !w.empty() && std::all_of(w.begin(), w.end(), ascii_letter); }

struct Corrector {
    std::unordered_set<std::string> known;           // every word of every lexicon phrase
    std::unordered_map<std::string, std::string> word;  // misspelling -> word ("" when ambiguous)
    std::unordered_map<std::string, std::string> stem;  // misspelt stem -> stem
    std::vector<std::string> stems;                      // the stems themselves ("einzahl")
    std::vector<size_t> stem_lengths;                    // distinct lengths of misspelt stems

    static void add(std::unordered_map<std::string, std::string>& m, const std::string& variant, const std::string& target) {
        auto [it, added] = m.emplace(variant, target);
        if (!added && it->second != target) it->second.clear();  // two words one slip apart: neither
    }
    // The word with one letter left out, and with two different neighbours swapped.
    static std::vector<std::string> slips(const std::string& w) {
        std::vector<std::string> out;
        for (size_t k = 0; k < w.size(); ++k) out.push_back(w.substr(0, k) + w.substr(k + 1));
        for (size_t k = 0; k + 1 < w.size(); ++k)
            if (w[k] != w[k + 1]) {
                std::string t = w;
                std::swap(t[k], t[k + 1]);
                out.push_back(t);
            }
        return out;
    }

    Corrector() {
        std::vector<std::string> phrases;
        auto take = [&](const std::vector<std::string>& v) { phrases.insert(phrases.end(), v.begin(), v.end()); };
        for (const auto& l : lexicons()) {
            take(l.detect), take(l.day_joiners), take(l.year_suffixes), take(l.ago), take(l.ago_prefix), take(l.range_joiners);
            take(l.range_openers), take(l.approx), take(l.approx_after), take(l.approx_after_sum), take(l.habitual), take(l.loss), take(l.contrast), take(l.negation), take(l.buy), take(l.sell);
            take(l.alt_joiners), take(l.address_start), take(l.address_end), take(l.year_part_links);
            for (const auto& p : l.months) phrases.push_back(p.first);
            for (const auto& p : l.weekdays) phrases.push_back(p.first);
            for (const auto& p : l.number_words) phrases.push_back(p.first);
            for (const auto& p : l.units) phrases.push_back(p.first);
            for (const auto& p : l.topic_cues) phrases.push_back(p.first);
            for (const auto& r : l.relative) phrases.push_back(r.phrase);
            for (const auto& p : l.year_parts) phrases.push_back(p.phrase);
            for (const auto& p : l.year_parts_after) phrases.push_back(p.phrase);
        }
        const auto& v = shared_vocab();
        for (const auto& a : v.assets) phrases.push_back(a.phrase);
        for (const auto& c : v.countries) phrases.push_back(c.first);
        for (const auto& c : v.cities) phrases.push_back(c.phrase);
        for (const auto& d : v.devices) phrases.push_back(d.phrase);
        for (const auto& t : v.twofa) phrases.push_back(t.first);
        // The words corrected towards: the ones that carry a topic, a date or a side.
        std::vector<std::string> targets;
        for (const auto& l : lexicons()) {
            for (const auto& p : l.topic_cues) targets.push_back(p.first);
            for (const auto& r : l.relative) targets.push_back(r.phrase);
            for (const auto& p : l.months) targets.push_back(p.first);
            for (const auto& p : l.weekdays) targets.push_back(p.first);
            for (const auto& w : l.buy) targets.push_back(w);
            for (const auto& w : l.sell) targets.push_back(w);
        }
        auto words_of = [](const std::string& p, auto&& each) {
            size_t i = 0;
            while (i < p.size()) {
                size_t j = i;
                while (j < p.size() && (ascii_letter(p[j]) || p[j] == '*')) ++j;
                if (j > i) each(p.substr(i, j - i));
                i = j + 1;
            }
        };
        for (const auto& p : phrases) words_of(p, [&](const std::string& w) { known.insert(w.back() == '*' ? w.substr(0, w.size() - 1) : w); });
        for (const auto& p : targets)
            words_of(p, [&](const std::string& w) {
                const bool is_stem = w.back() == '*';
                const std::string base = is_stem ? w.substr(0, w.size() - 1) : w;
                if (base.size() < kMinWord || !all_letters(base)) return;
                if (is_stem && std::find(stems.begin(), stems.end(), base) == stems.end()) stems.push_back(base);
                for (const auto& s : slips(base)) {
                    if (known.count(s)) continue;
                    add(is_stem ? stem : word, s, base);
                    if (is_stem && std::find(stem_lengths.begin(), stem_lengths.end(), s.size()) == stem_lengths.end()) stem_lengths.push_back(s.size());
                }
            });
    }

    // The corrected word, or "" when it stands as written.
    std::string correct(std::string_view w) const {
        if (w.size() + 1 < kMinWord) return "";
        const std::string s(w);
        if (known.count(s)) return "";
        for (const auto& st : stems)
            if (w.substr(0, st.size()) == st) return "";  // "withdrawal" is "withdraw*" as written
        if (auto it = word.find(s); it != word.end()) return it->second;
        // a misspelt stem and its ending: "einzalung" is "einzahl" + "ung"
        for (size_t n : stem_lengths) {
            if (w.size() < n || w.size() > n + 5) continue;
            if (auto it = stem.find(s.substr(0, n)); it != stem.end() && !it->second.empty()) return it->second + s.substr(n);
        }
        return "";
    }
};

const Corrector& corrector() {
    static const Corrector c;
    return c;
}

}  // namespace

Folded fold_tolerant(std::string_view s) {
    Folded f = fold(s);
    const Corrector& c = corrector();
    const std::string& t = f.text;
    Folded out;
    bool changed = false;
    size_t copied = 0;
    for (size_t i = 0; i < t.size();) {
        if (!ascii_letter(t[i]) || (i > 0 && (static_cast<unsigned char>(t[i - 1]) >= 0x80 || std::isalnum(static_cast<unsigned char>(t[i - 1]))))) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < t.size() && ascii_letter(t[j])) ++j;
        if (j < t.size() && (static_cast<unsigned char>(t[j]) >= 0x80 || std::isdigit(static_cast<unsigned char>(t[j])))) {
            i = j;
            continue;  // part of a longer word in another script, or "abc123"
        }
        const std::string fix = c.correct(std::string_view(t).substr(i, j - i));
        if (!fix.empty() && fix != std::string_view(t).substr(i, j - i)) {
            if (!changed) {
                out.text.reserve(t.size() + 8);
                out.origin.reserve(t.size() + 9);
                changed = true;
            }
            out.text.append(t, copied, i - copied);
            out.origin.insert(out.origin.end(), f.origin.begin() + static_cast<std::ptrdiff_t>(copied), f.origin.begin() + static_cast<std::ptrdiff_t>(i));
            for (size_t k = 0; k < fix.size(); ++k) {
                out.text.push_back(fix[k]);
                out.origin.push_back(f.origin[i + std::min(k, j - i - 1)]);
            }
            copied = j;
        }
        i = j;
    }
    if (!changed) return f;
    out.text.append(t, copied, std::string::npos);
    out.origin.insert(out.origin.end(), f.origin.begin() + static_cast<std::ptrdiff_t>(copied), f.origin.end());
    return out;
}

}  // namespace ownercheck::claims
