#!/usr/bin/env bash
# Benchmarks, native and wasm (node) in one run, each scenario in its own process:
#   ingest throughput (MB/s) of a generated login CSV and JSON-lines paste, and its ratio to a plain
#   line-splitting pass over the same bytes; full analysis of cases of 1k, 100k and 1M events;
#   the median time of a typical case (2,000 events); peak memory against the input size.
#   "warm engine": after the page's warm-up (three analyses of a 2,000-event case, then a second of
#   idle; V8 runs a cold module in baseline code and swaps optimised code in only between calls; see
#   web/worker-core.mjs and warm_like_the_page in tests/bench/bench_main.cpp). The first analysis in
#   a fresh process (cold engine, lazy tables and rules built) is printed too, without a target.
#   scripts/bench.sh stages [N]   where the time goes, stage by stage, native and wasm
#   scripts/bench.sh [LINES]     default 1000000 lines for the ingest scenarios
# Targets (issues 3 and 8) are printed next to the numbers; this script reports, it does not fail.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = stages ]; then  # a breakdown, not the table
  n="${2:-1000000}"
  [ -x "$ROOT/build/bench/ownercheck_bench" ] || "$ROOT/scripts/build.sh" native
  [ -f "$ROOT/build-wasm/bench/ownercheck_bench.js" ] || "$ROOT/scripts/build.sh" wasm
  echo "native: $("$ROOT/build/bench/ownercheck_bench" stages "$n")"
  echo "wasm:   $(node "$ROOT/build-wasm/bench/ownercheck_bench.js" stages "$n")"
  exit 0
fi
lines="${1:-1000000}"
native="$ROOT/build/bench/ownercheck_bench"
wasm="$ROOT/build-wasm/bench/ownercheck_bench.js"
[ -x "$native" ] || "$ROOT/scripts/build.sh" native
[ -f "$wasm" ] || "$ROOT/scripts/build.sh" wasm

out="$(mktemp)"; trap 'rm -f "$out"' EXIT
run() {  # run PLATFORM SCENARIO N
  local line
  if [ "$1" = native ]; then line="$("$native" "$2" "$3")"; else line="$(node "$wasm" "$2" "$3")"; fi
  echo "{\"platform\": \"$1\", ${line#\{}" >>"$out"
}
for p in native wasm; do
  for s in split-csv ingest-csv split-jsonl ingest-jsonl; do run "$p" "$s" "$lines"; done
  for n in 1000 100000 1000000; do run "$p" analyze "$n"; done
  run "$p" analyze-warm 1000000
  run "$p" typical 2000
  run "$p" typical-cold 2000
done

python3 - "$out" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
get = lambda p, s, n=None: next(r for r in rows if r['platform'] == p and r['scenario'] == s and (n is None or r['n'] == n))
print(f"{'measure':44} {'native':>12} {'wasm':>12} {'wasm/native':>12}   target")
def line(name, n, w, unit, target='', ratio=True):
    r = f"{w / n:12.2f}" if ratio and n else f"{'':12}"
    print(f"{name:44} {n:12.2f} {w:12.2f} {r}   {target}".rstrip() + (f"  ({unit})" if unit else ''))
for fmt, tgt in (('csv', '>= 150 MB/s native; wasm >= 50%'), ('jsonl', '>= 60 MB/s native; wasm >= 50%')):
    ing_n, ing_w = get('native', 'ingest-' + fmt), get('wasm', 'ingest-' + fmt)
    sp_n, sp_w = get('native', 'split-' + fmt), get('wasm', 'split-' + fmt)
    line(f"ingest {fmt} {ing_n['bytes'] / 2**20:.0f} MB, MB/s", ing_n['mb_per_s'], ing_w['mb_per_s'], '', tgt)
    line(f"  line-split pass / ingest time ratio", ing_n['seconds'] / sp_n['seconds'], ing_w['seconds'] / sp_w['seconds'], '', '<= 4x', ratio=False)
    line(f"  peak memory / input size", ing_n['peak_mb'] * 2**20 / ing_n['bytes'], ing_w['peak_mb'] * 2**20 / ing_w['bytes'], '', '<= 3x (input included)', ratio=False)
for n in (1000, 100000, 1000000):
    a_n, a_w = get('native', 'analyze', n), get('wasm', 'analyze', n)
    line(f"analyze {n:,} events (cold engine), s", a_n['seconds'], a_w['seconds'], '', '')
    line(f"  peak memory MB", a_n['peak_mb'], a_w['peak_mb'], '', '')
w_n, w_w = get('native', 'analyze-warm', 1000000), get('wasm', 'analyze-warm', 1000000)
line("analyze 1,000,000 events (warm engine), s", w_n['seconds'], w_w['seconds'], '', '<= 3 s wasm')
t_n, t_w = get('native', 'typical'), get('wasm', 'typical')
line("typical case (2,000 events, warm), median ms", t_n['seconds'] * 1000, t_w['seconds'] * 1000, '', '<= 5 ms native, <= 15 ms wasm')
c_n, c_w = get('native', 'typical-cold'), get('wasm', 'typical-cold')
line("  first analysis in a fresh process, ms", c_n['seconds'] * 1000, c_w['seconds'] * 1000, '', '')
PY
