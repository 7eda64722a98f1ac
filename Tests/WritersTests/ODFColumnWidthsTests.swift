import DocumentTree
import Testing
@testable import ODFWriting
@testable import WriterSupport

@Suite("Data table column widths")
struct ODFColumnWidthsTests {
    typealias S = ODFSamples
    let widths = ODFColumnWidths(sizePt: 13, available: 165)

    func row(_ texts: [String], heading: Bool = false) -> [(cell: Element, span: Int, heading: Bool)] {
        texts.map { (Element(name: heading ? "th" : "td", children: [.text($0)]), 1, heading) }
    }

    /// A cell of class `cls`.
    func cell(_ text: String, _ cls: String?, heading: Bool = false) -> (cell: Element, span: Int, heading: Bool) {
        (Element(name: heading ? "th" : "td", attributes: cls.map { [Attribute(name: "class", value: $0)] } ?? [],
                 children: [.text(text)]), 1, heading)
    }

    @Test("a short table gives its room to the text columns: figure columns grow only to set their heading on one line")
    func figuresKeepTheirWidth() {
        // The ballot: STT | Họ và tên. Recomputed by hand: "STT" bold = 3 × 0.72 em × 1.06 × 13 pt, in mm,
        // plus 3 mm padding; the name column takes the rest of the 165 mm.
        let stt = 3 * 0.72 * 1.06 * 13 * 25.4 / 72 + ODFColumnWidths.cellPaddingMM
        let ballot = widths.shares([[cell("STT", "stt", heading: true), cell("Họ và tên", nil, heading: true)],
                                    [cell("1", "num"), cell("Quách Đức An", nil)],
                                    [cell("12", "num"), cell("Nguyễn Hữu Khánh", nil)]], columns: 2)
        #expect(abs(ballot[0] * 165 - stt) < 1e-9, "\(ballot[0] * 165) mm")
        #expect(abs(ballot[1] * 165 - (165 - stt)) < 1e-9)
        // The vote count: STT | name | votes | percent: the two figure columns (every body cell `num`)
        // grow to their heading on one line; the name column takes the rest.
        let heads = [cell("STT", "stt", heading: true), cell("Họ và tên", nil, heading: true),
                     cell("Số phiếu", nil, heading: true), cell("Tỷ lệ", nil, heading: true)]
        let body = [cell("1", "num"), cell("Quách Đức An", nil), cell("232", "num"), cell("78,11%", "num")]
        let alone = widths.shares([heads, body], columns: 4)
        let votes = widths.width("Số phiếu", bold: true) + ODFColumnWidths.cellPaddingMM
        let percent = max(widths.width("78,11%", bold: false), widths.width("Tỷ lệ", bold: true)) + ODFColumnWidths.cellPaddingMM
        #expect(abs(alone[2] * 165 - votes) < 1e-9, "\(alone[2] * 165) mm")
        #expect(abs(alone[3] * 165 - percent) < 1e-9, "\(alone[3] * 165) mm")
        #expect(abs(alone[1] * 165 - (165 - stt - votes - percent)) < 1e-9)
        // A table of figures only shares the room among all its columns.
        let figures = widths.shares([[cell("1", "num"), cell("2", "num")]], columns: 2)
        #expect(abs(figures[0] - 0.5) < 1e-9 && abs(figures[1] - 0.5) < 1e-9)
    }

    @Test("no column is narrower than its longest word, and the shares fill the table")
    func longestWordFits() {
        let heads = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị", "Chuyên môn", "Lý luận chính trị", "Ghi chú"]
        let data = ["12", "Nguyễn Thị Minh Khai", "1975", "Nữ", "Kinh", "Bí thư Chi bộ thôn Đồng Bèn, xã Định Hoá", "Đại học", "Trung cấp", ""]
        let shares = widths.shares([row(heads, heading: true), row(data)], columns: 9)
        #expect(shares.count == 9)
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
        #expect(shares[2] * 165 >= widths.width("1975", bold: false) + ODFColumnWidths.cellPaddingMM)
        #expect(shares[0] * 165 >= widths.width("STT", bold: true) + ODFColumnWidths.cellPaddingMM)
        #expect(shares[6] * 165 >= widths.width("Chuyên", bold: true) + ODFColumnWidths.cellPaddingMM)
        // The long text columns get more than the short ones.
        #expect(shares[5] > shares[3] && shares[1] > shares[0])
    }

    @Test("LibreOffice does not break after a slash between letters: 'triệu đồng/người/năm' asks for the whole unit")
    func slashDoesNotBreak() {
        #expect(ODFColumnWidths.unbreakable("đồng/người/năm") == ["đồng/người/năm"])
        var ems = ODFColumnWidths.EmCache()
        let unit = widths.measure(.init(text: "triệu đồng/người/năm", heading: false), ems: &ems)
        #expect(unit.longest == widths.width("đồng/người/năm", bold: false))
        #expect(widths.measureLatin("triệu đồng/người/năm", heading: false)?.longest == unit.longest)
    }

