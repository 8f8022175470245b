#include "assess/weigh.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "util/embedded_data.hpp"

namespace ownercheck::assess {

const nlohmann::json& weights() { return data_table("weights.json"); }

static double number_at(const nlohmann::json& obj, const std::string& key, double fallback) {
    if (!obj.is_object()) return fallback;
    auto it = obj.find(key);
    return (it != obj.end() && it->is_number()) ? it->get<double>() : fallback;
}

double round_to(double x, int decimals) {
    const double f = std::pow(10.0, decimals);
    const double r = std::round(x * f) / f;
    return r == 0 ? 0.0 : r;  // no "-0"
}

void weigh_claims(std::vector<Claim>& claims) {
    const auto& table = weights()["claims"];
    const double cap = number_at(weights(), "phishable_cap", 0.3);
    std::map<std::string, size_t> best_pos, best_neg;
    for (size_t i = 0; i < claims.size(); ++i) {
        Claim& c = claims[i];
        const auto it = table.find(c.topic);
        double w = it == table.end() ? 0.0 : number_at(*it, c.verdict, 0.0);
        if (c.phishable && w > cap) w = cap;
        c.weight = round_to(w, 2);
        if (c.weight > 0 && (!best_pos.count(c.topic) || c.weight > claims[best_pos[c.topic]].weight)) best_pos[c.topic] = i;
        if (c.weight < 0 && (!best_neg.count(c.topic) || c.weight < claims[best_neg[c.topic]].weight)) best_neg[c.topic] = i;
    }
    for (size_t i = 0; i < claims.size(); ++i) {
        Claim& c = claims[i];
        if (c.weight > 0 && best_pos[c.topic] != i) c.weight = 0;
        if (c.weight < 0 && best_neg[c.topic] != i) c.weight = 0;
    }
}

void weigh_signals(std::vector<Signal>& signals) {
    const auto& table = weights()["signals"];
    const double dup = number_at(weights(), "duplicate_factor", 0.5);
    // The strongest of each kind counts in full; visit strongest first so ties keep id order.
    std::vector<size_t> order(signals.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<double> raw(signals.size(), 0.0);
    for (size_t i = 0; i < signals.size(); ++i) {
        const auto it = table.find(signals[i].kind);
        raw[i] = (signals[i].explained_by_baseline || it == table.end()) ? 0.0 : number_at(*it, signals[i].severity, 0.0);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return raw[x] < raw[y]; });
    // Each further one of a kind counts half the one before: a stuffing campaign from fifty
    // addresses is one attack, not fifty, and its kind weighs at most twice its strongest signal.
    std::map<std::string, double> factor;
    for (size_t i : order) {
        double w = raw[i];
        if (w != 0) {
            double& f = factor.try_emplace(signals[i].kind, 1.0).first->second;
            w *= f;
            f *= dup;
        }
        signals[i].weight = round_to(w, 2);
    }
}

double prior_log_odds() { return number_at(weights(), "prior_log_odds", 0.0); }

double log_odds(const std::vector<Claim>& claims, const std::vector<Signal>& signals) {
    double sum = prior_log_odds();
    for (const Claim& c : claims) sum += c.weight;
    for (const Signal& s : signals) sum += s.weight;
    return sum;
}

double logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }

}  // namespace ownercheck::assess
