// ticket_email_mismatch: the ticket does not come from the account's address. Owners sometimes
// write from another mailbox (medium); an address built to look like the account's - same name
// with "support" added, or a domain a typo away - is impersonation (high).

#include <cstdio>
#include <set>

#include "signals/detectors.hpp"
#include "signals/email_headers.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

namespace {

std::set<std::string> name_tokens(std::string_view local) {
    std::set<std::string> out;
    std::string cur;
    for (char c : local) {
        if (c >= 'a' && c <= 'z') cur += c;
        else {
            if (cur.size() >= 2) out.insert(cur);
            cur.clear();
        }
    }
    if (cur.size() >= 2) out.insert(cur);
    return out;
}

double token_overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    size_t common = 0;
    for (const auto& t : a) common += b.count(t);
    return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace

void detect_ticket_email_mismatch(const Analysis& a, const Baseline&, Signals& out) {
    const std::string account = canonical_mailbox(a.input.account.email);
    const std::string from = canonical_mailbox(a.input.ticket.from);
    if (account.empty() || from.empty() || account == from) return;
    const std::string al = local_of(account), fl = local_of(from), ad = domain_of(account), fd = domain_of(from);
    const auto at = name_tokens(al), ft = name_tokens(fl);
    const double score = std::max(similarity(al, fl), token_overlap(at, ft));
    const double lookalike = config_number("ticket_email_mismatch", "lookalike_score", 0.6);
    const size_t typo_edits = static_cast<size_t>(config_number("ticket_email_mismatch", "typosquat_max_edits", 2));
    static const std::set<std::string> kLure{"support", "help", "helpdesk", "recovery", "recover", "admin", "team",
                                             "secure", "security", "verify", "service", "official", "account"};
    bool lure = false;
    for (const auto& t : ft)
        if (kLure.count(t) && !at.count(t)) lure = true;
    const bool typosquat = ad != fd && edit_distance(ad, fd) <= typo_edits;

    char score_text[16];
    std::snprintf(score_text, sizeof score_text, "%.2f", score);
    std::string text = "ticket sent from " + normalize_address(a.input.ticket.from) + ", not the account's " +
                       normalize_address(a.input.account.email) + " (look-alike score " + score_text + ")";
    int rank = 2;
    if (typosquat) {
        rank = 3;
        text += "; the domain is " + std::to_string(edit_distance(ad, fd)) + " edit(s) from the account's: a typosquat";
    } else if (score >= lookalike && lure) {
        rank = 3;
        text += "; the same name with a support-style word added: impersonation";
    } else if (score >= lookalike) {
        text += "; similar name, different mailbox";
    }
    out.push_back(make_signal("ticket_email_mismatch", rank, {}, text));
}

}  // namespace ownercheck::signals
