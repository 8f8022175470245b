#!/usr/bin/env bash
# Builds ownercheck.  scripts/build.sh [native|wasm|web|all]   (default: all)
#   native -> build/ownercheck (CLI), build/tests/ownercheck_tests
#   wasm   -> build-wasm/ (Emscripten), dist/node/ownercheck.js (the CLI under node),
#             build-wasm/tests/ownercheck_tests.js (the doctest suite under node)
#   web    -> dist/web/ (the page, its scripts and the wasm module)
# Expects scripts/setup.sh to have run.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
what="${1:-all}"

build_native() {
  say "native build"
  cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$ROOT/build" -j "$JOBS"
}

build_wasm() {
  say "wasm build"
  local openssl_dir
  openssl_dir="$("$ROOT/scripts/openssl-wasm.sh" --print-dir)"
  [ -f "$openssl_dir/lib/libcrypto.a" ] || die "OpenSSL for wasm is not built: run scripts/setup.sh"
  # emcmake's default test emulator passes a flag Node 20 rejects (TOOLCHAIN.md).
  emcmake cmake -S "$ROOT" -B "$ROOT/build-wasm" -DCMAKE_BUILD_TYPE=Release \
    -DOWNERCHECK_OPENSSL_WASM_DIR="$openssl_dir" -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
  cmake --build "$ROOT/build-wasm" -j "$JOBS"
  mkdir -p "$ROOT/dist/node/data"
  cp "$ROOT/build-wasm/node/ownercheck.js" "$ROOT/dist/node/ownercheck.js"
  # The data tables travel with the node entry (it looks in data/ next to itself).
  cp "$ROOT"/build-wasm/data/*.bin "$ROOT"/build-wasm/data/tables.json "$ROOT/dist/node/data/"
}

build_web() {
  [ -f "$ROOT/build-wasm/web/ownercheck.wasm" ] || build_wasm
  say "web build"
  "$ROOT/scripts/build-web.sh"
}

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  web) build_web ;;
  all) build_native; build_wasm; build_web ;;
  *) die "unknown target '$what', must be: native, wasm, web, all" ;;
esac
