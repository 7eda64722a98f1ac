"""make bench (scripts/bench-odt.sh): the minutes (or the delegate list) rendered by relatorio 1.0.0 from the same data.

  relatorio_minutes.py template DAIHOI.odt TEMPLATE.odt [minutes|delegates]
      writes a relatorio template: DaiHoi's own ODT of that paper (same styles.xml, meta, settings) whose
      body is replaced by relatorio placeholders laid out exactly as DaiHoi's writer lays the body out.
  relatorio_minutes.py bench TEMPLATE.odt DATA.json SECONDS OUT.odt
      renders for SECONDS and prints `relatorio <documents/s> documents/s <bytes> bytes`.
  relatorio_minutes.py once TEMPLATE.odt DATA.json OUT.odt
      one whole run (import, load, render, write), for the whole-process time.
"""
import io
import json
import sys
import time
import zipfile
from xml.sax.saxutils import escape


def ph(expr):
    return '<text:placeholder text:placeholder-type="text">&lt;%s&gt;</text:placeholder>' % escape(expr)


def p(style, inner):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, inner)


def d(expr):
    """A directive in a paragraph of its own (relatorio removes the paragraph)."""
    return p("Text_20_body", ph(expr))


def cells(values, style):
    return "".join('<table:table-cell table:style-name="GridCell">%s</table:table-cell>' % p(style, v) for v in values)


def directive_row(expr, columns):
    return '<table:table-row>%s</table:table-row>\n' % "".join(
        '<table:table-cell table:style-name="GridCell">%s</table:table-cell>' % (d(expr) if i == 0 else p("Text_20_body", ""))
        for i in range(columns))


def header():
    """The Party header block (partials/header): issuer left, "ĐẢNG CỘNG SẢN VIỆT NAM" right."""
    out = []
    out.append('<table:table table:name="Table1" table:style-name="Table1">'
               '<table:table-column table:style-name="Table1.A"/><table:table-column table:style-name="Table1.B"/>\n'
               '<table:table-row table:style-name="KeepRow"><table:table-cell table:style-name="LayoutCell">\n')
    out.append(p("Doc_20_Superior", ph("o.header.superior")))
    out.append(d('for each="line in o.header.issuer_lines"') + p("Doc_20_Issuer", ph("line")) + d("/for"))
    out.append(p("Doc_20_Star", "*"))
    out.append(d('if test="o.header.has_number"') + p("Doc_20_Number", "Số %s" % ph("o.header.number")) + d("/if"))
    out.append('</table:table-cell><table:table-cell table:style-name="LayoutCell">\n')
    out.append(p("Doc_20_Party", "ĐẢNG CỘNG SẢN VIỆT NAM") + '<text:p text:style-name="Doc_20_Party_20_Rule"/>\n')
    out.append(p("Doc_20_Place_20_Date", ph("o.header.place_date")))
    out.append('</table:table-cell></table:table-row></table:table>\n')
    return "".join(out)


