"""Validates .docx files against ECMA-376 (ISO/IEC 29500 Transitional) with openxml-audit, the Open XML SDK's
validation ported to Python (scripts/ooxml-venv.sh installs it in .venv-ooxml): every part against the SDK's schemas
of WordprocessingML, OPC and the document properties, and its semantic checks (every style referenced
is defined, relationships resolve).

Usage: .venv-ooxml/bin/python3 scripts/docx-validate.py [--format office2007|office2019] FILE.docx...
Prints one JSON object: {"format": …, "files": {path: ["part path: description", …]}}, an empty list for a valid file.
"""
import json
import sys

from openxml_audit import FileFormat, OpenXmlValidator


def main(arguments):
    version = "office2019"
    if arguments[:1] == ["--format"]:
        version, arguments = arguments[1], arguments[2:]
    validator = OpenXmlValidator(file_format=FileFormat(version), max_errors=1000)
    files = {}
    for path in arguments:
        result = validator.validate(path)
        files[path] = ["%s %s: %s [%s]" % (error.part_uri, error.path or "", error.description, error.error_type.value)
                       for error in result.errors]
    json.dump({"format": version, "files": files}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
