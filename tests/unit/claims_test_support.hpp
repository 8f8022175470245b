#pragma once
// What the claims tests share: a fixed "now" (Saturday 14 March 2026, 08:00 UTC), and a sentence
// read the way extract_claims reads it (dates first, amounts outside them), or a whole reply.

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "claims/amounts.hpp"
#include "claims/dates.hpp"
#include "claims/extract.hpp"
#include "claims/text.hpp"
#include "util/civil_time.hpp"

namespace claims_test {

inline const int64_t kNow = ownercheck::to_unix(2026, 3, 14, 8, 0, 0);  // a Saturday

// The first date of the sentence as "iso/precision", or "none".
inline std::string first_date(const std::string& lang, const std::string& sentence, int64_t now = kNow) {
    using namespace ownercheck::claims;
    const auto ds = find_dates(fold_str(sentence), lexicon(lang), now);
    return ds.empty() ? "none" : ds.front().iso() + "/" + ds.front().precision;
}

// The first amount of the sentence as "value asset", or "none".
inline std::string first_amount(const std::string& lang, const std::string& sentence) {
    using namespace ownercheck::claims;
    const std::string f = fold_str(sentence);
    std::vector<std::pair<size_t, size_t>> skip;
    for (const auto& d : find_dates(f, lexicon(lang), kNow)) skip.emplace_back(d.pos, d.len);
    const auto as = find_amounts(f, lexicon(lang), skip);
    if (as.empty()) return "none";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", as.front().value);
    return std::string(buf) + " " + as.front().asset;
}

// The claims of one answers block.
inline std::vector<ownercheck::Claim> claims_of(const std::string& reply, int64_t now = kNow) {
    ownercheck::Analysis a;
    a.now = now;
    a.input.evidence.push_back({ownercheck::BlockKind::Answers, "reply", reply});
    return ownercheck::extract_claims(a);
}

}  // namespace claims_test
