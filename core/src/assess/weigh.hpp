#pragma once
// The transparent model: every claim and signal gets a log-odds weight from core/data/weights.json
// and the owner probability is logistic(prior + their sum). Nothing else moves the number.

#include <vector>

#include <nlohmann/json.hpp>

#include "model/findings.hpp"

namespace ownercheck::assess {

const nlohmann::json& weights();

// Sets Claim::weight. Per topic, only the strongest supporting and the strongest opposing claim
// count (saying the same thing twice is not twice the evidence); the rest weigh 0.
void weigh_claims(std::vector<Claim>& claims);
// Sets Signal::weight. Explained signals weigh 0; a second signal of a kind counts at the
// duplicate factor.
void weigh_signals(std::vector<Signal>& signals);

double prior_log_odds();
double log_odds(const std::vector<Claim>& claims, const std::vector<Signal>& signals);  // prior included
double logistic(double x);
double round_to(double x, int decimals);

}  // namespace ownercheck::assess
