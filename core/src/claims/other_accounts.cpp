#include "claims/other_accounts.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

namespace {

constexpr std::string_view kElision = "\xE2\x80\xA6";  // …

// Where the clause holding folded position `at` starts: after the last joiner, colon or sentence
// end before it.
size_t clause_start(std::string_view folded, size_t at) {
    size_t start = 0;
    auto after = [&](std::string_view mark) {
        const size_t p = folded.rfind(mark, at);
        if (p != std::string_view::npos && p + mark.size() <= at) start = std::max(start, p + mark.size());
    };
    for (std::string_view mark : {": ", "; ", ". ", "! ", "? ", "(", "\xEF\xBC\x9B", "\xEF\xBC\x9A", "\xE3\x80\x82"}) after(mark);  // ；：。
    for (const auto& l : lexicons())
        for (const auto& j : l.list_joiners) after(j);
    return start;
}

// Where it ends: at the next "; " or at a sentence's end (". " before a capital, or the end).
size_t clause_end(std::string_view folded, std::string_view original, const std::vector<size_t>& origin, size_t from) {
    for (size_t i = from; i < folded.size(); ++i) {
        const char c = folded[i];
        if (c == ';') return i;
        if (c == '.' && i + 2 < folded.size() && folded[i + 1] == ' ') {
            const size_t o = origin[i + 2];
            if (o < original.size() && original[o] >= 'A' && original[o] <= 'Z') return i;
        }
    }
    return folded.size();
}

}  // namespace

namespace {

std::string line_without_other_accounts(std::string_view sentence) {
    const Folded f = fold(sentence);
    std::vector<std::pair<size_t, size_t>> cuts;  // folded ranges
    for (const auto& l : lexicons())
        for (const auto& phrase : l.other_account) {
            size_t len = 0;
            for (size_t p = find_phrase(f.text, phrase, 0, &len); p != std::string_view::npos; p = find_phrase(f.text, phrase, p + len, &len))
                cuts.emplace_back(clause_start(f.text, p), clause_end(f.text, sentence, f.origin, p + len));
        }
    if (cuts.empty()) return std::string(sentence);
    std::sort(cuts.begin(), cuts.end());
    std::string out;
    size_t kept = 0;  // original bytes copied so far
    for (const auto& [from, to] : cuts) {
        const size_t a = f.origin[from], b = f.origin[to];
        if (b <= kept) continue;
        if (a > kept) out.append(sentence.substr(kept, a - kept));
        out.append(kElision);
        kept = b;
    }
    out.append(sentence.substr(std::min(kept, sentence.size())));
    return out;
}

}  // namespace

std::string without_other_accounts(std::string_view text) {
    // Only a reply that says the client holds two accounts speaks of the other one.
    const std::string folded = fold_str(text);
    bool two = false;
    for (const auto& l : lexicons())
        for (const auto& p : l.two_accounts) two = two || find_phrase(folded, p) != std::string_view::npos;
    if (!two) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t from = 0; from <= text.size();) {
        size_t nl = text.find('\n', from);
        if (nl == std::string_view::npos) nl = text.size();
        out += line_without_other_accounts(text.substr(from, nl - from));
        if (nl < text.size()) out += '\n';
        from = nl + 1;
    }
    return out;
}

}  // namespace ownercheck::claims
