import DocumentTree
import Testing

/// No-break spaces after ≥ and ≤ and between a number and its unit (issue 15).
struct NoBreakSpacingTests {
    private let nbsp = "\u{00A0}"

    @Test("a number keeps its unit, a unit of two words whole; ≥ and ≤ keep what follows")
    func binds() {
        #expect(NoBreakSpacing.apply("Nghỉ giải lao 15 phút.") == "Nghỉ giải lao 15\(nbsp)phút.")
        #expect(NoBreakSpacing.apply("tổng số 300 đại biểu") == "tổng số 300\(nbsp)đại\(nbsp)biểu")
        #expect(NoBreakSpacing.apply("giảm 1 vụ/năm") == "giảm 1\(nbsp)vụ/năm")
        #expect(NoBreakSpacing.apply("(8 giờ – 8 giờ 40, 40 phút)") == "(8\(nbsp)giờ – 8 giờ 40, 40\(nbsp)phút)")
        #expect(NoBreakSpacing.apply("nhiệm kỳ 5 năm") == "nhiệm kỳ 5\(nbsp)năm")
        #expect(NoBreakSpacing.apply("tỷ lệ ≥ 50% và ≤ 30%") == "tỷ lệ ≥\(nbsp)50% và ≤\(nbsp)30%")
        #expect(NoBreakSpacing.apply("12 đồng chí và 3 đồng") == "12\(nbsp)đồng\(nbsp)chí và 3\(nbsp)đồng")
        #expect(NoBreakSpacing.apply("thu nhập 1.500.000 đồng") == "thu nhập 1.500.000\(nbsp)đồng")
    }

    @Test("no unit, a unit that labels the number after it (a date, a time), a word that only starts like one, a capital, or no digit: unchanged")
    func leavesAlone() {
        for text in ["năm 2025", "Điều 14 khoản 2", "15 phường", "15 Phút", "số 45-CT/TW ngày 14/4/2025",
                     "lần thứ XXV", "Khu phố 3 lần thứ XII", "ngày 19 tháng 5 năm 2020", "16 giờ 45", "2 ngàyx", "", "≥", "≥50%", "a ≥", "Đại hội khai mạc – bế mạc", "15  phút"] {
            #expect(NoBreakSpacing.apply(text) == text, "\(text)")
        }
    }

    @Test("the tree reader applies it to every text; a number and a unit in different elements stay apart")
    func inTheTree() throws {
        let page = """
            <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
            <body><p>Nghỉ giải lao 15 phút, <strong>5</strong> phút nữa.</p></body></html>
            """
        let document = try XHTMLParser.parse(page, name: "x", profile: .hd36_2018)
        guard case .element(let p)? = document.body.first else { Issue.record("no paragraph"); return }
        #expect(p.children.first == .text("Nghỉ giải lao 15\(nbsp)phút, "))
        #expect(p.children.last == .text(" phút nữa."))
    }
}
