#!/usr/bin/env bash
# Sets everything up and runs every test suite: native doctest, the same suite compiled to wasm
# under node, native-vs-wasm report identity, golden reports, the browser tests, and the labelled
# sample's metrics. Ends with one line "N passed, N failed" (suites) and exits non-zero on any failure.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh" || die "setup failed"
"$ROOT/scripts/build.sh" all || die "build failed"

passed=0; failed=0; failures=()
suite() {  # suite NAME COMMAND...
  local name="$1"; shift
  say "test: $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

suite "native unit tests (doctest via ctest)" ctest --test-dir "$ROOT/build" --output-on-failure
suite "wasm unit tests (doctest under node)" node "$ROOT/build-wasm/tests/ownercheck_tests.js"
suite "native and wasm reports identical" "$ROOT/scripts/check-determinism.sh"
for extra in "$ROOT"/scripts/test.d/*.sh; do
  [ -e "$extra" ] || continue
  suite "$(basename "$extra" .sh)" bash "$extra"
done
if [ -d "$ROOT/tests/browser" ] && ls "$ROOT"/tests/browser/*.test.mjs >/dev/null 2>&1; then
  suite "browser tests (chromium)" node --test "$ROOT"/tests/browser/
fi
if [ -d "$ROOT/../shared/cases" ]; then
  say "labelled sample (informational)"
  python3 "$ROOT/../shared/tools/score.py" --bin "$ROOT/build/ownercheck" --corpus "$ROOT/../shared/cases" | grep -v '^by_persona' || true
  say "blind cases (informational; their false accepts fail the unit tests)"
  python3 "$ROOT/../shared/tools/score.py" --bin "$ROOT/build/ownercheck" --corpus "$ROOT/tests/corpus/blind_cases" | grep '^score:' || true
fi

((failed)) && printf 'failed suites: %s\n' "${failures[*]}"
echo "suites: $passed passed, $failed failed"
exit $((failed > 0))
