#!/usr/bin/env bash
# Prints the path of a working Python root (Debian trixie chroot with Python 3.13, pydantic 2,
# urllib3 2, python-dateutil, typing-extensions, mypy, pytest) for tests of generated Python
# clients (see test/support/python.ts). Idempotent: reuses ${APIWRIGHT_PY_ROOT:-/opt/py-trixie}
# if it already works, else builds it with ../shared/tools/python-chroot.sh (debootstrap; needs
# root and Debian's package mirror; about a minute). Only the path goes to stdout.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
root=${APIWRIGHT_PY_ROOT:-/opt/py-trixie}
builder="$repo/../shared/tools/python-chroot.sh"

works() {
  [ -x "$root/usr/bin/python3" ] &&
    chroot "$root" python3 -c 'import pydantic, urllib3, dateutil, typing_extensions, pytest, mypy' >/dev/null 2>&1
}

# Another process may be building this very root right now: wait for it rather than racing it
# (the builder starts with `rm -rf ROOT`). Bounded: 15 minutes.
for _ in $(seq 180); do
  pgrep -f "debootstrap .* $root( |$)" >/dev/null 2>&1 || break
  echo "python-root: waiting for a debootstrap of $root already running..." >&2
  sleep 5
done

if works; then echo "$root"; exit 0; fi

[ "$(id -u)" = 0 ] || { echo "python-root: building $root needs root (debootstrap, chroot)" >&2; exit 1; }
[ -f "$builder" ] || { echo "python-root: $builder not found (shared/ must sit beside the repo)" >&2; exit 1; }

# Serialize builders on this machine.
exec 9>"/tmp/apiwright-python-root.lock"
flock 9
if works; then echo "$root"; exit 0; fi

# Safety: the builder does `rm -rf ROOT`. A test run killed mid-way can leave a bind mount of a
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

echo "python-root: building $root with $builder ..." >&2
export DEBIAN_FRONTEND=noninteractive
bash "$builder" "$root" </dev/null >&2
works || { echo "python-root: $root was built but its Python does not import the needed packages" >&2; exit 1; }
echo "$root"
