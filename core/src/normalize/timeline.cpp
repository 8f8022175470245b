#include "normalize/timeline.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <tuple>
#include <vector>

namespace ownercheck {

namespace {

// The timeline order: time, then where the event was read. Lines are unique within a block, so
// two events never tie unless one line made several (they keep their order: sorts are stable).
bool earlier(const Event& x, const Event& y) {
    return std::tie(x.time, x.time_ms, x.src) < std::tie(y.time, y.time_ms, y.src);
}

// Sorts one block's events. Exports come oldest-first or newest-first: the first costs a check,
// the second a reversal; anything else is sorted on small keys and each event moved once.
void sort_block(std::vector<Event>& events) {
    if (std::is_sorted(events.begin(), events.end(), earlier)) return;
    std::reverse(events.begin(), events.end());
    if (std::is_sorted(events.begin(), events.end(), earlier)) return;
    std::reverse(events.begin(), events.end());  // back to paste order, so ties keep it

    struct Key {
        int64_t time;
        int32_t time_ms;
        Ref src;
        uint32_t index;  // the last tie-break: equal keys keep their order
        bool operator<(const Key& o) const {
            return std::tie(time, time_ms, src, index) < std::tie(o.time, o.time_ms, o.src, o.index);
        }
    };
    std::vector<Key> keys(events.size());
    for (uint32_t i = 0; i < keys.size(); ++i) keys[i] = Key{events[i].time, events[i].time_ms, events[i].src, i};
    std::sort(keys.begin(), keys.end());
    std::vector<uint32_t> order(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
    keys = {};
    // Apply the permutation in place, one cycle at a time: no second copy of the list.
    std::vector<bool> placed(events.size(), false);
    for (size_t start = 0; start < events.size(); ++start) {
        if (placed[start] || order[start] == start) continue;
        Event carried = std::move(events[start]);
        size_t at = start;
        while (order[at] != start) {
            events[at] = std::move(events[order[at]]);
            placed[at] = true;
            at = order[at];
        }
        events[at] = std::move(carried);
        placed[at] = true;
    }
}

}  // namespace

void build_timeline(Analysis& a) {
    a.timeline.clear();
    size_t total = 0, blocks_with_events = 0;
    for (BlockIngest& b : a.ingest) {
        sort_block(b.event_list);
        total += b.event_list.size();
        blocks_with_events += !b.event_list.empty();
    }
    // Moved, not copied: from here on the timeline is the one list of events; each block keeps
    // its counts. Sorted blocks merge in one sequential pass (the order of `earlier` is total
    // across blocks, since it ends with the block index).
    if (blocks_with_events == 1) {
        for (BlockIngest& b : a.ingest)
            if (!b.event_list.empty()) a.timeline = std::move(b.event_list);
    } else {
        a.timeline.reserve(total);
        std::vector<std::pair<std::vector<Event>::iterator, std::vector<Event>::iterator>> runs;
        for (BlockIngest& b : a.ingest)
            if (!b.event_list.empty()) runs.emplace_back(b.event_list.begin(), b.event_list.end());
        while (!runs.empty()) {
            size_t next = 0;
            for (size_t r = 1; r < runs.size(); ++r)
                if (earlier(*runs[r].first, *runs[next].first)) next = r;
            a.timeline.push_back(std::move(*runs[next].first));
            if (++runs[next].first == runs[next].second) runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(next));
        }
    }
    for (BlockIngest& b : a.ingest) {
        b.event_list.clear();
        b.event_list.shrink_to_fit();
    }
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
