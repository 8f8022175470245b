#include "normalize/same_event.hpp"

#include <algorithm>

namespace ownercheck {

namespace {

bool same_event(const Event& kept, const Event& e) {
    if (kept.src.block == e.src.block || kept.type != e.type || kept.time != e.time) return false;
    if (kept.type == EventType::Unknown || kept.type == EventType::Other) return false;  // too vague to call the same
    if (kept.success != e.success) return false;
    if (is_funding(kept.type))
        return !kept.asset.empty() && kept.asset == e.asset && kept.amount == e.amount && (kept.ip.empty() || e.ip.empty() || kept.ip == e.ip);
    if (kept.ip.empty() || kept.ip != e.ip) return false;
    // Two devices at one address in one second are two sign-ins (a household, an office).
    return kept.device_id.empty() || e.device_id.empty() || kept.device_id == e.device_id;
}

void fill(Interned& kept, const Interned& other) {
    if (kept.empty()) kept = other;
}

void fill_missing(Event& kept, const Event& e) {
    fill(kept.raw_type, e.raw_type);
    fill(kept.failure_reason, e.failure_reason);
    fill(kept.country, e.country);
    fill(kept.city, e.city);
    fill(kept.asn, e.asn);
    fill(kept.org, e.org);
    fill(kept.user_agent, e.user_agent);
    fill(kept.method, e.method);
    fill(kept.email, e.email);
    fill(kept.device_id, e.device_id);
    fill(kept.ip, e.ip);
    fill(kept.side, e.side);
    fill(kept.counter_asset, e.counter_asset);
    fill(kept.txid, e.txid);
    fill(kept.refid, e.refid);
    fill(kept.address, e.address);
    if (kept.fee == 0) kept.fee = e.fee;
    if (kept.counter_amount == 0) kept.counter_amount = e.counter_amount;
}

}  // namespace

// The kept events of one second an event is compared with, the nearest ones: a ledger of dates
// alone puts thousands of rows in one second, and comparing each with all would be quadratic.
// The other view's copy of an event lies among the events of its second close to it.
constexpr size_t kWindow = 16;

void fold_same_events(std::vector<Event>& timeline) {
    size_t kept = 0, second_from = 0;  // second_from: the first kept event of the current second
    for (size_t i = 0; i < timeline.size(); ++i) {
        Event& e = timeline[i];
        if (kept == 0 || timeline[kept - 1].time != e.time) second_from = kept;
        bool folded = false;
        for (size_t k = std::max(second_from, kept > kWindow ? kept - kWindow : 0); k < kept && !folded; ++k) {
            if (!same_event(timeline[k], e)) continue;
            fill_missing(timeline[k], e);
            timeline[k].also.push_back(e.src);
            timeline[k].also.insert(timeline[k].also.end(), e.also.begin(), e.also.end());
            folded = true;
        }
        if (folded) continue;
        if (kept != i) timeline[kept] = std::move(e);
        ++kept;
    }
    timeline.resize(kept);
}

}  // namespace ownercheck
