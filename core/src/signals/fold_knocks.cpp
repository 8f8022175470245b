// fold_knocks: credential stuffing brings one signal per country, network, address or user agent
// it tried from, each only failed attempts. Twenty such lines bury the few that matter, so three
// or more knock-only signals of one kind and severity become one line that names them all (the
// burst detectors already weigh the attack itself). Signals where anyone got in or changed
// anything are never folded.

#include <map>
#include <utility>

#include "signals/detectors.hpp"
#include "signals/signal_common.hpp"

namespace ownercheck::signals {

namespace {

constexpr size_t kFoldFrom = 3;    // fewer read fine one by one
constexpr size_t kNamed = 12;      // subjects named in the folded line; the rest are counted
constexpr size_t kMaxRefs = 60;    // evidence lines cited by the folded line

const char* plural_subject(const std::string& kind) {
    if (kind == "new_country") return "countries the account's successful sign-ins never came from";
    if (kind == "new_asn") return "networks the account never used";
    if (kind == "hosting_or_vpn_ip") return "hosting or VPN addresses the account never used";
    if (kind == "new_device") return "devices the account never used";
    return nullptr;
}

}  // namespace

void fold_knocks(Signals& signals) {
    std::map<std::pair<std::string, std::string>, std::vector<size_t>> groups;  // (kind, severity) -> indexes
    for (size_t i = 0; i < signals.size(); ++i) {
        const Signal& s = signals[i];
        if (s.knocks > 0 && !s.explained_by_baseline && plural_subject(s.kind)) groups[{s.kind, s.severity}].push_back(i);
    }
    std::vector<bool> drop(signals.size(), false);
    std::vector<Signal> folded;
    for (const auto& [key, members] : groups) {
        if (members.size() < kFoldFrom) continue;
        int attempts = 0;
        std::string named;
        std::vector<Ref> refs;
        for (size_t k = 0; k < members.size(); ++k) {
            const Signal& s = signals[members[k]];
            attempts += s.knocks;
            if (k < kNamed) {
                if (k) named += "; ";
                named.append(s.knock_subject).append(" (").append(std::to_string(s.knocks)).append(")");
            }
            add_refs(refs, s.evidence, kMaxRefs);
            drop[members[k]] = true;
        }
        if (members.size() > kNamed) named += "; and " + std::to_string(members.size() - kNamed) + " more";
        Signal f = make_signal(key.first, severity_rank(key.second), refs,
                               std::to_string(members.size()) + " " + plural_subject(key.first) + ", each seen only in failed sign-ins (" +
                                   std::to_string(attempts) + " in all, none got in or changed anything): " + named);
        folded.push_back(std::move(f));
    }
    if (folded.empty()) return;
    Signals kept;
    for (size_t i = 0; i < signals.size(); ++i) {
        if (!drop[i]) {
            kept.push_back(std::move(signals[i]));
            continue;
        }
        // The folded line takes the place of the first signal it replaces, keeping detector order.
        for (auto it = folded.begin(); it != folded.end(); ++it)
            if (it->kind == signals[i].kind && it->severity == signals[i].severity) {
                kept.push_back(std::move(*it));
                folded.erase(it);
                break;
            }
    }
    signals = std::move(kept);
}

}  // namespace ownercheck::signals
