#pragma once
// Numbered answers to questions the reply does not quote: "Hier meine Antworten, in der Reihenfolge
// Ihrer Fragen: 1. Herbst 2019, glaube ich. 2. 1.500 € per SEPA-Überweisung, Anfang Februar. 4. Im
// Dezember, 0,02 BTC auf meine BitBox02. 7. Leipzig, von zu Hause." No cue names a topic, yet the
// values alone do, as a specialist reads them: a date long past is when the account was opened, a
// bank transfer of money a deposit, coins to the client's own wallet a withdrawal, a city where they
// log in from. Used only for numbered answers with no question known and no cue of their own.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/amounts.hpp"
#include "claims/dates.hpp"

namespace ownercheck::claims {

struct BareAnswer {
    std::string_view folded;
    const std::vector<DateFound>& dates;
    const std::vector<AmountFound>& amounts;
    bool place = false, devices = false, address = false;
};

// The topic the answer's values name by themselves, or "" when they do not settle one.
std::string topic_of_bare_answer(const BareAnswer& a, int64_t now);

}  // namespace ownercheck::claims
