// Balance claims: the timeline carries movements, not balances, so a claimed balance cannot be
// confirmed from it; it is kept for the specialist, who can compare it with the admin tool.

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"

namespace ownercheck::correlate {

void check_balance(const Analysis&, Claim& c) {
    set_verdict(c, "unverifiable", "the pasted logs carry movements, not a balance to compare the claim with");
}

}  // namespace ownercheck::correlate
