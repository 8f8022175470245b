// "I withdraw to bc1q...": against addresses seen on withdrawals and whitelisting events.

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"

namespace ownercheck::correlate {

namespace {

// A client's fragment ("bc1q9h…7f3k", "0x4b2E...a91C") matches an address with those two ends;
// a whole address must be equal. Hex addresses compare without case (checksum casing varies).
bool same_address(const std::string& claimed, const std::string& seen) {
    auto lower = [](std::string s) {
        for (auto& ch : s)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return s;
    };
    const bool hex = claimed.rfind("0x", 0) == 0;
    const std::string want = hex ? lower(claimed) : claimed, have = hex ? lower(seen) : seen;
    size_t cut = want.find("\xe2\x80\xa6"), cut_len = 3;  // …
    if (cut == std::string::npos) cut = want.find(".."), cut_len = 2;
    if (cut == std::string::npos) return want == have;
    size_t tail = cut + cut_len;
    while (tail < want.size() && want[tail] == '.') ++tail;
    const std::string head = want.substr(0, cut), end = want.substr(tail);
    return head.size() >= 3 && end.size() >= 3 && have.size() >= head.size() + end.size() && have.compare(0, head.size(), head) == 0 &&
           have.compare(have.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

void check_withdrawal_address(const Analysis& a, Claim& c) {
    const std::string claimed = c.value.value("address", std::string());
    std::vector<const Event*> with_address;
    for (const auto& e : a.timeline)
        if ((e.type == EventType::Withdrawal || e.type == EventType::WithdrawalAddressAdded) && !e.address.empty()) with_address.push_back(&e);
    if (with_address.empty()) return set_verdict(c, "unverifiable", "no withdrawal addresses in the evidence");
    // Money that went there vouches; an address only added to the book, or withdrawals to it that
    // were refused, is what whoever added it knows ("my address, I used it several times").
    const Event* only_added = nullptr;
    for (const Event* e : with_address)
        if (same_address(claimed, e->address)) {
            if (e->type == EventType::Withdrawal && e->success) return set_verdict(c, "corroborated", "the address was used on " + day_of(e->time), {e->src});
            if (!only_added) only_added = e;
        }
    if (only_added)
        return set_verdict(c, "partial",
                           "the address was added to the address book on " + day_of(only_added->time) + ", but no withdrawal to it went through",
                           {only_added->src});
    set_verdict(c, "contradicted", "the address is not among the " + std::to_string(with_address.size()) + " withdrawal addresses in the logs",
                refs_of(with_address, 3));
}

}  // namespace ownercheck::correlate
