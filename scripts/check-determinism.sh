#!/usr/bin/env bash
# The same case must give the byte-identical report natively and in wasm, in every format, run
# after run. Checks the examples, the blind cases (admin formats beyond the sample) and the shared
# sample (when present).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
native="$ROOT/build/ownercheck"
wasm=(node "$ROOT/dist/node/ownercheck.js")
cases=("$ROOT"/examples/*.json "$ROOT"/tests/corpus/blind_cases/cases/*.json)
[ -d "$ROOT/../shared/cases/cases" ] && cases+=("$ROOT"/../shared/cases/cases/*.json)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
n=0; bad=0
for c in "${cases[@]}"; do
  case "$c" in *.report.json) continue ;; esac
  for fmt in json markdown text; do
    "$native" analyze "$c" --format "$fmt" >"$tmp/n" 2>&1 || true
    "$native" analyze "$c" --format "$fmt" >"$tmp/n2" 2>&1 || true
    "${wasm[@]}" analyze "$c" --format "$fmt" >"$tmp/w" 2>&1 || true
    n=$((n + 1))
    if ! cmp -s "$tmp/n" "$tmp/w" || ! cmp -s "$tmp/n" "$tmp/n2"; then
      bad=$((bad + 1)); echo "DIFFERS: $c ($fmt)"; diff "$tmp/n" "$tmp/w" | head -5
    fi
  done
done
echo "determinism: $n reports compared, $bad differ"
[ "$bad" -eq 0 ]
