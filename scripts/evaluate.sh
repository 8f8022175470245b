#!/usr/bin/env bash
# Runs the CLI over a labelled corpus and prints what the issue's "done when" asks for:
# false accepts / false rejects, preferred-recommendation rate, planted-signal recall by kind,
# high-severity signals per owner case, then one line per case that missed.
#
#   scripts/evaluate.sh [CORPUS_DIR] [--bin PATH]
#   CORPUS_DIR defaults to ../shared/cases (next to the repo); BIN to build/ownercheck.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$ROOT/../shared/cases"
BIN="${OWNERCHECK_BIN:-$ROOT/build/ownercheck}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) BIN="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) CORPUS="$1"; shift ;;
  esac
done
[[ -x "$BIN" ]] || { echo "error: no ownercheck binary at $BIN (build first, or pass --bin)" >&2; exit 2; }
[[ -f "$CORPUS/labels.json" ]] || { echo "error: $CORPUS/labels.json not found: not a labelled corpus" >&2; exit 2; }

SCORER="$ROOT/../shared/tools/score.py"
if [[ -f "$SCORER" ]]; then
  python3 "$SCORER" --bin "$BIN" --corpus "$CORPUS" --show-misses 50 | grep -E \
    '^(cases|errors|false_accept_rate|false_reject_rate|acceptable_rate|preferred_rate|attacker_flagged_rate|signal_recall|signal_recall_by_kind|owner_high_signals_per_case|error|miss|score):'
fi

# Our own per-case view: which planted signals were missed and which owner cases carry a high
# signal, so a regression points at a case and a detector, not just a rate.
python3 - "$BIN" "$CORPUS" <<'PY'
import json, os, subprocess, sys, collections
binary, corpus = sys.argv[1], sys.argv[2]
labels = json.load(open(os.path.join(corpus, 'labels.json')))
fa = fr = pref = 0
hits, total = collections.Counter(), collections.Counter()
owner_high, owners = 0, 0
lines = []
for lab in labels:
    p = subprocess.run([binary, 'analyze', os.path.join(corpus, 'cases', lab['case_id'] + '.json'), '--format', 'json'],
                       capture_output=True)
    if p.returncode != 0:
        lines.append(f"{lab['case_id']}: exit {p.returncode}")
        continue
    rep = json.loads(p.stdout)
    rec = rep['assessment']['recommendation']
    kinds = {s['kind'] for s in rep.get('signals', [])}
    fa += lab['truth'] == 'attacker' and rec == 'owner_verified'
    fr += lab['truth'] == 'owner' and rec == 'suspected_takeover'
    pref += rec == lab['preferred']
    missed = [k for k in lab['signals'] if k not in kinds]
    for k in lab['signals']:
        total[k] += 1
        hits[k] += k not in missed
    highs = [s['kind'] for s in rep.get('signals', []) if s['severity'] == 'high']
    if lab['truth'] == 'owner':
        owners += 1
        owner_high += len(highs)
    if rec != lab['preferred'] or missed or (lab['truth'] == 'owner' and highs):
        lines.append(f"{lab['case_id']} {lab['persona']}: {rec} (p={rep['assessment']['owner_probability']})"
                     f" preferred {lab['preferred']}" + (f"; missed signals {missed}" if missed else "")
                     + (f"; owner high signals {highs}" if lab['truth'] == 'owner' and highs else ""))
n = len(labels)
attackers = sum(l['truth'] == 'attacker' for l in labels)
print(f"false accepts: {fa}/{attackers}  false rejects: {fr}/{owners}  preferred: {pref}/{n} ({pref / max(n, 1):.3f})")
print("planted-signal recall: " + ", ".join(f"{k} {hits[k]}/{total[k]}" for k in sorted(total)))
print(f"owner high-severity signals per case: {owner_high / max(owners, 1):.3f}")
for l in lines:
    print("  " + l)
PY
