#!/usr/bin/python3
"""Reads a .docx with python-docx (Debian python3-docx) and compares it with the document tree it was written
from, as the HTML writer wrote that tree (the same paper's .html: polyglot XHTML, the tree serialized).

Usage: docx-inspect.py PAPER.docx PAPER.html  →  one JSON object on standard output:
  opc:       problems of the package (content types, relationships, well-formed parts, parts no relationship
             reaches, styles and numbering referenced but not defined); [] when valid
  texts:     [docx paragraphs, tree paragraphs] that differ (first difference and the counts), or null
  styles:    paragraphs whose style is not the one the tree's element asks for
  tables:    data tables as [rows, header rows] in the DOCX and in the tree
  sections:  each section's page (mm), margins (mm), header distance (mm), title page, numbering restart
  sheets:    sections the tree asks for (1 + sheets after other content)
Run by SampleDOCXTests (Swift) under /usr/bin/python3."""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

XHTML = "{http://www.w3.org/1999/xhtml}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr",
          "td", "th", "div", "blockquote", "section", "article", "header", "footer", "hr", "pre", "main", "nav"}
SPACE = re.compile(r"[ \t\n\r\f]+")


def collapse(text):
    return SPACE.sub(" ", text).strip()


def opc_problems(path):
    problems = []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if names[0] != "[Content_Types].xml":
            problems.append("first entry is %s" % names[0])
        for name in names:
            try:
                ET.fromstring(archive.read(name))
            except ET.ParseError as error:
                problems.append("%s is not well-formed: %s" % (name, error))
        types = ET.fromstring(archive.read("[Content_Types].xml"))
        ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
        defaults = {d.get("Extension"): d.get("ContentType") for d in types.findall(ns + "Default")}
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.findall(ns + "Override")}
        for name in names:
            if name == "[Content_Types].xml":
                continue
            if "/" + name not in overrides and name.rsplit(".", 1)[-1] not in defaults:
                problems.append("no content type for " + name)
        for part in overrides:
            if part[1:] not in names:
                problems.append("content type for a missing part " + part)
        rns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
        main = None
        reached = set()
        for name in names:
            if not name.endswith(".rels"):
                continue
            folder = name.split("_rels/")[0]
            for rel in ET.fromstring(archive.read(name)).findall(rns + "Relationship"):
                target = rel.get("Target").lstrip("/") if rel.get("Target").startswith("/") else folder + rel.get("Target")
                reached.add(target)
                if target not in names:
                    problems.append("%s: %s points to missing %s" % (name, rel.get("Id"), target))
                if rel.get("Type").endswith("/officeDocument"):
                    main = target
        if main != "word/document.xml":
            problems.append("main document relationship: %s" % main)
        if overrides.get("/word/document.xml") != "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":
            problems.append("document.xml content type: %s" % overrides.get("/word/document.xml"))
        problems += reference_problems(archive, names, reached)
    return problems


def reference_problems(archive, names, reached):
    """Every part reached by a relationship; every style a paragraph, run, table or style names is defined in
    styles.xml; every numbering instance a paragraph names is in numbering.xml, and its abstract numbering too."""
    problems = []
    for name in names:
        if not name.endswith(".rels") and name != "[Content_Types].xml" and name not in reached:
            problems.append("no relationship reaches " + name)
    styles = ET.fromstring(archive.read("word/styles.xml"))
    defined = {style.get(W + "styleId") for style in styles.iter(W + "style")}
    for tag in ("basedOn", "next", "link"):
        for element in styles.iter(W + tag):
            if element.get(W + "val") not in defined:
                problems.append("styles.xml: %s %s is no style" % (tag, element.get(W + "val")))
    numbering = ET.fromstring(archive.read("word/numbering.xml")) if "word/numbering.xml" in names else None
    instances = {} if numbering is None else {
        num.get(W + "numId"): num.find(W + "abstractNumId").get(W + "val") for num in numbering.iter(W + "num")}
    abstracts = set() if numbering is None else {a.get(W + "abstractNumId") for a in numbering.iter(W + "abstractNum")}
    for instance, abstract in instances.items():
        if abstract not in abstracts:
            problems.append("numbering.xml: num %s points to missing abstractNum %s" % (instance, abstract))
    for name in names:
        if not (name.startswith("word/") and name.endswith(".xml")) or name in ("word/styles.xml", "word/numbering.xml"):
            continue
        root = ET.fromstring(archive.read(name))
        for tag in ("pStyle", "rStyle", "tblStyle"):
            for element in root.iter(W + tag):
                if element.get(W + "val") not in defined:
                    problems.append("%s: %s %s is not defined in styles.xml" % (name, tag, element.get(W + "val")))
        for element in root.iter(W + "numId"):
            if element.get(W + "val") != "0" and element.get(W + "val") not in instances:
                problems.append("%s: numId %s is not in numbering.xml" % (name, element.get(W + "val")))
    return problems


def docx_items(document):
    """Paragraphs (style, text) and data tables of the body, in order, descending into tables."""
    paragraphs, tables = [], []

    def walk(container, parent):
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                paragraph = Paragraph(child, parent)
                paragraphs.append((paragraph.style.name if paragraph.style is not None else None,
                                   collapse(paragraph.text.replace("\n", " "))))
            elif child.tag == qn("w:tbl"):
                table = Table(child, parent)
                rows = child.findall(qn("w:tr"))
                header = sum(1 for row in rows if row.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None)
                cant_split = all(row.find(qn("w:trPr") + "/" + qn("w:cantSplit")) is not None for row in rows)
                if table.style is not None and table.style.name == "Grid Table":
                    tables.append([len(rows), header, 1 if cant_split else 0])
                for row in rows:
                    for cell in row.findall(qn("w:tc")):
                        walk(cell, table)

    walk(document.element.body, document)
    return paragraphs, tables


