// Identity facts (email, name, phone, residence country) against the account profile. They are
// phishable, so even a match says little; assess weighs them accordingly.

#include <algorithm>
#include <cctype>
#include <string_view>

#include "claims/text.hpp"
#include "correlate/checkers.hpp"
#include "correlate/common.hpp"

namespace ownercheck::correlate {

namespace {

std::string lower(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

// Country codes compared without case and without a copy: the residence check reads every
// successful sign-in, and a paste may hold a million.
bool same_code(std::string_view x, std::string_view y) {
    return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

// Every word of the shorter name appears in the longer one (accents and case ignored).
bool names_match(const std::string& x, const std::string& y) {
    const std::string a = claims::fold_str(x), b = claims::fold_str(y);
    const std::string& shorter = a.size() <= b.size() ? a : b;
    const std::string& longer = a.size() <= b.size() ? b : a;
    size_t start = 0, words = 0;
    while (start < shorter.size()) {
        size_t end = shorter.find(' ', start);
        if (end == std::string::npos) end = shorter.size();
        const std::string w = shorter.substr(start, end - start);
        if (!w.empty()) {
            ++words;
            if (!claims::contains_phrase(longer, w)) return false;
        }
        start = end + 1;
    }
    return words > 0;
}

// Whether the folded name has any Latin letter. "이민서" and "Lee Minseo", "Алексей Ким" and
// "Alexey Kim" are one person in two scripts: without a transliteration they cannot be compared,
// and calling them different would count against an owner writing in their own script.
bool has_latin_letter(const std::string& folded) {
    for (char ch : folded)
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return true;
    return false;
}

}  // namespace

void check_identity(const Analysis& a, Claim& c) {
    const Account& acc = a.input.account;
    if (c.topic == "contact_email") {
        const std::string claimed = lower(c.value.value("email", std::string()));
        if (acc.email.empty()) return set_verdict(c, "unverifiable", "the case has no account email");
        if (claimed == lower(acc.email)) return set_verdict(c, "corroborated", "matches the account email (phishable)");
        return set_verdict(c, "contradicted", "the account email is different");
    }
    if (c.topic == "full_name") {
        const std::string claimed = c.value.value("name", std::string());
        if (acc.name.empty()) return set_verdict(c, "unverifiable", "the case has no account name");
        if (names_match(claimed, acc.name)) return set_verdict(c, "corroborated", "matches the account name (phishable)");
        if (has_latin_letter(claims::fold_str(claimed)) != has_latin_letter(claims::fold_str(acc.name)))
            return set_verdict(c, "unverifiable", "the name is written in another script than the account's (" + acc.name + ")");
        return set_verdict(c, "contradicted", "the account name is different");
    }
    if (c.topic == "residence_country") {
        const std::string claimed = c.value.value("country", std::string());
        if (acc.residence_country.empty()) return set_verdict(c, "unverifiable", "the case has no residence country");
        if (lower(claimed) == lower(acc.residence_country)) return set_verdict(c, "corroborated", "matches the account's residence country " + acc.residence_country + " (phishable)");
        // "Ich wohne jetzt fest in Portugal": a client who moved, whose profile has not caught up.
        // Most of the last 90 days' sign-ins from the country claimed, and the profile's country
        // in the history before them: the move the logs show, not a wrong fact.
        int recent = 0, there = 0;
        bool home_before = false;
        const int64_t from = a.now > 0 ? a.now - 90 * 86400 : INT64_MIN;
        std::vector<Ref> refs;
        for (const Event* e : successful_logins(a)) {
            if (e->time < from) {
                home_before = home_before || same_code(e->country.view(), acc.residence_country);
                continue;
            }
            ++recent;
            if (same_code(e->country.view(), claimed)) {
                ++there;
                if (refs.size() < 3) refs.push_back(e->src);
            }
        }
        if (!claimed.empty() && home_before && recent >= 3 && there * 10 >= recent * 6)
            return set_verdict(c, "partial",
                               "the account's residence country is " + acc.residence_country + ", but " + std::to_string(there) + " of the last " +
                                   std::to_string(recent) + " successful sign-ins (90 days) come from " + claimed + ": a move the profile has not caught up with",
                               refs);
        return set_verdict(c, "contradicted", "the account's residence country is " + acc.residence_country + ", not " + claimed);
    }
    set_verdict(c, "unverifiable", "the evidence has no " + c.topic + " to compare with");
}

}  // namespace ownercheck::correlate
