#include "normalize/timeline.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <tuple>
#include <vector>

#include "normalize/same_event.hpp"

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

// Merges sorted runs into `out` (appended), one event moved at a time in timeline order.
void merge_runs(const std::vector<std::vector<Event>*>& runs_of, std::vector<Event>& out) {
    std::vector<std::pair<std::vector<Event>::iterator, std::vector<Event>::iterator>> runs;
    for (std::vector<Event>* r : runs_of)
        if (!r->empty()) runs.emplace_back(r->begin(), r->end());
    while (!runs.empty()) {
        size_t next = 0;
        for (size_t r = 1; r < runs.size(); ++r)
            if (earlier(*runs[r].first, *runs[next].first)) next = r;
        out.push_back(std::move(*runs[next].first));
        if (++runs[next].first == runs[next].second) runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(next));
    }
}

// Merges sorted `rest` into sorted `into` within its capacity, from the back: each event of
// `into` moves once, to its final place, and no second list of the whole timeline is allocated.
void merge_in_place(std::vector<Event>& into, std::vector<Event>& rest) {
    size_t i = into.size(), j = rest.size();
    into.resize(i + j);
    for (size_t k = into.size(); j > 0;) {
        // Events of two blocks never tie (`earlier` ends with the block), so the order is total.
        if (i > 0 && earlier(rest[j - 1], into[i - 1])) into[--k] = std::move(into[--i]);
        else into[--k] = std::move(rest[--j]);
    }
}

}  // namespace

void build_timeline(Analysis& a) {
    a.timeline.clear();
    size_t total = 0;
    BlockIngest* roomiest = nullptr;
    for (BlockIngest& b : a.ingest) {
        sort_block(b.event_list);
        total += b.event_list.size();
        if (!roomiest || b.event_list.capacity() > roomiest->event_list.capacity()) roomiest = &b;
    }
    // Moved, not copied: from here on the timeline is the one list of events; each block keeps
    // its counts. Sorted blocks merge in sequential passes (the order of `earlier` is total across
    // blocks, since it ends with the block index). ingest_case leaves the largest block's list room
    // for all the others' events, so they merge into it where it lies.
    if (roomiest && roomiest->event_list.capacity() >= total) {
        std::vector<std::vector<Event>*> others;
        for (BlockIngest& b : a.ingest)
            if (&b != roomiest && !b.event_list.empty()) others.push_back(&b.event_list);
        std::vector<Event> rest;
        if (others.size() == 1) {
            rest = std::move(*others.front());
        } else if (others.size() > 1) {
            rest.reserve(total - roomiest->event_list.size());
            merge_runs(others, rest);
        }
        merge_in_place(roomiest->event_list, rest);
        a.timeline = std::move(roomiest->event_list);
    } else {
        a.timeline.reserve(total);
        std::vector<std::vector<Event>*> all;
        for (BlockIngest& b : a.ingest) all.push_back(&b.event_list);
        merge_runs(all, a.timeline);
    }
    for (BlockIngest& b : a.ingest) {
        b.event_list.clear();
        b.event_list.shrink_to_fit();
    }
    fold_same_events(a.timeline);
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
