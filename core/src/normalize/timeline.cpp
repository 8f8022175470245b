#include "normalize/timeline.hpp"

#include <algorithm>
#include <iterator>

namespace ownercheck {

void build_timeline(Analysis& a) {
    a.timeline.clear();
    size_t total = 0;
    for (const BlockIngest& b : a.ingest) total += b.event_list.size();
    a.timeline.reserve(total);
    // Moved, not copied: from here on the timeline is the one list of events (an event is close
    // to a kilobyte, and a paste may hold a million); each block keeps its counts.
    for (BlockIngest& b : a.ingest) {
        a.timeline.insert(a.timeline.end(), std::make_move_iterator(b.event_list.begin()),
                          std::make_move_iterator(b.event_list.end()));
        b.event_list.clear();
        b.event_list.shrink_to_fit();
    }
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
