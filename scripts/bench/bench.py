#!/usr/bin/env python3
"""Renders the delegate list with chevron, pystache (the same Mustache files and partial) and
Jinja2 (scripts/bench/delegates.jinja.html, autoescape on), each for the same wall time.

Usage: bench.py TEMPLATES_DIR DATA.json SECONDS
Prints one line per engine: `<engine> <renders/s> renders/s <bytes> bytes <same|DIFFERENT>`, where
the last word says whether its output equals the reference (the Mustache output of chevron) modulo
whitespace and the spelling of character references.
"""
import json
import os
import re
import sys
import time

import chevron
import jinja2
import pystache


def timed(render, seconds):
    """Renders for `seconds` of wall time; returns (renders per second, the last output)."""
    output = render()
    count = 0
    start = time.perf_counter()
    while True:
        output = render()
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return count / elapsed, output


def normalised(text):
    """Output compared modulo whitespace and the spelling of escapes (&#34; / &quot;, &#39; / &#x27;)."""
    text = text.replace("&#34;", "&quot;").replace("&#x27;", "&#39;")
    return re.sub(r"\s+", "", text)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: bench.py TEMPLATES_DIR DATA.json SECONDS")
    templates, data_path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(data_path, encoding="utf-8") as f:
        data = json.load(f)

    def read(name):
        with open(os.path.join(templates, name + ".xhtml"), encoding="utf-8") as f:
            return f.read()

    document, header = read("documents/delegates"), read("partials/header")
    partials = {"partials/header": header}

    renderer = pystache.Renderer(partials=partials, missing_tags="strict")
    parsed = pystache.parse(document)
    here = os.path.dirname(os.path.abspath(__file__))
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(here), autoescape=True,
                                     undefined=jinja2.StrictUndefined)
    jinja_template = environment.get_template("delegates.jinja.html")

    engines = [
        ("chevron", lambda: chevron.render(document, data, partials_dict=partials)),
        ("pystache", lambda: renderer.render(parsed, data)),
        ("jinja2", lambda: jinja_template.render(**data)),
    ]
    reference = None
    for name, render in engines:
        rate, output = timed(render, seconds)
        if reference is None:
            reference = normalised(output)
        same = "same" if normalised(output) == reference else "DIFFERENT"
        print(f"{name} {rate:.1f} renders/s {len(output.encode('utf-8'))} bytes {same}", flush=True)
        if name == "chevron" and os.environ.get("BENCH_OUTPUT_DIR"):
            with open(os.path.join(os.environ["BENCH_OUTPUT_DIR"], "reference.xhtml"), "w", encoding="utf-8") as f:
                f.write(output)


if __name__ == "__main__":
    main()
