#!/usr/bin/env bash
# re2-wasm.sh — build RE2 (Debian's source) as libre2.a for wasm32 with Emscripten
# and cache it OUTSIDE the repo, keyed by RE2 version.
#
# Usage:
#   scripts/re2-wasm.sh              build if needed (+ smoke check after a fresh
#                                    build); last stdout line = cache dir
#   scripts/re2-wasm.sh --check      same, but also run the smoke check when the
#                                    cache was already valid
#   scripts/re2-wasm.sh --force      rebuild even if the cache is valid
#   scripts/re2-wasm.sh --print-dir  only print the cache dir it would use
#
# stdout carries nothing but the cache dir (so `dir=$(scripts/re2-wasm.sh)` and
# CMake's execute_process work); progress goes to stderr, compiler output to
# <cache dir>/build.log.
#
# Why RE2: user agents are attacker-controlled and ua-parser's regexes are run
# against every one of them; RE2 matches in time linear in the input, so a
# crafted string cannot make a backtracking engine spin (ReDoS).
#
# Cache layout (<dir> = ${OWNERCHECK_CACHE:-$HOME/.cache/ownercheck}/re2-wasm-<version>):
#   <dir>/lib/libre2.a      static wasm32 library (-O2 -fwasm-exceptions, no threads)
#   <dir>/include/re2/*.h   public headers (re2.h, set.h, stringpiece.h, filtered_re2.h)
#   <dir>/LICENSE           RE2's licence (BSD-3-Clause), for attribution
#   <dir>/stamp             what the cache was built from (hash, flags, emcc)
#   <dir>/build-info.txt    human-readable facts (time, size, flags)
#   <dir>/build.log         compiler output of the last build
#   <dir>/smoke/            the smoke-check program and its output
#   ${OWNERCHECK_CACHE:-...}/downloads/re2_<version>.orig.tar.xz
#                           verified source tarball, so a rebuild needs no apt
#
# Debian's "+dfsg" tarball drops the generated tables (re2/unicode_groups.cc,
# re2/unicode_casefold.cc, re2/perl_groups.cc); like Debian's own build we
# regenerate them with RE2's generator scripts, the Unicode ones from the
# `unicode-data` package.
#
# Environment: OWNERCHECK_CACHE (cache root), OWNERCHECK_JOBS (parallel compiles,
# default nproc).
set -euo pipefail

# ---- Pins -------------------------------------------------------------------
# Debian bookworm's source package re2 20220601+dfsg-1 (the same version as the
# native libre2-dev). The sha256 is the one in the package's .dsc.
RE2_VERSION=20220601+dfsg
RE2_DIRNAME=re2-2022-06-01
RE2_ORIG_SHA256=3bc61251da3b0b97be40a8a127818c517c62516e4eda11fc901d29496663df54
RECIPE_REV=1

CXXFLAGS_WASM=(-O2 -fwasm-exceptions -std=c++17 -DNDEBUG)

# The library's translation units (RE2's Makefile OFILES, minus nothing).
SOURCES=(
  util/rune.cc util/strutil.cc
  re2/bitstate.cc re2/compile.cc re2/dfa.cc re2/filtered_re2.cc re2/mimics_pcre.cc
  re2/nfa.cc re2/onepass.cc re2/parse.cc re2/perl_groups.cc re2/prefilter.cc
  re2/prefilter_tree.cc re2/prog.cc re2/re2.cc re2/regexp.cc re2/set.cc
  re2/simplify.cc re2/stringpiece.cc re2/tostring.cc re2/unicode_casefold.cc
  re2/unicode_groups.cc
)

# ---- Arguments --------------------------------------------------------------
mode=build; force=0; run_check=0
for arg in "$@"; do
  case "$arg" in
    --print-dir) mode=print ;;
    --check)     run_check=1 ;;
    --force)     force=1 ;;
    -h|--help)   sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "re2-wasm.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

if [[ -n "${OWNERCHECK_CACHE:-}" ]]; then
  CACHE_ROOT="$OWNERCHECK_CACHE"
else
  CACHE_ROOT="${HOME:?HOME is not set: set OWNERCHECK_CACHE to choose the cache root}/.cache/ownercheck"
fi
DIR="$CACHE_ROOT/re2-wasm-$RE2_VERSION"
DOWNLOADS="$CACHE_ROOT/downloads"
TARBALL_NAME="re2_${RE2_VERSION}.orig.tar.xz"

if [[ $mode == print ]]; then
  echo "$DIR"
  exit 0
fi

log()  { echo "re2-wasm: $*" >&2; }
die()  { echo "re2-wasm: ERROR: $*" >&2; exit 1; }

# emcc's JS optimizer needs Debian's node-acorn; harmless for plain compiles.
export NODE_PATH=/usr/share/nodejs
unset CROSS_COMPILE

