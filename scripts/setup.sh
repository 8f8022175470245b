#!/usr/bin/env bash
# Installs everything ownercheck needs on a Debian machine, idempotently:
# apt packages, npm packages (package-lock.json), and OpenSSL's libcrypto built for wasm
# (cached outside the repo). Safe to re-run: each step checks before it acts.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

APT_PACKAGES=(
  build-essential cmake pkg-config python3 python3-yaml
  emscripten                       # the wasm toolchain (3.1.6 on Debian 12)
  nlohmann-json3-dev doctest-dev   # header-only libraries, used natively and in wasm
  libssl-dev                       # OpenSSL natively (static libcrypto.a)
  libre2-dev uap-core              # user-agent parsing: RE2 and ua-parser's regexes + tests
  unicode-data                     # RE2's Unicode tables, regenerated for the wasm build
  chromium                         # the real browser for the browser tests
  clang libclang-rt-14-dev         # libFuzzer and sanitizers
)

# Node.js and npm: the machine's own when it has them (a Node 20 build that bundles npm conflicts
# with Debian's npm package), else Debian's.
command -v node >/dev/null && command -v npm >/dev/null || APT_PACKAGES+=(nodejs npm)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "apt: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "apt: all ${#APT_PACKAGES[@]} packages present"
fi

if [ ! -d "$ROOT/node_modules/playwright-core" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  say "npm: installing from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
else
  say "npm: node_modules up to date"
fi

say "OpenSSL for wasm"
"$ROOT/scripts/openssl-wasm.sh" >/dev/null
say "RE2 for wasm"
"$ROOT/scripts/re2-wasm.sh" >/dev/null

for extra in "$ROOT"/scripts/setup.d/*.sh; do
  [ -e "$extra" ] || continue
  say "setup: $(basename "$extra")"
  bash "$extra"
done
say "setup done"
