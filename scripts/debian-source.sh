# Fetching an upstream source tarball the way Debian ships it (`apt-get source`), pinned by sha256.
# Sourced by scripts/openssl-wasm.sh and scripts/re2-wasm.sh, which define log, die and
# require_tools before sourcing it.

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

# apt-get source needs deb-src entries. Add a twin of the main deb822 sources file with
# Types: deb-src, unless some deb-src entry exists already.
ensure_deb_src() {
  local main=/etc/apt/sources.list.d/debian.sources
  local twin=/etc/apt/sources.list.d/debian-src.sources
  if grep -qsE '^[[:space:]]*Types:.*\bdeb-src\b' /etc/apt/sources.list.d/*.sources \
     || grep -qsE '^[[:space:]]*deb-src[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list; then
    return 0
  fi
  [[ -f $main ]] || die "no deb-src entries and no $main to copy them from; add deb-src for bookworm and bookworm-security"
  [[ $(id -u) == 0 ]] || die "need root to add $twin (or put the verified tarball into the downloads folder)"
  log "adding $twin (deb-src twin of $main)"
  sed -E 's/^([[:space:]]*Types:).*/\1 deb-src/' "$main" >"$twin"
}

# fetch_debian_orig PACKAGE GLOB TARBALL_NAME SHA256 DOWNLOADS PIN_HINT
# Leaves DOWNLOADS/TARBALL_NAME, verified against SHA256; a cached copy is re-verified, never
# trusted. GLOB matches the .orig tarball apt-get delivers; when Debian ships another version the
# message names it and its hash, and PIN_HINT says which variables of the caller to update.
fetch_debian_orig() {
  local package=$1 glob=$2 name=$3 want=$4 downloads=$5 pin_hint=$6
  local dest="$downloads/$name"
  if [[ ! -f $dest || $(sha_of "$dest") != "$want" ]]; then
    require_tools apt-get apt-cache
    ensure_deb_src
    # apt-get update only when apt knows no source package yet. (Output captured first:
    # `apt-cache | grep -q` dies of SIGPIPE under pipefail.)
    local srcinfo
    srcinfo=$(apt-cache showsrc "$package" 2>/dev/null || true)
    if ! grep -q "^Package: $package\$" <<<"$srcinfo"; then
      [[ $(id -u) == 0 ]] || die "need root for apt-get update (or put $name into $downloads/)"
      log "apt-get update (source indexes missing)"
      apt-get update -qq >&2 || die "apt-get update failed"
    fi
    local tmp got actual
    tmp=$(mktemp -d)
    log "apt-get source --download-only $package (into $tmp)"
    # Exit status ignored on purpose: the .dsc/.debian.tar.xz of security updates may 404, while
    # the .orig tarball (all we need) downloads fine.
    (cd "$tmp" && apt-get source --download-only "$package") >"$tmp/apt.log" 2>&1 || true
    got=$(cd "$tmp" && ls $glob 2>/dev/null | head -1 || true)
    if [[ -z $got ]]; then
      cat "$tmp/apt.log" >&2
      rm -rf "$tmp"
      die "apt-get source did not deliver $glob (output above)"
    fi
    if [[ $got != "$name" ]]; then
      die "Debian now ships $got but this script pins $name (sha256 $want).
  New tarball: $tmp/$got sha256 $(sha_of "$tmp/$got")
  Check it, then update $pin_hint."
    fi
    actual=$(sha_of "$tmp/$got")
    if [[ $actual != "$want" ]]; then
      die "sha256 mismatch for $got:
  expected (pinned) $want
  actual            $actual
  Refusing to build. The file is left at $tmp/$got for inspection."
    fi
    mkdir -p "$downloads"
    mv "$tmp/$got" "$dest"
    rm -rf "$tmp"
  fi
  local actual
  actual=$(sha_of "$dest")
  [[ $actual == "$want" ]] || die "sha256 mismatch for $dest:
  expected (pinned) $want
  actual            $actual"
  log "source verified: $name sha256 $want"
}