def delegates_body():
    """documents/delegates: the delegate list, one table row per delegate."""
    out = [header()]
    out.append('<text:h text:style-name="Title" text:outline-level="1">%s</text:h>\n'
               % "DANH SÁCH")
    out.append(p("Subject", "%s dự %s" % (ph("o.attendee_capital"), ph("o.congress_name_term"))))
    out.append(p("Center", '<text:span text:style-name="Emphasis">(Xếp theo thứ tự vần A, B, C; tổng số %s %s)</text:span>'
                 % (ph("o.count"), ph("o.attendee"))))
    columns = "ABCDEFGH"
    out.append('<table:table table:name="Table2" table:style-name="Table2">'
               + "".join('<table:table-column table:style-name="Table2.%s"/>' % c for c in columns)
               + '<table:table-header-rows><table:table-row table:style-name="KeepRow">'
               + cells(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị", "Chuyên môn",
                        "Lý luận chính trị"], "Table_20_Heading")
               + '</table:table-row></table:table-header-rows>\n')
    out.append(directive_row('for each="r in [r for g in o.groups for r in g.rows]"', len(columns)))
    number = lambda expr: '<table:table-cell table:style-name="GridCell">%s</table:table-cell>' % p("Table_20_Number", ph(expr))
    out.append('<table:table-row table:style-name="KeepRow">' + number("r.number")
               + cells([ph("r.name")], "Table_20_Contents") + number("r.birth_year")
               + cells([ph("r." + k) for k in ("gender", "ethnicity", "position", "education", "theory")], "Table_20_Contents")
               + '</table:table-row>\n')
    # A note stands in a row of its own under its delegate, across every column but STT (documents/delegates).
    out.append(directive_row('if test="r.has_notes"', len(columns)))
    out.append('<table:table-row>' + cells([""], "Table_20_Contents")
               + '<table:table-cell table:style-name="GridCell" table:number-columns-spanned="7">'
               + p("Table_20_Contents", '<text:span text:style-name="Emphasis">Ghi chú:</text:span> ' + ph("r.notes"))
               + '</table:table-cell>' + '<table:covered-table-cell/>' * 6 + '</table:table-row>\n')
    out.append(directive_row("/if", len(columns)))
    out.append(directive_row("/for", len(columns)) + '</table:table>\n<text:p text:style-name="Trailer"/>\n')
    return "".join(out)