def expected_style(element, context):
    tag = element.tag[len(XHTML):]
    classes = (element.get("class") or "").split()
    if tag == "h1":
        return "Title"
    if tag == "h2":
        return "Heading 2"
    if tag in ("h3", "h4", "h5", "h6"):
        return "Heading 3"
    if tag != "p":
        return None
    by_class = [("doc-subject", "Subject"), ("superior", "Doc Superior"), ("issuer-name", "Doc Issuer"),
                ("party-name", "Doc Party"), ("place-date", "Doc Place Date"), ("sign-authority", "Signature Authority"),
                ("sign-title", "Signature Title"), ("sign-name", "Signature Name")]
    for cls, style in by_class:
        if cls in classes:
            return style
    if context == "body" and not classes or classes == ["lead-in"] and context == "body":
        return "Body Text"
    return None


def tree_items(html):
    """Paragraphs (expected style or None, text), data tables and sheet sections of the tree, in order."""
    root = ET.parse(html).getroot()
    body = root.find(XHTML + "body")
    paragraphs, tables = [], []
    state = {"content": False, "sections": 1}

    def text_of(nodes):
        out = []
        for node in nodes:
            if isinstance(node, str):
                out.append(node)
            elif node.tag == XHTML + "br":
                out.append(" ")
            else:
                out.append(text_of(inline_children(node)))
        return "".join(out)

    def inline_children(element):
        out = []
        if element.text:
            out.append(element.text)
        for child in element:
            out.append(child)
            if child.tail:
                out.append(child.tail)
        return out

    def is_block(node):
        return not isinstance(node, str) and node.tag[len(XHTML):] in BLOCKS

    def walk(element, context, in_table):
        tag = element.tag[len(XHTML):]
        classes = (element.get("class") or "").split()
        if tag == "div" and "sheet" in classes and state["content"] and not in_table:
            state["sections"] += 1
        if tag == "table" and not ({"doc-header", "signatures", "plain"} & set(classes)):
            rows = [r for r in element.iter(XHTML + "tr")]
            heads = 0
            for r in rows:
                cells = [c for c in r if c.tag in (XHTML + "td", XHTML + "th")]
                in_head = any(p.tag == XHTML + "thead" and r in list(p) for p in element)
                if (in_head or cells and all(c.tag == XHTML + "th" for c in cells)) and heads == rows.index(r):
                    heads += 1
            tables.append([len(rows), heads, 1])
        run = []
        for node in inline_children(element):
            if is_block(node):
                flush(run, element if not run else None, context)
                run = []
                child_context = "table" if node.tag[len(XHTML):] in ("td", "th") else context
                if node.tag[len(XHTML):] == "blockquote":
                    child_context = "quote"
                if node.tag[len(XHTML):] in ("ul", "ol"):
                    child_context = "list"
                if node.tag[len(XHTML):] == "div" and "recipients" in (node.get("class") or ""):
                    child_context = "recipients"
                walk(node, child_context, in_table or node.tag[len(XHTML):] == "table")
            else:
                run.append(node)
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") or not any(is_block(n) for n in inline_children(element)):
            text = collapse(text_of(run))
            if text and tag not in ("table", "thead", "tbody", "tr", "ul", "ol", "body", "hr"):
                paragraphs.append((expected_style(element, context), text))
                state["content"] = True
        elif run:
            text = collapse(text_of(run))
            if text:
                paragraphs.append((None, text))
                state["content"] = True

    def flush(run, element, context):
        text = collapse(text_of(run))
        if text:
            paragraphs.append((None, text))
            state["content"] = True

    walk(body, "body", False)
    return paragraphs, tables, state["sections"]


def mm(length):
    return round(length / 36000, 1) if length is not None else None


def main():
    path, html = sys.argv[1], sys.argv[2]
    document = docx.Document(path)
    got, got_tables = docx_items(document)
    want, want_tables, sections = tree_items(html)
    got = [(style, text) for style, text in got if text]
    texts = None
    if [t for _, t in got] != [t for _, t in want]:
        index = next((i for i, (a, b) in enumerate(zip(got, want)) if a[1] != b[1]), min(len(got), len(want)))
        texts = {"index": index, "docx": got[index][1] if index < len(got) else None,
                 "tree": want[index][1] if index < len(want) else None, "counts": [len(got), len(want)]}
    styles = [{"text": text[:60], "docx": g, "tree": w} for (g, text), (w, _) in zip(got, want) if w is not None and g != w]
    result = {
        "opc": opc_problems(path),
        "texts": texts,
        "paragraphs": len(got),
        "styles": styles,
        "tables": {"docx": got_tables, "tree": want_tables},
        "sections": [{
            "page": [mm(s.page_width), mm(s.page_height)],
            "margins": [mm(s.top_margin), mm(s.bottom_margin), mm(s.left_margin), mm(s.right_margin)],
            "header": mm(s.header_distance),
            "titlePage": s.different_first_page_header_footer,
            "restart": s._sectPr.find(qn("w:pgNumType")) is not None,
            "headerText": [p.text for p in s.header.paragraphs],
        } for s in document.sections],
        "sheets": sections,
        "fonts": [document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts")).get(qn("w:ascii"))],
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
