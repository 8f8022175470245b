// The one timeline of a case (normalize/timeline): oldest first across blocks, merged where the
// largest block's list lies when ingest_case left it room.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "ingest/ingest.hpp"
#include "model/analysis.hpp"
#include "normalize/timeline.hpp"

using namespace ownercheck;

namespace {

Event event_at(int block, int line, int64_t time, int32_t ms = 0) {
    Event e;
    e.src = Ref{block, line};
    e.time = time;
    e.time_ms = ms;
    e.raw_type = "b" + std::to_string(block) + "l" + std::to_string(line);
    return e;
}

std::vector<std::string> order_of(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(e.raw_type);
    return out;
}

}  // namespace

TEST_CASE("timeline: oldest first across blocks, whatever order each block came in") {
    std::mt19937 rng(7);
    for (int round = 0; round < 60; ++round) {
        Analysis a;
        std::vector<Event> all;
        const int blocks = 1 + round % 4;
        for (int b = 0; b < blocks; ++b) {
            BlockIngest bi;
            bi.block = b;
            const int n = static_cast<int>(rng() % 200);
            for (int line = 1; line <= n; ++line) {
                // Few distinct times so ties are common; shapes: ascending, descending, shuffled.
                int64_t t = static_cast<int64_t>(rng() % 40);
                if (round % 3 == 0) t = line / 3;
                if (round % 3 == 1) t = (n - line) / 3;
                bi.event_list.push_back(event_at(b, line, 1700000000 + t, static_cast<int32_t>(rng() % 2)));
                all.push_back(bi.event_list.back());
            }
            a.ingest.push_back(std::move(bi));
        }
        std::stable_sort(all.begin(), all.end(), [](const Event& x, const Event& y) {
            return std::tie(x.time, x.time_ms, x.src) < std::tie(y.time, y.time_ms, y.src);
        });
        // Most rounds give one block (not always the largest) room for all events, as ingest_case
        // gives the largest: the others then merge into its list where it lies.
        const int roomy = round % 5 - 1;
        const Event* roomy_data = nullptr;
        if (roomy >= 0 && roomy < blocks) {
            // More than any other block's list may hold (a list grown by push_back: twice its size).
            a.ingest[static_cast<size_t>(roomy)].event_list.reserve(2 * all.size() + 1);
            roomy_data = a.ingest[static_cast<size_t>(roomy)].event_list.data();
        }
        build_timeline(a);
        REQUIRE(order_of(a.timeline) == order_of(all));
        if (roomy_data && !all.empty()) CHECK(a.timeline.data() == roomy_data);
        for (const BlockIngest& b : a.ingest) CHECK(b.event_list.empty());
    }
}

TEST_CASE("ingest_case: the largest block's list has room for every other block's events") {
    Case c;
    std::string big = "time,event,ip\n", small = "time,type,asset,amount\n";
    for (int i = 0; i < 300; ++i) big += "2025-03-01T10:" + std::to_string(10 + i / 60) + ":" + std::to_string(10 + i % 50) + "Z,login,203.0.113." + std::to_string(i % 250) + "\n";
    for (int i = 0; i < 20; ++i) small += "2025-01-" + std::to_string(10 + i) + " 09:00:00,deposit,EUR," + std::to_string(100 + i) + "\n";
    for (const std::string* text : {&small, &big, &small}) {
        EvidenceBlock b;
        b.kind = BlockKind::Logs;
        b.text = *text;
        c.evidence.push_back(b);
    }
    const std::vector<BlockIngest> blocks = ingest_case(c);
    REQUIRE(blocks.size() == 3);
    for (int i = 0; i < 3; ++i) CHECK(blocks[static_cast<size_t>(i)].block == i);  // in block order, whatever order they were read in
    CHECK(blocks[0].events == 20);
    CHECK(blocks[1].events == 300);
    CHECK(blocks[2].events == 20);
    CHECK(blocks[1].event_list.capacity() >= 340);
}
