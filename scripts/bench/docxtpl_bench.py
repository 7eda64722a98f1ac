"""make bench (scripts/bench-docx.sh): the minutes and the delegate list rendered by docxtpl 0.20.2 from the same
data (the paper's view model as JSON, as relatorio gets it).

  docxtpl_bench.py template DAIHOI.docx TEMPLATE.docx [minutes|delegates]
      writes a docxtpl template: DaiHoi's own DOCX of that paper (same styles, numbering, headers) whose body is
      replaced by Jinja tags laid out as DaiHoi's writer lays the body out.
  docxtpl_bench.py bench TEMPLATE.docx DATA.json SECONDS OUT.docx
      renders for SECONDS and prints `docxtpl <documents/s> documents/s <bytes> bytes`.
  docxtpl_bench.py once TEMPLATE.docx DATA.json OUT.docx
      one whole run (import, load, render, write).

docxtpl renders with autoescape=True: with its default (False) a value holding '&' or '<' is written into the XML
as it is, and Word and python-docx drop the row (or the file) as broken; the data here hold '&' in names of bodies.
"""
import io
import json
import sys
import time
import zipfile
from xml.sax.saxutils import escape


def run(text, bold=False, italic=False):
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % props if props else "", text)


def p(style, inner="", extra=""):
    return '<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>\n' % (style, extra, inner)


def tag(expr):
    """A paragraph-level Jinja tag ({%p … %}): docxtpl removes its paragraph."""
    return p("BodyText", run("{%%p %s %%}" % escape(expr)))


def tag_text(expr):
    """A run-level Jinja tag ({% … %}) inside a paragraph: docxtpl keeps the paragraph."""
    return run("{%% %s %%}" % escape(expr))


def v(expr):
    return "{{ %s }}" % expr


def row(cells, header=False):
    props = "<w:trPr><w:cantSplit/>%s</w:trPr>" % ("<w:tblHeader/>" if header else "")
    return "<w:tr>%s%s</w:tr>\n" % (props, "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (w, c) for w, c in cells))


def tag_row(expr, widths):
    """A row-level Jinja tag ({%tr … %}): docxtpl removes its row."""
    return row([(w, p("TableContents", run("{%%tr %s %%}" % escape(expr)) if i == 0 else "")) for i, w in enumerate(widths)])


def table(style, widths, rows):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
            '<w:tblGrid>%s</w:tblGrid>\n%s</w:tbl>\n' % (style, sum(widths), grid, "".join(rows)))


def header():
    left = (p("DocSuperior", run(v("o.header.superior"))) + tag("for line in o.header.issuer_lines")
            + p("DocIssuer", run(v("line"))) + tag("endfor") + p("DocStar", run("*"))
            + tag("if o.header.has_number") + p("DocNumber", run("Số " + v("o.header.number"))) + tag("endif"))
    right = p("DocParty", run("ĐẢNG CỘNG SẢN VIỆT NAM")) + p("DocPartyRule") + p("DocPlaceDate", run(v("o.header.place_date")))
    return table("LayoutTable", [4677, 4677], [row([(4677, left), (4677, right)])])


def delegates_body():
    widths = [600, 2300, 800, 800, 800, 2000, 1000, 1054]
    heads = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị", "Chuyên môn", "Lý luận chính trị"]
    rows = [row([(w, p("CompactTableHeading", run(h))) for w, h in zip(widths, heads)], header=True),
            # The rows sit in the delegations (`groups`; one group without a heading when the data has none).
            tag_row("for g in o.groups", widths),
            tag_row("for r in g.rows", widths),
            row([(widths[0], p("CompactTableNumber", run(v("r.number")))), (widths[1], p("CompactTableContents", run(v("r.name")))),
                 (widths[2], p("CompactTableNumber", run(v("r.birth_year"))))]
                + [(w, p("CompactTableContents", run(v("r." + k)))) for w, k in zip(widths[3:], ("gender", "ethnicity", "position", "education", "theory"))]),
            # Ghi chú: a row under the delegate's, across all columns but the STT.
            tag_row("if r.has_notes", widths),
            '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
            '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:gridSpan w:val="7"/></w:tcPr>%s</w:tc></w:tr>\n'
            % (widths[0], p("CompactTableContents"), sum(widths[1:]),
               p("CompactTableContents", run("Ghi chú:", italic=True) + run(" " + v("r.notes")))),
            tag_row("endif", widths),
            tag_row("endfor", widths),
            tag_row("endfor", widths)]
    return (header() + p("Title", run("DANH SÁCH")) + p("Subject", run("%s dự %s" % (v("o.attendee_capital"), v("o.congress_name_term"))))
            + p("Center", run("(Xếp theo thứ tự vần A, B, C; tổng số %s %s)" % (v("o.count"), v("o.attendee")), italic=True))
            + table("GridTable", widths, rows) + p("Trailer"))