    @Test("a name joined by no-break spaces asks for its whole width, and an over-full table keeps every column at its longest syllable")
    func namesAndSyllableFloors() {
        var ems = ODFColumnWidths.EmCache()
        let name = widths.measure(.init(text: "Nguyễn\u{00A0}Phương\u{00A0}Quyên", heading: false), ems: &ems)
        #expect(name.longest == widths.width("Nguyễn\u{00A0}Phương\u{00A0}Quyên", bold: false))
        #expect(name.syllable == widths.width("Phương", bold: false))
        // Nine columns of long names in 60 mm: the names cannot stay whole, but no column goes below "Mường".
        let narrow = ODFColumnWidths(sizePt: 12, available: 60)
        let cells = (0..<3).flatMap { column in
            [ODFColumnWidths.Cell(column: column, text: "Nguyễn\u{00A0}Thị\u{00A0}Phương\u{00A0}Mường", heading: false, figure: false)]
        }
        let shares = narrow.shares(cells: cells, columns: 3)
        let floor = narrow.width("Mường", bold: false) + ODFColumnWidths.cellPaddingMM
        #expect(shares.allSatisfy { $0 * 60 >= floor - 1e-9 }, "\(shares.map { $0 * 60 }) against \(floor)")
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
    }

    @Test("a column asks for what its cells typically want: a mostly empty notes column with one long note stays narrow")
    func typicalCellsNotTheLongest() {
        let long = "Vắng: ốm, điều trị dài ngày tại Bệnh viện Đa khoa tỉnh Thái Bình"
        var rows = [row(["Họ và tên", "Chức vụ, đơn vị", "Ghi chú"], heading: true)]
        for index in 0..<20 {
            rows.append(row(["Nguyễn Văn An", "Bí thư Chi bộ thôn Đồng Bèn, xã Định Hoá", index == 0 ? long : ""]))
        }
        let shares = widths.shares(rows, columns: 3)
        // Recomputed by hand: the notes column wants the mean of one 30-character wish and 19 empty cells,
        // a quarter of the way to that one wish; the position column wants its 30 characters every row.
        var ems = ODFColumnWidths.EmCache()
        let note = widths.measure(.init(text: long, heading: false), ems: &ems)
        let empty = ODFColumnWidths.cellPaddingMM
        let mean = (note.wanted + empty + 19 * empty) / 20
        let notesWish = max(note.longest + empty, mean + (note.wanted + empty - mean) * ODFColumnWidths.longestCellWeight)
        #expect(notesWish < note.wanted + empty)
        #expect(shares[2] < shares[1] && shares[2] < shares[0], "\(shares)")
    }

    @Test("a narrow table keeps the proportions of what its columns want")
    func proportional() {
        let shares = widths.shares([row(["1", "Một nội dung khá dài để biểu quyết"])], columns: 2)
        #expect(shares[1] > 3 * shares[0])
        #expect(widths.shares([], columns: 0).isEmpty)
    }
}

@Suite("Column width estimates, fast paths")
struct ODFColumnWidthsFastPathTests {
    let widths = ODFColumnWidths(sizePt: 13, available: 165)

    @Test("ASCII text measured byte by byte gives the character-by-character width, for every ASCII character")
    func asciiSameAsCharacters() {
        let all = String(String.UnicodeScalarView((0x20...0x7E).compactMap(Unicode.Scalar.init)))
        for text in [all, "STT", "1975", "Mm Ww 09 az AZ", "a-b_c.d/e"] {
            #expect(ODFColumnWidths.asciiEms(text.utf8) == ODFColumnWidths.ems(text))
        }
        for scalar in (0x20...0x7E).compactMap(Unicode.Scalar.init) {
            let text = String(scalar)
            #expect(ODFColumnWidths.asciiEms(text.utf8) == ODFColumnWidths.ems(text), "\(text)")
        }
    }

    @Test("widths measured through the table's caches equal widths measured alone")
    func cachedSameAsAlone() {
        var ems = ODFColumnWidths.EmCache()
        for text in ["Nguyễn", "Nguyễn", "Kinh", "1975", "Đảng viên", "ĐẢNG"] {
            for bold in [false, true] {
                #expect(widths.width(text, bold: bold, ems: &ems) == widths.width(text, bold: bold))
            }
        }
    }

    @Test("a cell measured on its bytes measures as it does character by character")
    func latinSameAsCharacters() {
        let texts = ["", " ", "STT", "1975", "Nguyễn Thị Minh Khai", "  Bí thư Chi bộ thôn Đồng Bèn,\txã Định Hoá  ",
                     "Đảng viên", "ĐẢNG CỘNG SẢN VIỆT NAM", "Một nội dung khá dài để biểu quyết trong đại hội chi bộ",
                     "a\r\nb", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
                     "× ÷ ǅ ȷ ɏ Ḁ ỿ", String(repeating: "Mm ", count: 20),
                     "triệu đồng/người/năm", "/", "a/", "/b", "%/năm", "1/2/3 //x",
                     // Names joined by no-break spaces (read in segments between them).
                     "a\u{A0}b", "Nguyễn\u{A0}Thị\u{A0}Minh\u{A0}Khai", "a \u{A0}b", "\u{A0}", "x\u{A0}", "Mường\u{A0}\u{A0}Đinh"]
        for text in texts {
            for heading in [false, true] {
                var ems = ODFColumnWidths.EmCache()
                let slow = widths.measure(.init(text: text, heading: heading), ems: &ems)
                let fast = widths.measureLatin(text, heading: heading)
                #expect(fast?.longest == slow.longest && fast?.wanted == slow.wanted && fast?.syllable == slow.syllable, "\(text)")
            }
        }
        for other in ["o\u{302}", "東京", "ɐ", "a\u{2003}b"] {
            #expect(widths.measureLatin(other, heading: false) == nil, "\(other)")
        }
    }
}
