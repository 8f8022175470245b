#!/usr/bin/env bash
# The main job: set everything up, build, analyse an example case on the CLI, then serve the page
# on 127.0.0.1 and print its address (Ctrl-C stops the server).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" all
example="${1:-$(ls "$ROOT"/examples/*.json | grep -v '\.report\.json$' | head -n 1)}"
say "ownercheck analyze $example --format text"
"$ROOT/build/ownercheck" analyze "$example" --format text
say "serving the workbench"
exec "$ROOT/scripts/serve.sh"