def minutes_body():
    """documents/minutes: the congress minutes."""
    strong = lambda inner: '<text:span text:style-name="Strong_20_Emphasis">%s</text:span>' % inner
    out = [header()]
    out.append('<text:h text:style-name="Title" text:outline-level="1">BIÊN BẢN</text:h>\n')
    out.append(p("Subject", ph("o.congress_name_term")))
    out.append(d('if test="o.preparatory"') + p("Text_20_body", "Phiên trù bị của Đại hội được tiến hành vào hồi %s, %s."
               % (ph("o.preparatory.start"), ph("o.preparatory.date"))) + d("/if"))
    out.append(p("Text_20_body", "Vào hồi %s, %s, tại %s, %s khai mạc phiên chính thức."
                 % (ph("o.official.start"), ph("o.official.date"), ph("o.venue"), ph("o.congress_name_term"))))
    a = "o.attendance."
    out.append(p("Text_20_body", "Đại hội có mặt %s %s được triệu tập, đạt %s; vắng mặt %s %s (%s).%s%s" % (
        strong("%s/%s" % (ph(a + "present"), ph(a + "summoned"))), ph(a + "attendee"), ph(a + "present_percent"),
        ph(a + "absent"), ph(a + "attendee"), ph(a + "absent_percent"),
        ph('if test="%shas_probationary"' % a) + " Trong số %s có mặt: đảng viên chính thức %s đồng chí, đảng viên dự bị %s đồng chí."
        % (ph(a + "attendee"), ph(a + "official_present"), ph(a + "probationary_present")) + ph("/if"),
        ph('if test="%shas_exempt"' % a) + " Số đảng viên được miễn sinh hoạt: %s đồng chí." % ph(a + "exempt") + ph("/if"))))
    out.append(d('for each="x in o.attendance.absentees"') + p("No_20_Indent", "– Đồng chí %s, vắng mặt: %s." % (ph("x.name_position"), ph("x.reason"))) + d("/for"))
    out.append(p("Text_20_body", "Đến dự Đại hội có các đồng chí đại biểu khách mời:%s" % (ph('if test="not o.guests"') + " không có." + ph("/if"))))
    out.append(d('for each="g in o.guests"') + p("No_20_Indent", "– Đồng chí %s." % ph("g.name_position")) + d("/for"))
    out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">I. ĐẠI HỘI BẦU CÁC CƠ QUAN LÀM VIỆC</text:h>\n')
    out.append(d('for each="b in o.bodies"'))
    # partials/body-members: one person on the label's line, several as a numbered list.
    out.append(d('if test="b.body.is_single"') + p("No_20_Indent", "%s: %sđồng chí %s%s." % (
        strong(ph("b.body.label")), ph('for each="m in b.body.members"'), ph("m.name_position"), ph("/for"))) + d("/if"))
    out.append(d('if test="not b.body.is_single"'))
    out.append(p("No_20_Indent", "%s gồm %s đồng chí:" % (strong(ph("b.body.label")), ph("b.body.count"))))
    item = lambda inner: '<text:list-item>%s</text:list-item>\n' % inner
    out.append('<text:list text:style-name="Numbering_20_123">\n' + item(d('for each="m in b.body.members"'))
               + item(p("List_20_Paragraph", "Đồng chí %s" % ph("m.name_position"))) + item(d("/for")) + '</text:list>\n')
    out.append(d("/if"))
    out.append(d("/for"))
    out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">II. ĐẠI HỘI NGHE CÁC BÁO CÁO</text:h>\n')
    out.append(d('for each="r in o.reports"') + p("Text_20_body", "– Đồng chí %s trình bày %s." % (ph("r.performer"), ph("r.document"))) + d("/for"))
    out.append(d('if test="not o.reports"') + p("Text_20_body", "Không có báo cáo nào được trình bày.") + d("/if"))
    out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">III. THẢO LUẬN</text:h>\n')
    out.append(d('if test="o.discussions.any"') + p("Text_20_body", "Đại hội đã nghe %s ý kiến tham luận, thảo luận:" % ph("o.discussions.count")) + d("/if"))
    out.append(d('if test="not o.discussions.any"') + p("Text_20_body", "Không có ý kiến thảo luận.") + d("/if"))
    out.append(d('if test="o.discussions.any"') + '<text:list text:style-name="Numbering_20_123">\n' + item(d('for each="t in o.discussions.items"'))
               + item(p("List_20_Paragraph", "Đồng chí %s: %s." % (ph("t.speaker"), ph("t.topic")))) + item(d("/for")) + '</text:list>\n' + d("/if"))
    out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">IV. PHÁT BIỂU CỦA ĐẠI BIỂU CẤP TRÊN</text:h>\n')
    out.append(d('for each="s in o.superior_speeches"') + p("Text_20_body", "Đồng chí %s phát biểu chỉ đạo Đại hội." % ph("s.performer")) + d("/for"))
    out.append(d('if test="not o.superior_speeches"') + p("Text_20_body", "Không có.") + d("/if"))
    out.append(d('if test="o.has_elections"')
               + '<text:h text:style-name="Heading_20_2" text:outline-level="2">V. BẦU CỬ</text:h>\n'
               + d('for each="e in o.elections"')
               + p("No_20_Indent", "%s: số lượng bầu %s đồng chí; số lần bầu: %s. Các đồng chí trúng cử (%s đồng chí, xếp theo số phiếu bầu từ cao đến thấp):"
                   % (strong("Bầu " + ph("e.body")), ph("e.seats"), ph("e.rounds"), ph("e.elected_count")))
               + '<text:list text:style-name="Numbering_20_123">\n' + item(d('for each="x in e.elected"'))
               + item(p("List_20_Paragraph", "Đồng chí %s: %s phiếu, đạt %s." % (ph("x.name"), ph("x.votes"), ph("x.percent"))))
               + item(d("/for")) + '</text:list>\n'
               + d('if test="not e.complete"') + p("Text_20_body", "Còn %s đồng chí chưa bầu đủ; Đại hội xem xét, quyết định." % ph("e.open")) + d("/if")
               + d("/for") + d("/if"))
    out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s. ĐẠI HỘI BIỂU QUYẾT</text:h>\n' % ph("o.motions_number"))
    out.append(d('if test="o.motion_voters.without_probationary"')
               + p("Text_20_body", "Đại hội biểu quyết bằng hình thức giơ thẻ đảng viên; %s đảng viên chính thức có mặt biểu quyết "
                   "(đảng viên dự bị không biểu quyết), tỷ lệ tính trên số đó." % ph("o.motion_voters.count")) + d("/if"))
    out.append(d('if test="not o.motion_voters.without_probationary"')
               + p("Text_20_body", "Đại hội biểu quyết bằng hình thức giơ thẻ đảng viên; tỷ lệ tính trên số %s có mặt." % ph("o.attendance.attendee"))
               + d("/if"))
    out.append('<table:table table:name="Table2" table:style-name="Table2">'
               + "".join('<table:table-column table:style-name="Table2.%s"/>' % c for c in "ABCDEF")
               + '<table:table-header-rows><table:table-row table:style-name="KeepRow">'
               + cells(["STT", "Nội dung biểu quyết", "Tán thành", "Tỷ lệ", "Không tán thành", "Không biểu quyết"], "Table_20_Heading")
               + '</table:table-row></table:table-header-rows>\n')
    out.append(directive_row('for each="m in o.motions"', 6))
    out.append('<table:table-row table:style-name="KeepRow">'
               + '<table:table-cell table:style-name="GridCell">%s</table:table-cell>' % p("Table_20_Number", ph("m.number"))
               + '<table:table-cell table:style-name="GridCell">%s</table:table-cell>' % p("Table_20_Contents", ph("m.subject"))
               + cells([ph("m['for']"), ph("m.for_percent"), ph("m.against"), ph("m.abstain")], "Table_20_Number")
               + '</table:table-row>\n')
    out.append(directive_row("/for", 6) + '</table:table>\n')
    out.append(p("Text_20_body", "Đại hội bế mạc vào hồi %s, %s." % (ph("o.closing_time"), ph("o.closing_date"))))
    out.append(p("Text_20_body", "Biên bản được lập và thông qua tại Đại hội."))
    out.append('<table:table table:name="Table3" table:style-name="Table3">'
               '<table:table-column table:style-name="Table3.A"/><table:table-column table:style-name="Table3.A"/><table:table-column table:style-name="Table3.B"/>'
               '<table:table-row table:style-name="KeepRow">')
    out.append('<table:table-cell table:style-name="LayoutCell">%s</table:table-cell>' % d('for each="s in o.signatures"'))
    out.append('<table:table-cell table:style-name="LayoutCell">%s%s%s%s</table:table-cell>' % (
        p("Signature_20_Authority", ph("s.authority")), p("Signature_20_Title", ph("s.title")),
        p("Signature_20_Space", ""), p("Signature_20_Name", ph("s.name"))))
    out.append('<table:table-cell table:style-name="LayoutCell">%s</table:table-cell>' % d("/for"))
    out.append('</table:table-row></table:table>\n<text:p text:style-name="Trailer"/>\n')
    return "".join(out)


