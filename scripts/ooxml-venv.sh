#!/usr/bin/env bash
# The ECMA-376 validator (issue 18): PyPI's openxml-audit 0.8.0, a pure-Python port of the Open XML SDK's
# validation (the SDK's schemas of ECMA-376 / ISO/IEC 29500 Transitional and its semantic checks: styles
# referenced are defined, relationships resolve), in a venv of Debian's /usr/bin/python3 (python3-venv in
# the Makefile's APT_TEST) at .venv-ooxml, where DOCXSchemaTests looks for it. Does nothing when it is there.
set -euo pipefail
venv="${OOXML_VENV:-.venv-ooxml}"
want="0.8.0"
if [ -x "$venv/bin/python3" ] && "$venv/bin/python3" -c "import sys, importlib.metadata as m; sys.exit(m.version('openxml-audit') != '$want')" 2>/dev/null; then
  exit 0
fi
echo "[setup] openxml-audit $want into $venv"
rm -rf "$venv"
/usr/bin/python3 -m venv "$venv"
"$venv/bin/python3" -m pip install --quiet --disable-pip-version-check "openxml-audit==$want"
