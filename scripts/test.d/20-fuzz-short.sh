#!/usr/bin/env bash
# A short libFuzzer run of every target (OWNERCHECK_FUZZ_SECONDS each, default 60).
set -euo pipefail
exec "$(dirname "$0")/../fuzz.sh" "${OWNERCHECK_FUZZ_SECONDS:-60}"
