#include "claims/values.hpp"

#include <algorithm>
#include <cctype>
#include <re2/re2.h>

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

}  // namespace

std::optional<PlaceFound> find_place(const Folded& seg, std::string_view original, size_t from) {
    const std::string_view s = seg.text;
    const size_t cut = contrast_cut(s, from);
    PlaceFound p;
    size_t first = std::string_view::npos, last = 0;
    size_t cpos = std::string_view::npos, clen = 0;
    for (const auto& c : shared_vocab().cities) {
        size_t len = 0;
        const size_t pos = find_phrase(s, c.phrase, from, &len);
        if (pos != std::string_view::npos && pos < cut && (cpos == std::string_view::npos || pos < cpos)) {
            cpos = pos, clen = len;
            p.city = c.name;
            p.city_raw = slice(seg, original, pos, len);
        }
    }
    size_t kpos = std::string_view::npos, klen = 0;
    for (const auto& [name, code] : shared_vocab().countries) {
        size_t len = 0;
        size_t pos = find_phrase(s, name, from, &len);
        // a city name that contains a country name ("Mexico City", "Singapore") is the city
        while (pos != std::string_view::npos && cpos != std::string_view::npos && pos >= cpos && pos < cpos + clen && pos + len <= cpos + clen &&
               !(p.city.size() && city_country(p.city) == code && pos + len == cpos + clen && name.size() == clen))
            pos = find_phrase(s, name, pos + 1, &len);
        if (pos != std::string_view::npos && pos < cut && (kpos == std::string_view::npos || pos < kpos)) {
            kpos = pos, klen = len;
            p.country = code;
            p.country_raw = slice(seg, original, pos, len);
        }
    }
    if (cpos == std::string_view::npos && kpos == std::string_view::npos) return std::nullopt;
    if (cpos != std::string_view::npos && kpos == std::string_view::npos) p.country = city_country(p.city);
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

std::vector<DeviceFound> find_devices(const Folded& seg, std::string_view original) {
    const std::string_view s = seg.text;
    // device words in order, longest first, without overlap
    struct Hit { size_t pos, len; const SharedVocab::Device* d; };
    std::vector<Hit> hits;
    std::vector<bool> taken(s.size(), false);
    for (const auto& d : shared_vocab().devices) {
        size_t from = 0, len = 0;
        for (size_t pos; (pos = find_phrase(s, d.phrase, from, &len)) != std::string_view::npos; from = pos + 1) {
            bool free = true;
            for (size_t k = pos; k < pos + len; ++k) free = free && !taken[k];
            if (!free) continue;
            for (size_t k = pos; k < pos + len; ++k) taken[k] = true;
            hits.push_back({pos, len, &d});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.pos < b.pos; });
    // Devices are listed with "and", commas: a joiner between two hits starts a new device, so
    // "Safari on my MacBook and Chrome on my Windows laptop" is two devices of two attributes each.
    std::vector<DeviceFound> out;
    size_t group_start = 0;
    for (size_t i = 0; i < hits.size(); ++i) {
        bool new_group = out.empty();
        if (!new_group) {
            const std::string_view between = s.substr(hits[i - 1].pos + hits[i - 1].len, hits[i].pos - hits[i - 1].pos - hits[i - 1].len);
            for (const auto& l : lexicons())
                for (const auto& j : l.list_joiners)
                    if (between.find(j) != std::string_view::npos) new_group = true;
            const DeviceFound& cur = out.back();
            const auto* d = hits[i].d;
            // a second browser or a second OS is another device even without a joiner
            if ((!d->browser.empty() && !cur.browser.empty()) || (!d->os.empty() && !cur.os.empty() && d->os != cur.os)) new_group = true;
        }
        if (new_group) {
            out.push_back({});
            group_start = hits[i].pos;
        }
        DeviceFound& dev = out.back();
        const auto* d = hits[i].d;
        if (!d->os.empty()) dev.os = d->os;
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
                if (e > q && std::any_of(token.begin(), token.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
                    for (auto& ch : token) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
                    if (d->model == "Pixel") token = token.size() > 1 && std::isalpha(static_cast<unsigned char>(token.back())) ? token.substr(0, token.size() - 1) + static_cast<char>(std::tolower(static_cast<unsigned char>(token.back()))) : token;
                    dev.model = d->model + " " + token;
                    end = e;
                }
            }
        }
        dev.text = trim(slice(seg, original, group_start, end - group_start));
    }
    return out;
}

std::string find_method(std::string_view folded) {
    size_t best = std::string_view::npos;
    std::string method;
    for (const auto& [phrase, m] : shared_vocab().twofa) {
        const size_t p = find_phrase(folded, phrase);
        if (p != std::string_view::npos && p < best) best = p, method = m;
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
    return "";
}

std::string find_name_after(std::string_view original, const Folded& seg, size_t cue_end) {
    size_t a = seg.origin[std::min(cue_end, seg.origin.size() - 1)];
    std::string rest = trim(original.substr(a));
    while (!rest.empty() && (rest[0] == ':' || rest[0] == ' ')) rest.erase(0, 1);
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