def minutes_body():
    a = "o.attendance."
    out = [header(), p("Title", run("BIÊN BẢN")), p("Subject", run(v("o.congress_name_term")))]
    out.append(tag("if o.preparatory") + p("BodyText", run("Phiên trù bị của Đại hội được tiến hành vào hồi %s, %s."
               % (v("o.preparatory.start"), v("o.preparatory.date")))) + tag("endif"))
    out.append(p("BodyText", run("Vào hồi %s, %s, tại %s, %s khai mạc phiên chính thức."
                                 % (v("o.official.start"), v("o.official.date"), v("o.venue"), v("o.congress_name_term")))))
    out.append(p("BodyText", run("Đại hội có mặt ") + run("%s/%s" % (v(a + "present"), v(a + "summoned")), bold=True)
                 + run(" %s được triệu tập, đạt %s; vắng mặt %s %s (%s).{%% if %shas_probationary %%} Trong số %s có mặt: đảng viên chính thức %s đồng chí, đảng viên dự bị %s đồng chí.{%% endif %%}{%% if %shas_exempt %%} Số đảng viên được miễn sinh hoạt: %s đồng chí.{%% endif %%}"
                       % (v(a + "attendee"), v(a + "present_percent"), v(a + "absent"), v(a + "attendee"), v(a + "absent_percent"),
                          a, v(a + "attendee"), v(a + "official_present"), v(a + "probationary_present"), a, v(a + "exempt")))))
    out.append(tag("for x in o.attendance.absentees") + p("NoIndent", run("– Đồng chí %s, vắng mặt: %s." % (v("x.name_position"), v("x.reason")))) + tag("endfor"))
    out.append(p("BodyText", run("Đến dự Đại hội có các đồng chí đại biểu khách mời:{% if not o.guests %} không có.{% endif %}")))
    out.append(tag("for g in o.guests") + p("NoIndent", run("– Đồng chí %s." % v("g.name_position"))) + tag("endfor"))
    item = lambda inner: p("ListParagraph", inner, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')
    out.append(p("Heading2", run("I. ĐẠI HỘI BẦU CÁC CƠ QUAN LÀM VIỆC")) + tag("for b in o.bodies"))
    out.append(tag("if b.body.is_single") + p("NoIndent", run(v("b.body.label"), bold=True) + run(": {% for m in b.body.members %}đồng chí {{ m.name_position }}{% endfor %}.")) + tag("endif"))
    out.append(tag("if not b.body.is_single") + p("NoIndent", run(v("b.body.label"), bold=True) + run(" gồm %s đồng chí:" % v("b.body.count")), "<w:keepNext/>")
               + tag("for m in b.body.members") + item(run("Đồng chí %s" % v("m.name_position"))) + tag("endfor") + tag("endif") + tag("endfor"))
    out.append(p("Heading2", run("II. ĐẠI HỘI NGHE CÁC BÁO CÁO")) + tag("for r in o.reports")
               + p("BodyText", run("– Đồng chí %s trình bày %s." % (v("r.performer"), v("r.document")))) + tag("endfor")
               + tag("if not o.reports") + p("BodyText", run("Không có báo cáo nào được trình bày.")) + tag("endif"))
    out.append(p("Heading2", run("III. THẢO LUẬN")) + tag("if o.discussions.any")
               + p("BodyText", run("Đại hội đã nghe %s ý kiến tham luận, thảo luận:" % v("o.discussions.count")))
               + tag("for t in o.discussions.items") + item(run("Đồng chí %s: %s." % (v("t.speaker"), v("t.topic")))) + tag("endfor")
               + tag("endif") + tag("if not o.discussions.any") + p("BodyText", run("Không có ý kiến thảo luận.")) + tag("endif"))
    out.append(p("Heading2", run("IV. PHÁT BIỂU CỦA ĐẠI BIỂU CẤP TRÊN")) + tag("for s in o.superior_speeches")
               + p("BodyText", run("Đồng chí %s phát biểu chỉ đạo Đại hội." % v("s.performer"))) + tag("endfor")
               + tag("if not o.superior_speeches") + p("BodyText", run("Không có.")) + tag("endif"))
    out.append(tag("if o.has_elections") + p("Heading2", run("V. BẦU CỬ")) + tag("for e in o.elections")
               + p("NoIndent", run("Bầu " + v("e.body"), bold=True) + run(": số lượng bầu %s đồng chí; số lần bầu: %s."
                                                                       % (v("e.seats"), v("e.rounds"))))
               # Each round's ballots, then the lead-in of the elected (as the minutes template writes them).
               + tag("for b in e.ballots")
               + p("NoIndent", tag_text("if b.number") + run("Lần bầu thứ %s: " % v("b.number"), italic=True) + tag_text("endif")
                   + run("Số phiếu phát ra %s, số phiếu thu về %s, số phiếu hợp lệ %s, số phiếu không hợp lệ %s."
                         % (v("b.issued"), v("b.collected"), v("b.valid"), v("b.invalid"))))
               + tag("endfor")
               + tag("if e.several_elected") + p("BodyText", run("Các đồng chí trúng cử (%s đồng chí, xếp theo số phiếu bầu từ cao đến thấp):" % v("e.elected_count"))) + tag("endif")
               + tag("if e.one_elected") + p("BodyText", run("Đồng chí trúng cử:")) + tag("endif")
               + tag("if not e.elected") + p("BodyText", run("Không có đồng chí nào trúng cử.")) + tag("endif")
               + tag("for x in e.elected") + item(run("Đồng chí %s: %s phiếu, đạt %s." % (v("x.name"), v("x.votes"), v("x.percent")))) + tag("endfor")
               + tag("if not e.complete") + p("BodyText", run("Còn %s đồng chí chưa bầu đủ; Đại hội xem xét, quyết định." % v("e.open"))) + tag("endif")
               + tag("endfor") + tag("endif"))
    out.append(p("Heading2", run("%s. ĐẠI HỘI BIỂU QUYẾT" % v("o.motions_number"))))
    out.append(tag("if o.motion_voters.without_probationary") + p("BodyText", run(
        "Đại hội biểu quyết bằng hình thức giơ thẻ đảng viên; %s đảng viên chính thức có mặt biểu quyết (đảng viên dự bị không biểu quyết), tỷ lệ tính trên số đó."
        % v("o.motion_voters.count"))) + tag("endif") + tag("if not o.motion_voters.without_probationary")
        + p("BodyText", run("Đại hội biểu quyết bằng hình thức giơ thẻ đảng viên; tỷ lệ tính trên số %s có mặt." % v(a + "attendee"))) + tag("endif"))
    widths = [700, 3554, 1300, 1200, 1300, 1300]
    heads = ["STT", "Nội dung biểu quyết", "Tán thành", "Tỷ lệ", "Không tán thành", "Không biểu quyết"]
    rows = [row([(w, p("TableHeading", run(h))) for w, h in zip(widths, heads)], header=True), tag_row("for m in o.motions", widths),
            row([(widths[0], p("TableNumber", run(v("m.number")))), (widths[1], p("TableContents", run(v("m.subject"))))]
                + [(w, p("TableNumber", run(v(k)))) for w, k in zip(widths[2:], ("m['for']", "m.for_percent", "m.against", "m.abstain"))]),
            tag_row("endfor", widths)]
    out.append(table("GridTable", widths, rows))
    out.append(p("BodyText", run("Đại hội bế mạc vào hồi %s, %s." % (v("o.closing_time"), v("o.closing_date")))))
    out.append(p("BodyText", run("Biên bản được lập tại Đại hội.")))
    # The signers, one after the other in one borderless cell.
    cell = (p("SignatureAuthority", run(v("s.authority"))) + p("SignatureTitle", run(v("s.title"))) + p("SignatureSpace")
            + p("SignatureName", run(v("s.name"))))
    out.append(table("LayoutTable", [9354], [row([(9354, tag("for s in o.signatures") + cell + tag("endfor"))])]))
    out.append(p("Trailer"))
    return "".join(out)


PAGES = {"minutes": minutes_body, "delegates": delegates_body}


def make_template(source, target, page):
    with zipfile.ZipFile(source) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts:
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                start = text.index("<w:body>") + len("<w:body>")
                end = text.rindex("<w:sectPr>")
                data = (text[:start] + "\n" + PAGES[page]() + text[end:]).encode("utf-8")
            out.writestr(info.filename, data)


def load(template_path, data_path):
    from docxtpl import DocxTemplate
    with open(data_path, encoding="utf-8") as f:
        data = json.load(f)
    with open(template_path, "rb") as f:
        source = f.read()
    return source, data


def render(source, data):
    from docxtpl import DocxTemplate
    template = DocxTemplate(io.BytesIO(source))
    template.render({"o": data}, autoescape=True)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def main():
    mode = sys.argv[1]
    if mode == "template":
        make_template(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "minutes")
    elif mode == "bench":
        source, data = load(sys.argv[2], sys.argv[3])
        seconds = float(sys.argv[4])
        output = render(source, data)  # warm-up: imports, Jinja compiles on first use
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            output = render(source, data)
            count += 1
        rate = count / (time.perf_counter() - start)
        with open(sys.argv[5], "wb") as f:
            f.write(output)
        print("docxtpl %.1f documents/s %d bytes" % (rate, len(output)))
    elif mode == "once":
        source, data = load(sys.argv[2], sys.argv[3])
        with open(sys.argv[4], "wb") as f:
            f.write(render(source, data))
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
