// "I withdraw to bc1q...": against addresses seen on withdrawals and whitelisting events.

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"

namespace ownercheck::correlate {

void check_withdrawal_address(const Analysis& a, Claim& c) {
    const std::string claimed = c.value.value("address", std::string());
    std::vector<const Event*> with_address;
    for (const auto& e : a.timeline)
        if ((e.type == EventType::Withdrawal || e.type == EventType::WithdrawalAddressAdded) && !e.address.empty()) with_address.push_back(&e);
    if (with_address.empty()) return set_verdict(c, "unverifiable", "no withdrawal addresses in the evidence");
    for (const Event* e : with_address)
        if (e->address == claimed)
            return set_verdict(c, "corroborated", "the address was used on " + day_of(e->time), {e->src});
    set_verdict(c, "contradicted", "the address is not among the " + std::to_string(with_address.size()) + " withdrawal addresses in the logs",
                refs_of(with_address, 3));
}

}  // namespace ownercheck::correlate
