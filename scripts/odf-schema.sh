#!/usr/bin/env bash
# Extracts the OASIS ODF 1.2 RelaxNG schema from Debian's libjopendocument-java into Tests/.schema/
# (git-ignored, never committed). No Java is installed: the .deb is downloaded and unpacked.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/Tests/.schema/OpenDocument-v1.2-schema.rng"
[ -s "$dest" ] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"   # apt's _apt user must be able to write the download there
cd "$work"
apt-get download libjopendocument-java >/dev/null 2> >(grep -v "unsandboxed" >&2)
dpkg -x libjopendocument-java_*.deb x
mkdir -p "$(dirname "$dest")"
jar=x/usr/share/java/jOpenDocument-1.3-1.3repack.jar
entry=org/jopendocument/dom/oofficeDTDs/OpenDocument-v1.2-schema.rng
if command -v unzip >/dev/null; then
  unzip -p "$jar" "$entry" > "$dest.tmp"
else
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$jar" "$entry" > "$dest.tmp"
fi
[ -s "$dest.tmp" ] || { rm -f "$dest.tmp"; echo "[schema] extraction failed" >&2; exit 1; }
mv "$dest.tmp" "$dest"
echo "[schema] $dest"
