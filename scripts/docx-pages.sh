#!/usr/bin/env bash
# Page counts of every paper of every sample printed by LibreOffice from the ODT and from the DOCX, side by side
# (the closing note's table; docs/docx-writer.md). Usage: scripts/docx-pages.sh [OUT]  (needs soffice, pdfinfo)
set -euo pipefail
BIN=${BIN:-.build/debug/daihoi}
OUT=${1:-$(mktemp -d)}
profile="$OUT/lo-profile"
printf '%-22s %-18s %5s %5s\n' sample paper odt docx
for f in Samples/*/congress.yaml; do
  name=$(basename "$(dirname "$f")")
  "$BIN" render "$f" --doc all --format odt --format docx -o "$OUT/$name" >/dev/null 2>&1
  for ext in odt docx; do
    mkdir -p "$OUT/$name/pdf-$ext"
    soffice --headless "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$OUT/$name/pdf-$ext" "$OUT/$name"/*.$ext >/dev/null 2>&1
  done
  for pdf in "$OUT/$name"/pdf-odt/*.pdf; do
    paper=$(basename "$pdf" .pdf)
    odt=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    docx=$(pdfinfo "$OUT/$name/pdf-docx/$paper.pdf" | awk '/^Pages:/ {print $2}')
    printf '%-22s %-18s %5s %5s%s\n' "$name" "$paper" "$odt" "$docx" "$([ "$odt" = "$docx" ] || echo '  ≠')"
  done
done