emscripten_version() {
  dpkg-query -W -f='${Version}' emscripten 2>/dev/null || emcc --version 2>/dev/null | sed -n 1p
}
unicode_version() {
  dpkg-query -W -f='${Version}' unicode-data 2>/dev/null || echo none
}
stamp_text() {
  printf 're2=%s\nsha256=%s\ncxxflags=%s\nemscripten=%s\nunicode-data=%s\nrecipe=%s\n' \
    "$RE2_VERSION" "$RE2_ORIG_SHA256" "${CXXFLAGS_WASM[*]}" "$(emscripten_version)" \
    "$(unicode_version)" "$RECIPE_REV"
}
cache_valid() {
  [[ -f "$DIR/lib/libre2.a" && -f "$DIR/include/re2/re2.h" && -f "$DIR/stamp" ]] \
    && [[ "$(cat "$DIR/stamp")" == "$(stamp_text)" ]]
}

require_tools() {
  local t missing=()
  for t in "$@"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
  ((${#missing[@]} == 0)) || die "missing tools: ${missing[*]} (apt-get install emscripten nodejs python3 xz-utils)"
}

# ---- Smoke check ------------------------------------------------------------
# Links a small program against the cached library, runs it under node and checks
# the features ua-parser's table relies on: case-insensitive matching, Unicode
# classes (the generated tables), submatch extraction, and linear-time matching
# of a pathological pattern that would take a backtracking engine forever.
smoke_check() {
  require_tools em++ node
  local sd="$DIR/smoke"
  mkdir -p "$sd"
  cat >"$sd/smoke.cc" <<'EOF'
// Smoke check for the wasm libre2.a. Prints "FAIL ..." lines and exits 1 on mismatch.
#include <re2/re2.h>
#include <re2/set.h>
#include <chrono>
#include <cstdio>
#include <string>

static int failures = 0;
static void expect(const char* name, bool cond) {
  std::printf("%s %s\n", cond ? "ok  " : "FAIL", name);
  if (!cond) failures++;
}

int main() {
  std::string fam, maj;
  RE2 chrome("(Chrome)/(\\d+)\\.");
  expect("compile", chrome.ok());
  expect("submatches", RE2::PartialMatch("Mozilla/5.0 Chrome/120.0.1 Safari", chrome, &fam, &maj) &&
                           fam == "Chrome" && maj == "120");
  RE2::Options ci;
  ci.set_case_sensitive(false);
  RE2 kraken("kraken/(\\d+)", ci);
  expect("case-insensitive", RE2::PartialMatch("KRAKEN/2 (iOS)", kraken, &maj) && maj == "2");
  expect("unicode class \\p{Greek}", RE2::FullMatch("\xce\xb1\xce\xb2", "\\p{Greek}+"));
  expect("unicode casefold", RE2::FullMatch("\xc3\x89", "(?i)\xc3\xa9"));
  expect("lookahead rejected (RE2 has none)", !RE2("a(?=b)", RE2::Quiet).ok());
  // (a+)+$ on "aaaa...!" is exponential for a backtracking engine.
  std::string evil(100000, 'a');
  evil += '!';
  auto t0 = std::chrono::steady_clock::now();
  bool m = RE2::PartialMatch(evil, "^(a+)+$");
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  expect("(a+)+$ on 100k chars: no match", !m);
  std::printf("     (took %.1f ms)\n", ms);
  expect("(a+)+$ on 100k chars in under 2 s", ms < 2000);
  RE2::Set set(RE2::DefaultOptions, RE2::UNANCHORED);
  set.Add("Firefox", nullptr);
  set.Add("Chrome", nullptr);
  expect("RE2::Set compile", set.Compile());
  std::vector<int> hits;
  expect("RE2::Set match", set.Match("Chrome/1", &hits) && hits.size() == 1 && hits[0] == 1);
  try {
    throw std::runtime_error("x");
  } catch (const std::exception&) {
    expect("C++ exceptions caught (-fwasm-exceptions)", true);
  }
  std::printf(failures ? "SMOKE FAILED: %d failure(s)\n" : "SMOKE OK\n", failures);
  return failures ? 1 : 0;
}
EOF
  log "smoke check: compiling $sd/smoke.cc with em++"
  em++ "${CXXFLAGS_WASM[@]}" -I"$DIR/include" "$sd/smoke.cc" "$DIR/lib/libre2.a" \
       -sSINGLE_FILE=1 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node \
       -o "$sd/smoke.js" >"$sd/compile.log" 2>&1 \
    || { cat "$sd/compile.log" >&2; die "smoke check: em++ failed (log: $sd/compile.log)"; }
  if node "$sd/smoke.js" >"$sd/output.txt" 2>&1; then
    cat "$sd/output.txt" >&2
  else
    cat "$sd/output.txt" >&2
    die "smoke check FAILED: the wasm libre2.a in $DIR gives wrong results (see above)"
  fi
}

# ---- Fast path --------------------------------------------------------------
if ((force == 0)) && cache_valid; then
  ((run_check == 0)) || smoke_check
  echo "$DIR"
  exit 0
fi

require_tools em++ emar emranlib node python3 perl tar xz sha256sum flock
mkdir -p "$CACHE_ROOT" "$DOWNLOADS"

exec 9>"$DIR.lock"
if ! flock -n 9; then
  log "another build of $DIR is running; waiting for it"
  flock 9
fi
if ((force == 0)) && cache_valid; then
  ((run_check == 0)) || smoke_check
  echo "$DIR"
  exit 0
fi

# ---- Source tarball ---------------------------------------------------------
source "$(dirname "${BASH_SOURCE[0]}")/debian-source.sh"
fetch_debian_orig re2 're2_*.orig.tar.*' "$TARBALL_NAME" "$RE2_ORIG_SHA256" "$DOWNLOADS" "RE2_VERSION, RE2_DIRNAME and RE2_ORIG_SHA256 in $0"

[[ -f /usr/share/unicode/UnicodeData.txt && -f /usr/share/unicode/Scripts.txt ]] \
  || die "Unicode tables missing: apt-get install unicode-data (RE2's +dfsg source regenerates them)"

# ---- Build ------------------------------------------------------------------
mkdir -p "$DIR"
rm -f "$DIR/stamp"                     # invalid until the smoke check passes
rm -rf "$DIR/lib" "$DIR/include" "$DIR/smoke"
WORK="$DIR/build-tmp"
LOG="$DIR/build.log"
rm -rf "$WORK"
mkdir -p "$WORK"
: >"$LOG"
jobs=${OWNERCHECK_JOBS:-$(nproc 2>/dev/null || echo 2)}
start=$(date +%s)

tar -xJf "$DOWNLOADS/$TARBALL_NAME" -C "$WORK"
SRC="$WORK/$RE2_DIRNAME"
[[ -f $SRC/re2/re2.cc ]] || die "unexpected tarball layout: no $SRC/re2/re2.cc"

# Debian's patch debian-unicode-data.patch: read the tables from the local
# unicode-data package instead of downloading them from unicode.org.
sed -i -E 's|^_UNICODE_DIR = .*|_UNICODE_DIR = "/usr/share/unicode"|' "$SRC/re2/unicode.py"
grep -q '^_UNICODE_DIR = "/usr/share/unicode"' "$SRC/re2/unicode.py" \
  || die "could not point re2/unicode.py at /usr/share/unicode"
for t in groups casefold; do
  log "generating re2/unicode_$t.cc from unicode-data $(unicode_version)"
  (cd "$SRC/re2" && python3 make_unicode_$t.py >unicode_$t.cc) 2>>"$LOG" \
    || die "make_unicode_$t.py failed (needs python3-six; log: $LOG)"
done
# The Perl classes (\d, \s, \w) and POSIX classes table, also generated.
log "generating re2/perl_groups.cc"
(cd "$SRC/re2" && perl make_perl_groups.pl >perl_groups.cc) 2>>"$LOG" \
  || die "make_perl_groups.pl failed (log: $LOG)"

log "compiling ${#SOURCES[@]} sources with em++ -j$jobs (log: $LOG)"
mkdir -p "$WORK/obj"
# The library never creates threads; without -pthread Emscripten's std::mutex is a no-op.
printf '%s\n' "${SOURCES[@]}" | xargs -P "$jobs" -I{} sh -c \
  'o="$2/obj/$(echo "$1" | tr / _).o"; shift 2; em++ "$@" -c "$0" -o "$o"' \
  "$SRC/{}" {} "$WORK" "${CXXFLAGS_WASM[@]}" -I"$SRC" >>"$LOG" 2>&1 \
  || { tail -n 40 "$LOG" >&2; die "compile failed; full log: $LOG; tree kept in $WORK"; }
nobj=$(ls "$WORK/obj"/*.o | wc -l)
((nobj == ${#SOURCES[@]})) || die "expected ${#SOURCES[@]} objects, got $nobj (log: $LOG)"
emar rcs "$WORK/libre2.a" "$WORK/obj"/*.o >>"$LOG" 2>&1 || die "emar failed (log: $LOG)"

# ---- Install into the cache -------------------------------------------------
mkdir -p "$DIR/lib" "$DIR/include/re2"
cp "$WORK/libre2.a" "$DIR/lib/"
cp "$SRC"/re2/{re2.h,set.h,stringpiece.h,filtered_re2.h} "$DIR/include/re2/"
cp "$SRC/LICENSE" "$DIR/"
elapsed=$(( $(date +%s) - start ))
size=$(stat -c %s "$DIR/lib/libre2.a")

smoke_check

rm -rf "$WORK"
{
  echo "RE2 $RE2_VERSION for wasm32 (emcc $(emscripten_version))"
  echo "source: $TARBALL_NAME sha256 $RE2_ORIG_SHA256"
  echo "unicode tables regenerated from unicode-data $(unicode_version)"
  echo "CXXFLAGS=${CXXFLAGS_WASM[*]}"
  echo "libre2.a: $size bytes"
  echo "build time: ${elapsed}s with -j$jobs, finished $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "include dir for consumers: $DIR/include"
} >"$DIR/build-info.txt"
stamp_text >"$DIR/stamp"
log "built in ${elapsed}s; libre2.a is $size bytes"
echo "$DIR"
