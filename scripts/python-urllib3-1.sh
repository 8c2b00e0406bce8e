#!/usr/bin/env bash
# Prints the host path of a directory holding urllib3 1.26 and six (which Debian's urllib3 1.26
# imports), for the tests that run generated python clients on urllib3 1.x
# (test/generators/python/urllib3-1.test.ts): on PYTHONPATH, it shadows the Python root's urllib3 2.
# The python generator declares `urllib3 >= 1.25.3` for OpenAPI Generator releases before 7.13, and
# urllib3 1.26 is common (botocore pins it for older Pythons).
#
# The packages are Debian bookworm's python3-urllib3 (1.26.12, pure Python) and python3-six, fetched
# with this machine's apt (`apt-get download` of the newest 1.x that `apt-cache madison` lists, so
# the host's apt sources must have bookworm) and unpacked with `dpkg-deb -x`; no other network.
# Idempotent: reuses ${OASWRIGHT_URLLIB3_1:-<python root>/opt/urllib3-1} once it is complete (the
# python root is ${OASWRIGHT_PY_ROOT:-/opt/py-trixie}, as in scripts/python-root.sh; a directory
# inside it is what the chroot sees at /opt/urllib3-1). Only the path goes to stdout.
set -euo pipefail
root=${OASWRIGHT_PY_ROOT:-/opt/py-trixie}
dest=${OASWRIGHT_URLLIB3_1:-$root/opt/urllib3-1}

complete() {
  [ -f "$dest/urllib3/__init__.py" ] && [ -f "$dest/six.py" ] && [ -f "$dest/.oaswright-complete" ]
}

if complete; then echo "$dest"; exit 0; fi

# One builder at a time on this machine; a second caller waits, then reuses the result.
exec 9>"/tmp/oaswright-urllib3-1.lock"
flock 9
if complete; then echo "$dest"; exit 0; fi

newest_1x() {
  apt-cache madison python3-urllib3 2>/dev/null | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' | grep '^1\.' | sort -V | tail -1
}
version=$(newest_1x || true)
if [ -z "$version" ]; then
  echo "python-urllib3-1: no python3-urllib3 1.x in apt's lists; running apt-get update" >&2
  apt-get update -qq >&2
  version=$(newest_1x || true)
fi
[ -n "$version" ] || { echo "python-urllib3-1: this machine's apt offers no python3-urllib3 1.x (Debian bookworm has 1.26.12)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "python-urllib3-1: fetching python3-urllib3 $version and python3-six" >&2
# apt downloads as its sandbox user when that user can write the directory (else it warns).
chown _apt "$work" 2>/dev/null || true
(cd "$work" && apt-get download -q "python3-urllib3=$version" python3-six >&2)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
site="$work/x/usr/lib/python3/dist-packages"
[ -f "$site/urllib3/__init__.py" ] && [ -f "$site/six.py" ] || { echo "python-urllib3-1: the packages hold no urllib3/six.py under usr/lib/python3/dist-packages" >&2; exit 1; }
echo "python3-urllib3 $version" >"$site/.oaswright-complete"
mkdir -p "$(dirname "$dest")"
rm -rf "$dest"
mv "$site" "$dest"
echo "$dest"
