#include "assess/explain.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ownercheck::assess {

namespace {

std::string signed_weight(double w) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.1f", w);
    return buf;
}

struct Item {
    double weight;
    bool forced;  // named by the deciding rule: always listed first
    std::string text;
};

}  // namespace

std::vector<std::string> deciding_reasons(const Analysis& a, const Decision& d, size_t max_reasons) {
    std::vector<Item> items;
    for (const Claim& c : a.claims) {
        if (c.weight == 0) continue;
        std::string t = c.verdict + " " + c.topic + " (" + signed_weight(c.weight) + ")";
        if (!c.explanation.empty()) t += ": " + c.explanation;
        items.push_back({c.weight, false, t});
    }
    for (const Signal& s : a.signals) {
        const bool forced = std::find(d.attack_high.begin(), d.attack_high.end(), &s) != d.attack_high.end() ||
                            (d.recommendation != "suspected_takeover" && !d.unexplained_high.empty() && d.unexplained_high.front() == &s);
        if (s.weight == 0 && !forced) continue;
        items.push_back({s.weight, forced, s.severity + " " + s.kind + " (" + signed_weight(s.weight) + "): " + s.explanation});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
        if (x.forced != y.forced) return x.forced;
        return std::abs(x.weight) > std::abs(y.weight);
    });
    std::vector<std::string> out;
    for (const Item& i : items) {
        if (out.size() >= max_reasons) break;
        out.push_back(i.text);
    }
    if (out.empty()) out.push_back("no claim could be checked against the logs and no risk signal was found");
    return out;
}

std::string summary_text(const Analysis& a, const Decision& d, double p) {
    char prob[16];
    std::snprintf(prob, sizeof prob, "%.2f", p);
    std::string s = d.recommendation + " (owner probability " + prob + "): " + d.rule + ". ";
    size_t corroborated = 0, partial = 0, contradicted = 0;
    for (const Claim& c : a.claims) {
        corroborated += c.verdict == "corroborated";
        partial += c.verdict == "partial";
        contradicted += c.verdict == "contradicted";
    }
    s += std::to_string(a.claims.size()) + " claim(s): " + std::to_string(corroborated) + " corroborated, " +
         std::to_string(partial) + " partial, " + std::to_string(contradicted) + " contradicted";
    if (!d.hard_corroborated.empty()) {
        s += " (confirmed: ";
        for (size_t i = 0; i < d.hard_corroborated.size(); ++i) s += (i ? ", " : "") + d.hard_corroborated[i];
        s += ")";
    }
    if (!d.contradicted.empty()) {
        s += " (wrong: ";
        for (size_t i = 0; i < d.contradicted.size(); ++i) s += (i ? ", " : "") + d.contradicted[i];
        s += ")";
    }
    size_t high = 0, medium = 0, explained = 0;
    std::vector<std::string> kinds;
    for (const Signal& sg : a.signals) {
        if (sg.explained_by_baseline) {
            ++explained;
            continue;
        }
        if (sg.severity == "high") ++high;
        if (sg.severity == "medium") ++medium;
        if ((sg.severity == "high" || sg.severity == "medium") && std::find(kinds.begin(), kinds.end(), sg.kind) == kinds.end())
            kinds.push_back(sg.kind);
    }
    s += ". Signals: " + std::to_string(high) + " high, " + std::to_string(medium) + " medium";
    if (!kinds.empty()) {
        s += " (";
        for (size_t i = 0; i < kinds.size(); ++i) s += (i ? ", " : "") + kinds[i];
        s += ")";
    }
    if (explained) s += ", " + std::to_string(explained) + " explained by the account's own history";
    s += ".";
    return s;
}

}  // namespace ownercheck::assess
