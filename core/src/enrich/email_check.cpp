#include "enrich/email_check.hpp"

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "enrich/address_check.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck {
namespace {

const std::unordered_set<std::string>& disposable_set() {
    static const std::unordered_set<std::string> s = [] {
        std::unordered_set<std::string> out;
        for (const auto& d : data_table("disposable_email_domains.json").at("domains")) out.insert(d.get<std::string>());
        return out;
    }();
    return s;
}

std::string lower(std::string_view s) {
    std::string o;
    for (char c : s) o.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return o;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) || s.front() == '<' || s.front() == '"')) s.remove_prefix(1);
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '>' || s.back() == '"' || s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
    return s;
}

bool atext(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

size_t edit_distance(std::string_view a, std::string_view b) {
    if (a.size() > 128 || b.size() > 128) return std::max(a.size(), b.size());
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// The mailbox a provider delivers to: plus-tags dropped everywhere, dots too at Gmail.
std::string canonical_local(const std::string& local, const std::string& domain) {
    std::string l = local.substr(0, local.find('+'));
    if (domain == "gmail.com" || domain == "googlemail.com") l.erase(std::remove(l.begin(), l.end(), '.'), l.end());
    return l;
}

std::string canonical_domain(const std::string& d) { return d == "googlemail.com" ? "gmail.com" : d; }

// Visual confusions an attacker uses in a look-alike (rn/m, 0/o, 1/l, vv/w).
std::string deconfuse(std::string s) {
    const std::pair<std::string_view, std::string_view> swaps[] = {{"rn", "m"}, {"vv", "w"}, {"0", "o"}, {"1", "l"}, {"3", "e"}, {"5", "s"}};
    for (const auto& [from, to] : swaps)
        for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
    return s;
}

std::string strip_separators(std::string_view s) {
    std::string o;
    for (char c : s)
        if (c != '.' && c != '_' && c != '-') o.push_back(c);
    return o;
}

}  // namespace

bool is_disposable_domain(std::string_view domain) {
    std::string d = lower(trim(domain));
    const auto& set = disposable_set();
    for (;;) {
        if (set.count(d)) return true;
        const size_t dot = d.find('.');
        if (dot == std::string::npos || d.find('.', dot + 1) == std::string::npos) return false;
        d.erase(0, dot + 1);  // parent domain, down to two labels
    }
}

EmailInfo email_info(std::string_view addr) {
    EmailInfo r;
    std::string_view s = trim(addr);
    if (const size_t lt = s.rfind('<'); lt != std::string_view::npos) s = trim(s.substr(lt + 1));  // "Name <a@b>"
    if (s.size() >= 7 && lower(s.substr(0, 7)) == "mailto:") s.remove_prefix(7);
    r.address = utf8_clean(s);
    if (s.empty()) { r.error = "empty"; return r; }
    if (s.size() > 254) { r.error = "longer than 254 characters"; return r; }
    const size_t at = s.rfind('@');
    if (at == std::string_view::npos) { r.error = "no '@'"; return r; }
    const std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
    r.local = utf8_clean(local);
    r.domain = lower(utf8_clean(domain));
    r.address = r.local + "@" + r.domain;
    if (local.empty() || local.size() > 64) { r.error = "local part must be 1 to 64 characters"; return r; }
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) { r.error = "misplaced '.' in the local part"; return r; }
    for (char c : local)
        if (c != '.' && !atext(c)) { r.error = std::string("character '") + (static_cast<unsigned char>(c) < 0x80 ? std::string(1, c) : "?") + "' not allowed in the local part"; return r; }
    if (r.domain.empty()) { r.error = "no domain"; return r; }
    size_t labels = 0, start = 0;
    for (size_t i = 0; i <= r.domain.size(); ++i) {
        if (i < r.domain.size() && r.domain[i] != '.') continue;
        const std::string_view label = std::string_view(r.domain).substr(start, i - start);
        if (label.empty() || label.size() > 63) { r.error = "empty or over-long domain label"; return r; }
        if (label.front() == '-' || label.back() == '-') { r.error = "domain label starts or ends with '-'"; return r; }
        for (char c : label)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') { r.error = "character not allowed in the domain"; return r; }
        ++labels;
        start = i + 1;
    }
    const std::string tld = r.domain.substr(r.domain.rfind('.') + 1);
    if (labels < 2) { r.error = "domain has no top-level part"; return r; }
    if (tld.size() < 2 || (!std::all_of(tld.begin(), tld.end(), ::isalpha) && tld.rfind("xn--", 0) != 0)) { r.error = "top-level domain is not valid"; return r; }
    r.valid = true;
    r.disposable = is_disposable_domain(r.domain);
    return r;
}

