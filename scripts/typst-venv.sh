#!/usr/bin/env bash
# The Typst PDF engine (issue 19): PyPI's typst 0.15.0 (a Python binding that carries the Typst compiler as one
# native module) in a venv of Debian's /usr/bin/python3 (python3-venv in the Makefile's APT_TEST), at .venv-typst
# where the daihoi binary looks for it (Sources/TypstWriter/TypstPython.swift). Does nothing when it is there.
set -euo pipefail
venv="${TYPST_VENV:-.venv-typst}"
want="0.15.0"
if [ -x "$venv/bin/python3" ] && "$venv/bin/python3" -c "import sys, typst; sys.exit(typst.__version__ != '$want')" 2>/dev/null; then
  exit 0
fi
echo "[setup] typst $want into $venv"
rm -rf "$venv"
/usr/bin/python3 -m venv "$venv"
"$venv/bin/python3" -m pip install --quiet --disable-pip-version-check "typst==$want"
