#include "claims/phrase_set.hpp"

namespace ownercheck::claims {

PhraseSet::PhraseSet(const std::vector<std::string_view>& phrases) : offsets_(kBuckets + 1, 0) {
    literals_.reserve(phrases.size());
    for (std::string_view p : phrases) {
        if (!p.empty() && p.back() == '*') p.remove_suffix(1);
        literals_.emplace_back(p);
    }
    // Counting sort of the phrases by bucket: one flat array, no per-bucket allocation.
    std::vector<uint32_t> count(kBuckets, 0);
    for (uint32_t i = 0; i < literals_.size(); ++i) {
        const std::string& l = literals_[i];
        if (l.size() < 2) short_.push_back(i);
        else ++count[bucket(static_cast<unsigned char>(l[0]), static_cast<unsigned char>(l[1]))];
    }
    for (size_t k = 0; k < kBuckets; ++k) offsets_[k + 1] = offsets_[k] + count[k];
    ids_.resize(offsets_[kBuckets]);
    std::vector<uint32_t> next(offsets_.begin(), offsets_.end() - 1);
    for (uint32_t i = 0; i < literals_.size(); ++i) {
        const std::string& l = literals_[i];
        if (l.size() >= 2) ids_[next[bucket(static_cast<unsigned char>(l[0]), static_cast<unsigned char>(l[1]))]++] = i;
    }
}

std::vector<bool> PhraseSet::present(std::string_view text, size_t from) const {
    std::vector<bool> out(literals_.size(), false);
    if (from >= text.size()) return out;
    const std::string_view s = text.substr(from);
    for (uint32_t i : short_) out[i] = !literals_[i].empty() && s.find(literals_[i][0]) != std::string_view::npos;
    for (size_t at = 0; at + 1 < s.size(); ++at) {
        const size_t k = bucket(static_cast<unsigned char>(s[at]), static_cast<unsigned char>(s[at + 1]));
        for (uint32_t j = offsets_[k]; j < offsets_[k + 1]; ++j) {
            const uint32_t id = ids_[j];
            if (out[id]) continue;
            const std::string& l = literals_[id];
            if (l.size() <= s.size() - at && s.compare(at, l.size(), l) == 0) out[id] = true;
        }
    }
    return out;
}

}  // namespace ownercheck::claims
