#!/usr/bin/env bash
# Builds the page (called by scripts/build.sh web, after the wasm build).
#   dist/web/            index.html, style.css, the app's modules, worker.mjs, the wasm module
#                        (ownercheck.mjs + ownercheck.wasm + ownercheck-api.mjs) and the generated
#                        ownercheck-wasm.mjs (the wasm bytes for CSP connect-src 'none') and examples.mjs
#   dist/web/data/       the data tables (IP networks, ASN names, cities) as same-origin modules
#                        <name>.mjs (gzip + base64) and the manifest tables.mjs/tables.json (sha256,
#                        sizes, sources); the page loads them lazily after the engine is ready
#   dist/ownercheck.html one self-contained file (wasm inlined) for file:// and <iframe> embedding;
#                        of the tables it carries only OWNERCHECK_SINGLE_FILE_TABLES (default: cities)
# OWNERCHECK_EMBED_ORIGINS="https://wiki.example.com ..." lists the host origins allowed to drive
# the page by postMessage (default: only the page's own origin).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
wasm_dir="${OWNERCHECK_WASM_WEB_DIR:-$ROOT/build-wasm/web}"
# The tables the wasm build generated (the same files the native build puts in build/data/).
data_dir="${OWNERCHECK_WASM_DATA_DIR:-$ROOT/build-wasm/data}"
[ -f "$data_dir/tables.json" ] || data_dir="$ROOT/build/data"
[ -f "$data_dir/tables.json" ] || die "no data tables (build-wasm/data/tables.json): run scripts/build.sh wasm"
out="$ROOT/dist/web"
for f in ownercheck.mjs ownercheck.wasm ownercheck-api.mjs; do
  [ -f "$wasm_dir/$f" ] || die "$wasm_dir/$f is missing: run scripts/build.sh wasm"
done
# The page's CSP has no 'unsafe-eval'; Embind only avoids eval when linked -sDYNAMIC_EXECUTION=0.
if grep -q 'new Function(' "$wasm_dir/ownercheck.mjs"; then
  printf '\033[1;31mwarning: %s uses eval (new Function): the page will refuse to load it under its CSP.\n  Link ownercheck_web with -sDYNAMIC_EXECUTION=0 (OWNERCHECK_EM_LINK_MODULE in cmake/emscripten_flags.cmake).\033[0m\n' \
    "$wasm_dir/ownercheck.mjs" >&2
fi
rm -rf "$out"
mkdir -p "$out"
# The page's own files; web/tools/ (build helpers) and docs stay out of dist.
find "$ROOT/web" -maxdepth 1 -type f \( -name '*.html' -o -name '*.css' -o -name '*.mjs' \) -exec cp {} "$out/" \;
cp "$wasm_dir/ownercheck.mjs" "$wasm_dir/ownercheck.wasm" "$wasm_dir/ownercheck-api.mjs" "$out/"
node "$ROOT/web/tools/gen-modules.mjs" "$out/ownercheck.wasm" "$ROOT/examples" "$out"
node "$ROOT/web/tools/gen-data.mjs" "$data_dir" "$out/data" >&2
if [ -n "${OWNERCHECK_EMBED_ORIGINS:-}" ]; then
  case "$OWNERCHECK_EMBED_ORIGINS" in *'"'*|*'<'*|*'>'*|*'&'*) die "OWNERCHECK_EMBED_ORIGINS must be origins separated by spaces" ;; esac
  sed -i "s|<meta name=\"ownercheck-embed-origins\" content=\"\">|<meta name=\"ownercheck-embed-origins\" content=\"$OWNERCHECK_EMBED_ORIGINS\">|" "$out/index.html"
fi
OWNERCHECK_SINGLE_FILE_TABLES="${OWNERCHECK_SINGLE_FILE_TABLES-cities}" \
  node "$ROOT/web/tools/make-single-file.mjs" "$out" "$ROOT/dist/ownercheck.html" >&2
gzsum() { local n=0 f; for f in "$@"; do n=$((n + $(gzip -9c "$f" | wc -c))); done; echo "$n"; }
first=$(find "$out" -maxdepth 1 -type f ! -name ownercheck.wasm)
raw=$(du -cb $first | tail -1 | cut -f1)
gz=$(gzsum $first)
data_gz=$(gzsum "$out"/data/*)
say "dist/web: first screen $((raw / 1024)) KB raw, $((gz / 1024)) KB gzip; data tables (lazy) $((data_gz / 1024)) KB gzip; dist/ownercheck.html: $(( $(wc -c <"$ROOT/dist/ownercheck.html") / 1024 )) KB"
