#!/usr/bin/env bash
# The same case must give the byte-identical report natively and in wasm, in every format, run
# after run. Checks the examples, the blind cases (admin formats beyond the sample) and the shared
# sample (when present), three ways:
#   - each case analysed alone by the native CLI (a fresh process each time);
#   - all of them in one native process (`ownercheck reports`): nothing one analysis leaves behind
#     (memo tables, interned strings) may change the next one, as in the page, which analyses
#     case after case in one worker;
#   - all of them in one node process running the wasm CLI (starting node costs more than an
#     analysis, so one process keeps this check to seconds).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
native="$ROOT/build/ownercheck"
wasm=(node "$ROOT/dist/node/ownercheck.js")
cases=("$ROOT"/examples/*.json "$ROOT"/tests/corpus/blind_cases/cases/*.json)
[ -d "$ROOT/../shared/cases/cases" ] && cases+=("$ROOT"/../shared/cases/cases/*.json)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/alone" "$tmp/native" "$tmp/wasm"

"$native" reports "$tmp/native" "${cases[@]}" >"$tmp/index" || true
"${wasm[@]}" reports "$tmp/wasm" "${cases[@]}" >"$tmp/index-wasm" || true
cmp -s "$tmp/index" "$tmp/index-wasm" || { echo "the wasm CLI listed the cases differently"; exit 1; }

differs() {  # differs WHAT PATH A B
  cmp -s "$3" "$4" && return 1
  echo "DIFFERS ($1): $2"; diff "$3" "$4" | head -5 || true
}
n=0; bad=0
while read -r number path; do
  if [ -f "$tmp/native/$number.error" ] || [ -f "$tmp/wasm/$number.error" ]; then
    echo "UNREADABLE: $path: $(cat "$tmp"/*/"$number.error")"; bad=$((bad + 1)); continue
  fi
  # The analysis alone, in a fresh process (the formats render that one analysis: json suffices).
  "$native" analyze "$path" >"$tmp/alone/$number.json" 2>/dev/null || true
  differs "native alone vs after the cases before it" "$path" "$tmp/alone/$number.json" "$tmp/native/$number.json" && bad=$((bad + 1))
  for ext in json md txt; do
    n=$((n + 1))
    differs "native vs wasm, $ext" "$path" "$tmp/native/$number.$ext" "$tmp/wasm/$number.$ext" && bad=$((bad + 1))
  done
done <"$tmp/index"
echo "determinism: $n reports compared native vs wasm, $(wc -l <"$tmp/index") cases alone vs in one process; $bad differ"
[ "$n" -gt 0 ] && [ "$bad" -eq 0 ]
