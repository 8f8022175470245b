// ownercheck_bench SCENARIO [N]: runs one measured scenario on generated input and prints one JSON
// line. scripts/bench.sh runs each scenario in its own process (natively and under node) so that
// peak memory belongs to that scenario alone, and prints the table with the ratios.
//   split-csv N / split-jsonl N  a plain line-splitting pass over the bytes (the practical limit)
//   ingest-csv N / ingest-jsonl N  format detection + parsing of an N-line login paste
//   analyze N                   the whole pipeline on a case of N events, in a fresh process
//   analyze-warm N              the same on a warm engine (see warm_like_the_page)
//   typical                     the median of 25 runs on a case of 2,000 events, on a warm engine
//   typical-cold                the first analysis of a 2,000-event case in a fresh process
//   stages N                    the pipeline of analyze(), stage by stage, on a case of N events
//   stages-cold N               the same without the warm-up run
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

#include "assess/assess.hpp"
#include "claims/extract.hpp"
#include "claims/reply_stance.hpp"
#include "correlate/correlate.hpp"
#include "enrich/enrich.hpp"
#include "generate.hpp"
#include "ingest/ingest.hpp"
#include "normalize/timeline.hpp"
#include "report/report.hpp"
#include "signals/detect.hpp"
#include "ownercheck/ownercheck.hpp"
#include "util/memory_reuse.hpp"

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

// The page's worker warms its engine at load (op 'warm' in web/worker-core.mjs: three analyses of a
// 2,000-event case) and the specialist pastes seconds later. V8 runs WebAssembly first in baseline
// code and compiles optimised code per hot function on background threads, installing it between
// calls; on a small machine those compiles also slow the calls they overlap. So: the same three
// analyses, then a second of idle (the specialist reading the ticket) before anything is measured.
void warm_like_the_page() {
    const std::string small = bench::typical_case(2000);
    for (int i = 0; i < 3; ++i) (void)ownercheck::analyze(small);
    const double idle_from = now_s();
    while (now_s() - idle_from < 1.0) {
        // A busy wait: a wasm build without threads has no sleep that lets node's threads run but
        // this one; the background compiler runs on the other cores either way.
    }
}

}  // namespace

int main(int argc, char** argv) {
    ownercheck::keep_freed_memory();  // as the CLI does: the warm scenarios analyse again and again
    if (argc < 2) {
        std::fprintf(stderr, "usage: ownercheck_bench split-csv|split-jsonl|ingest-csv|ingest-jsonl|analyze|analyze-warm|typical|typical-cold|stages|stages-cold [N]\n");
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
    if (what == "analyze" || what == "analyze-warm") {
        const std::string c = bench::typical_case(n);
        // A cold run of one huge case may spend all of it in baseline code (see warm_like_the_page).
        if (what == "analyze-warm") warm_like_the_page();
        const double before = peak_mb();
        const double t0 = now_s();
        const auto r = ownercheck::analyze(c);
        const double dt = now_s() - t0;
        if (r.status != ownercheck::Status::Ok) {
            std::fprintf(stderr, "analyze failed: %s\n", r.error.c_str());
            return 1;
        }
        print(what.c_str(), n, static_cast<double>(c.size()), dt, before);
        return 0;
    }
    if (what == "stages" || what == "stages-cold") {  // where analyze() spends its time; mirrors core/src/pipeline.cpp
        const std::string c = bench::typical_case(n);
        // Warm: lazy rule compilation (and V8's optimised code) is a first-case cost, not a stage's.
        if (what == "stages") warm_like_the_page();
        ownercheck::Analysis a;
        std::string timings;
        double t = now_s();
        auto lap = [&](const char* stage) {
            const double t1 = now_s();
            char buf[64];
            std::snprintf(buf, sizeof buf, ", \"%s_ms\": %.2f", stage, (t1 - t) * 1000);
            timings += buf;
            t = t1;
        };
        a.input = ownercheck::parse_case(c);
        lap("parse_case");
        a.fingerprint = a.input.fingerprint;  // parse_case() hashes while it has the document
        lap("fingerprint");
        const std::string floor = ownercheck::sha256_hex(c);  // the hash alone, a floor under parse_case
        lap("sha256_of_case");
        a.ingest = ownercheck::ingest_case(a.input);
        lap("ingest");
        ownercheck::build_timeline(a);
        lap("timeline");
        ownercheck::enrich_events(a);
        lap("enrich");
        a.claims = ownercheck::extract_claims(a);
        ownercheck::claims::read_reply_stance(a);
        lap("claims");
        ownercheck::check_claims(a);
        lap("correlate");
        a.signals = ownercheck::detect_signals(a);
        lap("signals");
        ownercheck::assess_case(a);
        lap("assess");
        const std::string out = ownercheck::report_json(a).dump(1);
        lap("report");
        print(what.c_str(), n, static_cast<double>(c.size()), 0, 0, timings.c_str());
        return out.empty() || floor.empty();
    }
    if (what == "typical-cold") {  // what a specialist waits for if they paste before the warm-up ran
        const std::string c = bench::typical_case(argc > 2 ? n : 2000);
        const double t0 = now_s();
        const auto r = ownercheck::analyze(c);
        const double dt = now_s() - t0;
        if (r.status != ownercheck::Status::Ok) return 1;
        print("typical-cold", argc > 2 ? n : 2000, static_cast<double>(c.size()), dt, 0);
        return 0;
    }
    if (what == "typical") {
        const std::string c = bench::typical_case(argc > 2 ? n : 2000);
        warm_like_the_page();
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
