#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a while.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 s, every target
# Seeds come from examples/, ../shared/cases and tests/corpus/blind_cases (admin formats beyond the
# sample): whole cases for fuzz_case and fuzz_case_json, each evidence block for the block-level
# targets; corpora grow in build-fuzz/corpus/ between runs. A long run:
#   scripts/fuzz.sh 600
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
status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"; mkdir -p "$corpus"
  seeds="$build/seeds/$t"; [ -d "$seeds" ] || seeds="$build/seeds/blocks"
  say "fuzz $t for ${seconds}s"
  if "$build/fuzz/$t" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
       >"$build/$t.log" 2>&1; then
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|cov: " "$build/$t.log" | tail -3
  else
    status=1; echo "FAILED: $t (see $build/$t.log)"; tail -30 "$build/$t.log"
  fi
done
exit $status
