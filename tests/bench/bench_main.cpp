// ownercheck_bench SCENARIO [N]: runs one measured scenario on generated input and prints one JSON
// line. scripts/bench.sh runs each scenario in its own process (natively and under node) so that
// peak memory belongs to that scenario alone, and prints the table with the ratios.
//   split-csv N / split-jsonl N  a plain line-splitting pass over the bytes (the practical limit)
//   ingest-csv N / ingest-jsonl N  format detection + parsing of an N-line login paste
//   analyze N                   the whole pipeline on a case of N events
//   typical                     the median of 25 runs on a case of 2,000 events
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#if defined(__EMSCRIPTEN__)
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

#include "generate.hpp"
#include "ingest/ingest.hpp"
#include "ownercheck/ownercheck.hpp"

namespace {

double now_s() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double peak_mb() {
#if defined(__EMSCRIPTEN__)
    return static_cast<double>(emscripten_get_heap_size()) / (1 << 20);  // wasm memory only grows
#else
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024;
#endif
}

// The practical limit: find every line and touch every byte once.
size_t split_lines(const std::string& s) {
    size_t lines = 0, sum = 0;
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        const char* stop = nl ? nl : end;
        for (const char* q = p; q < stop; ++q) sum += static_cast<unsigned char>(*q);
        ++lines;
        p = stop + 1;
    }
    return lines + (sum & 1);
}

void print(const char* scenario, size_t n, double bytes, double seconds, double input_mb_before, const char* extra = "") {
    std::printf("{\"scenario\": \"%s\", \"n\": %zu, \"bytes\": %.0f, \"seconds\": %.6f, \"mb_per_s\": %.2f, "
                "\"peak_mb\": %.1f, \"baseline_mb\": %.1f%s}\n",
                scenario, n, bytes, seconds, seconds > 0 ? bytes / (1 << 20) / seconds : 0.0, peak_mb(), input_mb_before, extra);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: ownercheck_bench split-csv|split-jsonl|ingest-csv|ingest-jsonl|analyze|typical [N]\n");
        return 2;
    }
    const std::string what = argv[1];
    const size_t n = argc > 2 ? std::stoul(argv[2]) : 1000000;
    if (what == "split-csv" || what == "split-jsonl" || what == "ingest-csv" || what == "ingest-jsonl") {
        const bool csv = what.find("csv") != std::string::npos;
        const std::string text = csv ? bench::login_csv(n) : bench::login_jsonl(n);
        const double before = peak_mb();
        const double t0 = now_s();
        size_t produced = 0;
        if (what.rfind("split", 0) == 0) {
            produced = split_lines(text);
        } else {
            const ownercheck::BlockIngest b = ownercheck::ingest_block(0, text);
            produced = static_cast<size_t>(b.events);
        }
        const double dt = now_s() - t0;
        char extra[64];
        std::snprintf(extra, sizeof extra, ", \"items\": %zu", produced);
        print(what.c_str(), n, static_cast<double>(text.size()), dt, before, extra);
        return 0;
    }
    if (what == "analyze") {
        const std::string c = bench::typical_case(n);
        const double before = peak_mb();
        const double t0 = now_s();
        const auto r = ownercheck::analyze(c);
        const double dt = now_s() - t0;
        if (r.status != ownercheck::Status::Ok) {
            std::fprintf(stderr, "analyze failed: %s\n", r.error.c_str());
            return 1;
        }
        print("analyze", n, static_cast<double>(c.size()), dt, before);
        return 0;
    }
    if (what == "typical") {
        const std::string c = bench::typical_case(argc > 2 ? n : 2000);
        std::vector<double> times;
        for (int i = 0; i < 25; ++i) {
            const double t0 = now_s();
            const auto r = ownercheck::analyze(c);
            times.push_back(now_s() - t0);
            if (r.status != ownercheck::Status::Ok) return 1;
        }
        std::sort(times.begin(), times.end());
        print("typical", argc > 2 ? n : 2000, static_cast<double>(c.size()), times[times.size() / 2], 0);
        return 0;
    }
    std::fprintf(stderr, "unknown scenario '%s'\n", what.c_str());
    return 2;
}
