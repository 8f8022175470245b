#include "claims/bare_answers.hpp"

#include <map>

#include "claims/text.hpp"
#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::claims {

namespace {

bool names_any(std::string_view folded, const char* list) {
    static const auto words = [] {
        std::map<std::string, std::vector<std::string>> m;
        for (const char* l : {"deposit_by", "own_wallet"})
            for (const auto& w : data_table("claims_bare_answers.json").at(l)) m[l].push_back(fold_str(w.get<std::string>()));
        return m;
    }();
    for (const auto& w : words.at(list))
        if (contains_phrase(folded, w)) return true;
    return false;
}

// Months from the date's start to now: a year alone counts from its end (2019 is 2019-12).
int months_ago(const DateFound& d, int64_t now) {
    const auto today = date_of(now);
    const int month = d.m > 0 ? d.m : 12;
    return (today.year - d.y) * 12 + (today.month - month);
}

}  // namespace

std::string topic_of_bare_answer(const BareAnswer& a, int64_t now) {
    // A sum with its asset decides; a bare number ("wie unter 5", "siehe 2") is a reference, not a sum.
    const AmountFound* sum = nullptr;
    for (const auto& x : a.amounts)
        if (!x.asset.empty()) {
            sum = &x;
            break;
        }
    if (sum) {
        if (sum->fiat && names_any(a.folded, "deposit_by")) return "last_deposit";
        if (!sum->fiat && (a.address || names_any(a.folded, "own_wallet"))) return "last_withdrawal";
        return "";
    }
    if (a.place && !a.devices) return "usual_location";
    // A date alone, half a year back or more: recent ones may be a last login as well as anything.
    if (!a.dates.empty() && !a.devices && !a.address && a.dates.front().y > 0 && months_ago(a.dates.front(), now) >= 6)
        return "account_created";
    return "";
}

}  // namespace ownercheck::claims
