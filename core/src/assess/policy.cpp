#include "assess/policy.hpp"

#include <algorithm>
#include <cstdio>

#include "assess/weigh.hpp"

namespace ownercheck::assess {

namespace {

bool in_list(const nlohmann::json& list, const std::string& v) {
    if (!list.is_array()) return false;
    return std::any_of(list.begin(), list.end(), [&](const nlohmann::json& x) { return x.is_string() && x.get<std::string>() == v; });
}

void add_unique(std::vector<std::string>& to, const std::string& v) {
    if (std::find(to.begin(), to.end(), v) == to.end()) to.push_back(v);
}

int severity_rank(const std::string& s) { return s == "high" ? 3 : s == "medium" ? 2 : s == "low" ? 1 : 0; }
bool severity_at_least(const std::string& s, const std::string& min) { return severity_rank(s) >= severity_rank(min); }

std::string where(const Analysis::ReplyLine& r) {
    return "(block " + std::to_string(r.src.block) + ", line " + std::to_string(r.src.line) + ")";
}

std::string pct(double p) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", p);
    return buf;
}

}  // namespace

Decision decide(const Analysis& a, double p) {
    const auto& policy = weights()["policy"];
    const double verified_min = policy.value("verified_min_probability", 0.85);
    const size_t min_hard = policy.value("verified_min_hard_topics", 2);
    const double suspected_max = policy.value("suspected_max_probability", 0.12);
    const size_t min_contra = policy.value("suspected_min_contradicted_hard", 2);
    const auto& hard = policy["hard_topics"];

    Decision d;
    size_t contradicted_hard = 0;
    for (const Claim& c : a.claims) {
        if (c.verdict == "corroborated" && in_list(hard, c.topic)) add_unique(d.hard_corroborated, c.topic);
        if (c.verdict == "contradicted") {
            const size_t before = d.contradicted.size();
            add_unique(d.contradicted, c.topic);
            if (d.contradicted.size() > before && in_list(hard, c.topic)) ++contradicted_hard;
        }
    }
    // kind -> the least severity at which it shows someone new in the account
    const auto& access = policy["account_access_kinds"];
    for (const Signal& s : a.signals) {
        if (d.new_access || s.explained_by_baseline || s.weight >= 0 || !access.is_object()) continue;
        const auto it = access.find(s.kind);
        if (it != access.end() && it->is_string() && severity_at_least(s.severity, it->get<std::string>())) d.new_access = &s;
    }
    d.mailbox_facts_only = !d.hard_corroborated.empty() && std::all_of(d.hard_corroborated.begin(), d.hard_corroborated.end(), [&](const std::string& t) {
        return in_list(policy["mailbox_topics"], t);
    });
    const double max_unread = policy.value("verified_max_unread_share", 0.5);
    for (const BlockIngest& bi : a.ingest)
        if (!d.unread_block && bi.rows > 0 && static_cast<double>(bi.skipped) > max_unread * static_cast<double>(bi.rows)) d.unread_block = &bi;
    const bool mailbox_doubt = (d.new_access || d.unread_block) && d.mailbox_facts_only;
    for (const Signal& s : a.signals) {
        if (s.severity != "high" || s.explained_by_baseline) continue;
        d.unexplained_high.push_back(&s);
        if (in_list(policy["attack_pattern_kinds"], s.kind)) d.attack_high.push_back(&s);
    }

    // An attack pattern in the logs, or answers that get the hard facts wrong, or simply too much
    // weight against: escalate. The probability guard keeps an owner whose history proves them
    // (many corroborated facts) out of this branch even when their password was being stuffed.
    if (!d.attack_high.empty() && p < 0.5) {
        d.recommendation = "suspected_takeover";
        d.rule = "the logs show an attack pattern (" + d.attack_high.front()->kind + ", high) and the evidence leans against the writer (owner probability " + pct(p) + ")";
    } else if (contradicted_hard >= min_contra && d.hard_corroborated.empty() && p < 0.5) {
        d.recommendation = "suspected_takeover";
        d.rule = std::to_string(contradicted_hard) + " hard-to-phish facts contradicted by the logs and none corroborated";
    } else if (p <= suspected_max) {
        d.recommendation = "suspected_takeover";
        d.rule = "owner probability " + pct(p) + " is at or below " + pct(suspected_max);
    } else if (p >= verified_min && d.hard_corroborated.size() >= min_hard && d.contradicted.empty() && d.unexplained_high.empty() && !mailbox_doubt &&
               !a.writer_for_someone_else && !a.disputed_activity) {
        d.recommendation = "owner_verified";
        d.rule = std::to_string(d.hard_corroborated.size()) + " hard-to-phish facts corroborated, none contradicted, no unexplained high-severity signal, owner probability " + pct(p);
    } else {
        d.recommendation = "needs_more_info";
        std::vector<std::string> missing;
        if (p < verified_min) missing.push_back("owner probability " + pct(p) + " below " + pct(verified_min));
        if (d.hard_corroborated.size() < min_hard)
            missing.push_back(std::to_string(d.hard_corroborated.size()) + " of " + std::to_string(min_hard) + " hard-to-phish facts corroborated");
        if (!d.contradicted.empty()) missing.push_back(std::to_string(d.contradicted.size()) + " claim topic(s) contradicted");
        if (!d.unexplained_high.empty()) missing.push_back("unexplained high-severity " + d.unexplained_high.front()->kind);
        if (mailbox_doubt && d.new_access)
            missing.push_back("the corroborated facts are all ones the exchange's e-mails show, while " + d.new_access->kind +
                              " (" + d.new_access->severity + ") points to someone new in the account or its mailbox");
        else if (mailbox_doubt)
            missing.push_back("the corroborated facts are all ones the exchange's e-mails show, and " + std::to_string(d.unread_block->skipped) +
                              " of " + std::to_string(d.unread_block->rows) + " records of log block " + std::to_string(d.unread_block->block) +
                              " could not be read, so what happened in the account is unknown");
        if (a.writer_for_someone_else)
            missing.push_back("the writer says they are not the account holder " + where(*a.writer_for_someone_else) +
                              ": the holder must confirm the request, or the estate or authorisation process applies");
        if (a.disputed_activity)
            missing.push_back("the reply disputes the account's own activity " + where(*a.disputed_activity) +
                              ": a takeover report, to investigate before anything is released or refunded");
        d.rule = "not verified: ";
        for (size_t i = 0; i < missing.size(); ++i) d.rule += (i ? "; " : "") + missing[i];
    }
    return d;
}

}  // namespace ownercheck::assess
