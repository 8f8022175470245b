#pragma once
// Deterministic synthetic inputs for the benchmarks: login histories as CSV and JSON lines, and
// whole cases of a given size. A fixed-seed generator, so every run measures the same bytes.

#include <cstdint>
#include <string>

namespace bench {

std::string login_csv(size_t lines, uint64_t seed = 42);
std::string login_jsonl(size_t lines, uint64_t seed = 42);
// A case with `events` log lines (logins and a ledger) and an English reply, as case JSON.
std::string typical_case(size_t events, uint64_t seed = 42);

}  // namespace bench
