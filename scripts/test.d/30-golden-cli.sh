#!/usr/bin/env bash
# The CLI end to end on every example: exit 0 and the golden report, natively and under node.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bad=0; n=0
for c in "$ROOT"/examples/*.json; do
  g="$ROOT/examples/golden/$(basename "$c")"
  for cli in "$ROOT/build/ownercheck" "node $ROOT/dist/node/ownercheck.js"; do
    n=$((n + 1))
    if ! $cli analyze "$c" | cmp -s - "$g"; then echo "DIFFERS from golden: $cli analyze $c"; bad=$((bad + 1)); fi
  done
done
echo "golden CLI: $n runs, $bad differ"
[ "$bad" -eq 0 ]
