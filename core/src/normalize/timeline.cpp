#include "normalize/timeline.hpp"

#include <algorithm>

namespace ownercheck {

void build_timeline(Analysis& a) {
    a.timeline.clear();
    for (const BlockIngest& b : a.ingest)
        a.timeline.insert(a.timeline.end(), b.event_list.begin(), b.event_list.end());
    std::stable_sort(a.timeline.begin(), a.timeline.end(), [](const Event& x, const Event& y) {
        if (x.time != y.time) return x.time < y.time;
        if (x.time_ms != y.time_ms) return x.time_ms < y.time_ms;
        return x.src < y.src;
    });
    if (a.input.opened_at) {
        a.now = *a.input.opened_at;
        a.now_source = "opened_at";
    } else if (!a.timeline.empty()) {
        a.now = a.timeline.back().time;
        a.now_source = "newest_event";
    } else {
        a.now = 0;
        a.now_source = "none";
    }
}

}  // namespace ownercheck
