#!/usr/bin/env bash
# The whole doctest suite built with AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cmake -S "$ROOT" -B "$ROOT/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOWNERCHECK_SANITIZE=ON >/dev/null
cmake --build "$ROOT/build-asan" -j "$JOBS" --target ownercheck_tests ownercheck
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$ROOT/build-asan/tests/ownercheck_tests"
