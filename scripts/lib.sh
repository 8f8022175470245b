# Shared helpers for the scripts: paths, logging, and the Emscripten environment.
# Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OWNERCHECK_CACHE="${OWNERCHECK_CACHE:-$HOME/.cache/ownercheck}"
# emcc's JS optimizer needs Debian's node-acorn (TOOLCHAIN.md).
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
JOBS="${OWNERCHECK_JOBS:-$(nproc)}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
