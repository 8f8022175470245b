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

TEST_CASE("timeline: one event pasted in two views is one event, with the fields either view shows") {
    Analysis a;
    a.ingest.resize(2);
    Event list = event_at(0, 3, 1000);  // a SIEM's event list: no user agent
    list.type = EventType::PasswordResetRequested;
    list.ip = "185.220.101.43";
    Event payload = event_at(1, 1, 1000, 328);  // the raw payload under it
    payload.type = EventType::PasswordResetRequested;
    payload.ip = "185.220.101.43";
    payload.user_agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/149.0.0.0";
    Event other_address = event_at(1, 2, 1000, 500);  // same second, another address: another event
    other_address.type = EventType::PasswordResetRequested;
    other_address.ip = "185.220.101.44";
    Event same_block = event_at(0, 4, 1000);  // a block's own repeats are its own business
    same_block.type = EventType::PasswordResetRequested;
    same_block.ip = "185.220.101.43";
    Event ledger = event_at(1, 3, 2000);  // a withdrawal in the security log and in the ledger
    ledger.type = EventType::Withdrawal;
    ledger.asset = "BTC";
    ledger.amount = -0.42;
    Event log_row = event_at(0, 9, 2000);
    log_row.type = EventType::Withdrawal;
    log_row.asset = "BTC";
    log_row.amount = -0.42;
    log_row.ip = "79.50.144.203";
    a.ingest[0].event_list = {list, same_block, log_row};
    a.ingest[1].event_list = {payload, other_address, ledger};
    build_timeline(a);
    REQUIRE(a.timeline.size() == 4);
    CHECK(a.timeline[0].src == Ref{0, 3});
    CHECK(a.timeline[0].user_agent == payload.user_agent);
    REQUIRE(a.timeline[0].also.size() == 1);
    CHECK(a.timeline[0].also[0] == Ref{1, 1});
    CHECK(a.timeline[1].src == Ref{0, 4});
    CHECK(a.timeline[2].ip == "185.220.101.44");
    CHECK(a.timeline[3].src == Ref{0, 9});
    CHECK(a.timeline[3].also == std::vector<Ref>{Ref{1, 3}});
}