PAGES = {"minutes": minutes_body, "delegates": delegates_body}


def make_template(source, target, page="minutes"):
    with zipfile.ZipFile(source) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(target, "w") as out:
        for info, data in parts:
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                start = text.index("<office:text>") + len("<office:text>")
                end = text.index("</office:text>")
                data = (text[:start] + "\n" + PAGES[page]() + text[end:]).encode("utf-8")
            compress = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(info.filename, data, compress_type=compress)


def load(template_path, data_path):
    from relatorio.templates.opendocument import Template
    with open(data_path, encoding="utf-8") as f:
        data = json.load(f)
    return Template(source="", filepath=template_path), data


def render(template, data):
    return template.generate(o=data).render().getvalue()


def main():
    mode = sys.argv[1]
    if mode == "template":
        make_template(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "minutes")
    elif mode == "bench":
        template, data = load(sys.argv[2], sys.argv[3])
        seconds = float(sys.argv[4])
        output = render(template, data)  # warm-up: relatorio compiles on first use
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            output = render(template, data)
            count += 1
        rate = count / (time.perf_counter() - start)
        with open(sys.argv[5], "wb") as f:
            f.write(output)
        print("relatorio %.1f documents/s %d bytes" % (rate, len(output)))
    elif mode == "once":
        template, data = load(sys.argv[2], sys.argv[3])
        with open(sys.argv[4], "wb") as f:
            f.write(render(template, data))
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
