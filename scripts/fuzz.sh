#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a while.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 s, every target
# Seeds come from examples/, ../shared/cases and tests/corpus/blind_cases (admin formats beyond the
# sample): whole cases for fuzz_case and fuzz_case_json, each evidence block for the block-level
# targets; corpora grow in build-fuzz/corpus/ between runs. A long run:
#   scripts/fuzz.sh 600
# Targets run side by side, one per core (OWNERCHECK_JOBS, default nproc).
# Any crash, hang (-timeout) or sanitizer report fails the run and leaves the reproducer in
# build-fuzz/artifacts/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds="${1:-60}"; shift || true
build="$ROOT/build-fuzz"

say "fuzz build (clang, libFuzzer, ASan+UBSan)"
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DOWNERCHECK_FUZZ=ON -DOWNERCHECK_TESTS=OFF >/dev/null
cmake --build "$build" -j "$JOBS"

targets=("$@")
if ((${#targets[@]} == 0)); then
  for t in "$build"/fuzz/fuzz_*; do targets+=("$(basename "$t")"); done
fi

python3 "$ROOT/scripts/fuzz_seeds.py" "$build/seeds" "$ROOT/examples" "$ROOT/../shared/cases/cases" "$ROOT/tests/corpus/blind_cases/cases"
mkdir -p "$build/artifacts"
# One target per core at a time: libFuzzer runs one thread, so each target still gets its whole
# time on a core of its own, and a run of all of them takes 1/JOBS as long.
fuzz_one() {  # fuzz_one TARGET: runs it, then leaves its summary (or its failure) in TARGET.result
  local t="$1" corpus="$build/corpus/$1" seeds="$build/seeds/$1"
  mkdir -p "$corpus"; [ -d "$seeds" ] || seeds="$build/seeds/blocks"
  if "$build/fuzz/$t" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
       >"$build/$t.log" 2>&1; then
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|cov: " "$build/$t.log" | tail -3 >"$build/$t.result" || true
  else
    { echo "FAILED: $t (see $build/$t.log)"; tail -30 "$build/$t.log"; } >"$build/$t.result"
  fi
}
say "fuzz ${#targets[@]} target(s) for ${seconds}s each, $JOBS at a time"
for t in "${targets[@]}"; do
  rm -f "$build/$t.result"
  while (($(jobs -rp | wc -l) >= JOBS)); do wait -n || true; done
  fuzz_one "$t" &
done
wait
status=0
for t in "${targets[@]}"; do
  say "fuzz $t"
  cat "$build/$t.result" 2>/dev/null || { echo "FAILED: $t left no result"; status=1; continue; }
  grep -q "^FAILED: " "$build/$t.result" && status=1
done
exit $status