EmailLookalike email_lookalike(std::string_view account, std::string_view other) {
    EmailLookalike r;
    const EmailInfo a = email_info(account), b = email_info(other);
    if (!a.valid || !b.valid) {
        r.kind = "invalid";
        r.explanation = !a.valid ? "account address is not valid: " + a.error : "other address is not valid: " + b.error;
        return r;
    }
    const std::string la = lower(a.local), lb = lower(b.local);
    if (la == lb && a.domain == b.domain) { r.score = 1; r.kind = "same"; r.explanation = "the same address"; return r; }
    const std::string ca = canonical_local(la, a.domain), cb = canonical_local(lb, b.domain);
    const std::string da = canonical_domain(a.domain), db = canonical_domain(b.domain);
    if (ca == cb && da == db) {
        r.score = 1; r.kind = "same_mailbox";
        r.explanation = "delivers to the same mailbox (" + ca + "@" + da + ": dots or a +tag differ)";
        return r;
    }
    const std::string sa = strip_separators(ca), sb = strip_separators(cb);
    const bool domain_imitates = da != db && (edit_distance(da, db) <= 2 || deconfuse(da) == deconfuse(db));
    if (sa == sb) {
        if (domain_imitates) {
            r.score = 0.85; r.kind = "domain_lookalike";
            r.explanation = "same name at " + db + ", a domain that imitates " + da;
        } else if (da != db) {
            r.score = 0.8; r.kind = "same_local_other_domain";
            r.explanation = "same name '" + ca + "' at another provider (" + db + " instead of " + da + ")";
        } else {
            r.score = 0.7; r.kind = "near_spelling";
            r.explanation = "'" + cb + "' differs from '" + ca + "' only in dots, dashes or underscores";
        }
        return r;
    }
    if (sa.size() >= 3 && sb.size() > sa.size() && sb.find(sa) != std::string::npos) {
        r.score = da == db ? 0.75 : 0.7; r.kind = "added_to_local";
        r.explanation = "'" + cb + "' is the account's '" + ca + "' with something added" + (da == db ? "" : ", at " + db);
        return r;
    }
    if (sa.size() >= 5 && (edit_distance(sa, sb) <= (sa.size() >= 10 ? 2u : 1u) || deconfuse(sa) == deconfuse(sb))) {
        r.score = 0.65; r.kind = "near_spelling";
        r.explanation = "'" + cb + "' differs from '" + ca + "' by a character or two" + (da == db ? "" : ", at " + db);
        return r;
    }
    r.kind = "unrelated";
    r.explanation = "no resemblance to the account's address";
    return r;
}

nlohmann::ordered_json describe_email(std::string_view addr, std::string_view account) {
    const EmailInfo e = email_info(addr);
    nlohmann::ordered_json j;
    j["address"] = e.address;
    j["valid"] = e.valid;
    j["local"] = e.local;
    j["domain"] = e.domain;
    j["disposable"] = e.disposable;
    j["error"] = e.error.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.error);
    if (!account.empty()) {
        const EmailLookalike l = email_lookalike(account, addr);
        j["lookalike"] = {{"score", l.score}, {"kind", l.kind}, {"explanation", l.explanation}};
    }
    return j;
}

}  // namespace ownercheck
