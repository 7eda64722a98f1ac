#!/usr/bin/env bash
# Extracts the OASIS ODF 1.2 RelaxNG schema from Debian's libjopendocument-java into Tests/.schema/
# (git-ignored, never committed). No Java is installed: the .deb is downloaded and unpacked.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/Tests/.schema/OpenDocument-v1.2-schema.rng"
[ -s "$dest" ] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download libjopendocument-java >/dev/null
dpkg -x libjopendocument-java_*.deb x
mkdir -p "$(dirname "$dest")"
unzip -p x/usr/share/java/jOpenDocument-1.3-1.3repack.jar \
  org/jopendocument/dom/oofficeDTDs/OpenDocument-v1.2-schema.rng > "$dest.tmp"
mv "$dest.tmp" "$dest"
echo "[schema] $dest"
