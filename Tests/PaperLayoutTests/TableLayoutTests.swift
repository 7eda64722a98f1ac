import DocumentTree
import PDFDrawing
import Testing
@testable import PaperLayout

/// An element of the tree with its class and children.
private func el(_ name: String, _ classes: String? = nil, _ children: [Node]) -> Node {
    .element(Element(name: name, attributes: classes.map { [Attribute(name: "class", value: $0)] } ?? [], children: children))
}

/// An element holding one text.
private func tx(_ name: String, _ classes: String? = nil, _ text: String) -> Node {
    el(name, classes, [.text(text)])
}

/// The header block, the signature block, data tables and half-sheet ballots, measured on the drawn pages.
@Suite("Paper layout: tables and blocks")
struct TableLayoutTests {
    typealias L = LineSettingTests

    /// A data table: a heading row and `rows` rows "n" | "Người n", a ghi chú row after each number in `notes`.
    static func grid(rows: Int, notes: Set<Int> = []) -> Node {
        var body: [Node] = []
        for number in 1...rows {
            body.append(el("tr", nil, [tx("td", "num", "\(number)"), tx("td", nil, "Người \(number)")]))
            if notes.contains(number) { body.append(el("tr", "note", [tx("td", nil, ""), tx("td", nil, "Ghi chú: \(number)")])) }
        }
        return el("table", "grid", [
            el("thead", nil, [el("tr", nil, [tx("th", "stt", "STT"), tx("th", nil, "Họ và tên")])]),
            el("tbody", nil, body),
        ])
    }

    @Test("a data table's heading row is set again at the top of each page; no row is split; a row is 1 mm + 0.5 pt taller than its line")
    func repeatedHeading() {
        let pages = L.layout([Self.grid(rows: 60)])
        #expect(pages.count == 2)
        // Page 2: its number, then the heading row, then row after row.
        let second: [String] = pages[1].texts.map { $0.text }
        #expect(Array(second.prefix(3)) == ["2", "STT", "Họ và tên"])
        let all: [String] = pages.flatMap { page in page.texts.map { $0.text } }
        #expect(all.filter { $0 == "37" }.count == 1)
        #expect(all.filter { $0 == "STT" }.count == 2)
        // Row pitch at 13 pt: 1.107 × 13 + 2 × 0.5 mm + 0.5 pt.
        let first: [Double] = pages[0].texts.filter { $0.text.hasPrefix("Người") }.map { $0.baseline }
        let pitch: Double = 1.107 * 13 + 72 / 25.4 + 0.5
        #expect(abs(first[1] - first[0] - pitch) < 0.001)
    }

    @Test("a ghi chú row stays on the page of its delegate's row")
    func noteStaysWithRow() {
        // Rows of 17.72 pt under a 17.35 pt heading row, 6 pt above the table: 40 rows fit (715.1 pt), the 41st does not.
        let pages = L.layout([Self.grid(rows: 50, notes: [40])])
        let firstPage: [String] = pages[0].texts.map { $0.text }
        #expect(!firstPage.contains("Người 40") && !firstPage.contains("Ghi chú: 40"))
        #expect(firstPage.contains("Người 39"))
        let second: [String] = pages[1].texts.map { $0.text }
        #expect(Array(second.prefix(6)) == ["2", "STT", "Họ và tên", "40", "Người 40", "Ghi chú: 40"])
    }

    @Test("two ballots to a sheet: the dashed cut line at the middle of the page, each copy 5 mm clear of it")
    func halfSheets() {
        let ballot = [tx("h1", nil, "Phiếu bầu cử"), tx("p", nil, "Nguyễn Văn A")]
        let sheet = el("div", "sheet two-up", [el("div", "ballot half-sheet cut-below", ballot), el("div", "ballot half-sheet", ballot)])
        let pages = L.layout([sheet])
        #expect(pages.count == 1)
        let dashed = pages[0].lines.filter { !$0.dash.isEmpty }
        #expect(dashed.count == 1)
        let middle: Double = 297 / 2 * L.pt
        for line in dashed { #expect(abs(line.y1 - middle) < 0.001 && abs(line.y2 - middle) < 0.001) }
        let titles = pages[0].texts.filter { $0.text == "PHIẾU BẦU CỬ" }
        #expect(titles.count == 2)
        // The lower copy's title: 5 mm under the line, then its 18 pt space above (the top of a cell keeps nothing:
        // the title is the first line of the copy), its baseline at the ascender of 15 pt.
        let expected: Double = middle + 5 * L.pt + 0.891 * 15
        #expect(abs(titles[1].baseline - expected) < 0.001)
    }

    @Test("signers' names stand on one baseline whatever stands above them; a lone signer sits in the right column")
    func signatures() {
        func signer(_ title: String, _ name: String) -> Node {
            el("td", "signature", [tx("p", "sign-authority", "T/M ĐOÀN CHỦ TỊCH"), tx("p", "sign-title", title),
                                        tx("p", "sign-space", ""), tx("p", "sign-name", name)])
        }
        let long = String(repeating: "CHỦ TỊCH ", count: 12)
        let block = el("table", "signatures", [el("tr", nil, [signer("CHỦ TỊCH", "Trần Văn A"), signer(long, "Lê Thị B")])])
        let pages = L.layout([block])
        let names = pages[0].texts.filter { $0.text == "Trần Văn A" || $0.text == "Lê Thị B" }
        #expect(names.count == 2)
        #expect(names[0].baseline == names[1].baseline)
        let lone = L.layout([el("table", "signatures", [el("tr", nil, [signer("CHỦ TỊCH", "Trần Văn A")])])])
        let name = lone[0].texts.first { $0.text == "Trần Văn A" }
        // Centred on the right half of the text area: 30 mm + 165 mm × 3/4.
        if let name {
            let measured: Double = FixedMetrics().width(of: Substring(name.text), in: .bold, sizePt: 14)
            let axis: Double = L.left + L.textWidth * 0.75
            #expect(abs(name.x + measured / 2 - axis) < 0.001)
        }
    }

    @Test("the header block: each column's lines centred on its own axis, the rule under the Party's name 73 mm at 15 pt")
    func header() {
        let header = el("table", "doc-header", [el("tr", nil, [
            el("td", "issuer", [tx("p", "superior", "ĐẢNG BỘ TỈNH"), tx("p", "issuer-name", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVI"), tx("p", "star", "*")]),
            el("td", "national", [tx("p", "party-name", "ĐẢNG CỘNG SẢN VIỆT NAM"), tx("p", "place-date", "Hưng Hà, ngày 19 tháng 5 năm 2020")]),
        ])])
        let pages = L.layout([header])
        let metrics = FixedMetrics()
        let left: Double = L.left + L.textWidth / 4
        let right: Double = L.left + L.textWidth * 3 / 4
        for run in pages[0].texts {
            let width: Double = metrics.width(of: Substring(run.text), in: run.face, sizePt: run.size)
            let centre: Double = run.x + width / 2
            #expect(abs(centre - left) < 0.001 || abs(centre - right) < 0.001, "\(run.text) centred at \(centre)")
        }
        #expect(pages[0].lines.count == 1)
        if let rule = pages[0].lines.first {
            let length: Double = rule.x2 - rule.x1
            #expect(abs(length - 73 * L.pt) < 0.001)
            #expect(rule.width == 0.75)
            #expect(abs((rule.x1 + rule.x2) / 2 - right) < 0.001)
        }
    }
}
