#!/usr/bin/env bash
# Prints the path of a working Python root for the tests of generated Python clients
# (test/support/python.ts): a Debian trixie chroot with Python 3.13, pydantic 2, urllib3 2,
# python-dateutil, typing-extensions, mypy, pytest, and for the python generator's other
# libraries and HTTP signing aiohttp, httpx, tornado and pycryptodome.
#
# Idempotent: reuses ${OASWRIGHT_PY_ROOT:-/opt/py-trixie} when it already imports all of them,
# else builds it with debootstrap (needs root and the Debian mirror the host's apt uses; about a
# minute). `npm test` runs this itself when the root is missing (test/support/global-setup.ts).
# Only the path goes to stdout; progress goes to stderr.
set -euo pipefail
root=${OASWRIGHT_PY_ROOT:-/opt/py-trixie}
pkgs=python3,python3-pydantic,python3-urllib3,python3-dateutil,python3-typing-extensions,mypy,python3-pytest
pkgs=$pkgs,python3-aiohttp,python3-httpx,python3-tornado,python3-pycryptodome
modules='pydantic, urllib3, dateutil, typing_extensions, pytest, mypy, aiohttp, httpx, tornado, Cryptodome'

works() {
  [ -x "$root/usr/bin/python3" ] && chroot "$root" python3 -c "import $modules" >/dev/null 2>&1
}

# The Debian mirror this machine's apt is configured with (deb822 or one-line format).
mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ && $2 ~ /\/debian\/?$/ { print $2; exit }')
  [ -n "$uri" ] || uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
    awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\/.*\/debian\/?$/) { print $i; exit } }')
  [ -n "$uri" ] || { echo "python-root: no Debian mirror found in /etc/apt/sources.list*" >&2; return 1; }
  echo "$uri"
}

if works; then echo "$root"; exit 0; fi
[ "$(id -u)" = 0 ] || { echo "python-root: building $root needs root (debootstrap, chroot); or set OASWRIGHT_PYTHON to a python with those packages" >&2; exit 1; }

# One builder at a time on this machine; a second caller waits, then reuses the result.
exec 9>"/tmp/oaswright-python-root.lock"
flock 9
if works; then echo "$root"; exit 0; fi

# Safety: the root is rebuilt with `rm -rf`. A test run killed mid-way can leave a bind mount of a
# host directory under ROOT/mnt; remove every mount below ROOT first so no host file is deleted.
if [ -d "$root" ]; then
  awk -v r="$root/" 'index($5, r) == 1 { print $5 }' /proc/self/mountinfo | sort -r | while read -r m; do
    echo "python-root: unmounting stale $m" >&2
    umount "$m" 2>/dev/null || umount -l "$m"
  done
  if awk -v r="$root/" 'index($5, r) == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo; then
    echo "python-root: mounts remain under $root; refusing to rebuild it" >&2
    exit 1
  fi
fi

echo "python-root: building $root (debootstrap trixie, about a minute) ..." >&2
export DEBIAN_FRONTEND=noninteractive
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; } >&2
url=$(mirror)
rm -rf "$root"
debootstrap --variant=minbase --include="$pkgs" trixie "$root" "$url" >/dev/null </dev/null
works || { echo "python-root: $root was built but its Python does not import: $modules" >&2; exit 1; }
echo "$root"
