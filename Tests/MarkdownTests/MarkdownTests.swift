import Markdown
import Testing

@Suite struct MarkdownMappingTests {
    @Test func paragraphsHeadingsAndStyles() {
        let blocks = Markdown.blocks("# Về kinh tế\n\nTăng **10,66%** mỗi *năm*, ***rất*** tốt.\nDòng hai.")
        #expect(blocks == [
            .heading(level: 1, runs: [InlineRun("Về kinh tế")]),
            .paragraph(runs: [InlineRun("Tăng "), InlineRun("10,66%", strong: true), InlineRun(" mỗi "),
                              InlineRun("năm", emphasis: true), InlineRun(", "),
                              InlineRun("rất", strong: true, emphasis: true), InlineRun(" tốt. Dòng hai.")]),
        ])
    }

    @Test func listsAndQuotes() {
        let blocks = Markdown.blocks("3. Một\n4. Hai\n\n- a\n- b\n\n> Trích *dẫn*")
        #expect(blocks == [
            .list(ordered: true, start: 3, items: [[.paragraph(runs: [InlineRun("Một")])], [.paragraph(runs: [InlineRun("Hai")])]]),
            .list(ordered: false, start: 1, items: [[.paragraph(runs: [InlineRun("a")])], [.paragraph(runs: [InlineRun("b")])]]),
            .quote(blocks: [.paragraph(runs: [InlineRun("Trích "), InlineRun("dẫn", emphasis: true)])]),
        ])
    }

    @Test func rawHTMLIsNeverPassedThrough() {
        let text = "<script>alert(1)</script>\n\nẢnh <img src=x onerror=\"alert(2)\"> đây và <b>đậm</b>.\n\n<div>\nkhối\n</div>"
        let blocks = Markdown.blocks(text)
        #expect(blocks == [.paragraph(runs: [InlineRun("Ảnh  đây và đậm.")])])
        let all = blocks.map(\.plainText).joined()
        #expect(!all.contains("<") && !all.contains("onerror") && !all.contains("alert"))
    }

    @Test func linksKeepTextImagesAndRulesAreDropped() {
        #expect(Markdown.blocks("Xem [trang](javascript:alert(1)) ![ảnh](x.png)\n\n---\n\n`mã` và {{x}}")
            == [.paragraph(runs: [InlineRun("Xem trang")]), .paragraph(runs: [InlineRun("mã và {{x}}")])])
    }

    @Test func hardBreakAndCodeBlock() {
        #expect(Markdown.blocks("a  \nb\n\n    code <x>\n") == [
            .paragraph(runs: [InlineRun("a"), .lineBreak, InlineRun("b")]),
            .paragraph(runs: [InlineRun("code <x>")]),
        ])
    }

    @Test func deepNestingIsFlattenedNotCrashing() {
        let blocks = Markdown.blocks(String(repeating: ">", count: 5000) + " sâu")
        var depth = 0
        var current = blocks
        while case let .quote(inner)? = current.first {
            depth += 1
            current = inner
        }
        #expect(depth == Markdown.maximumDepth)
        #expect(current == [.paragraph(runs: [InlineRun("sâu")])])
    }

    @Test func longSectionIsKeptWhole() {
        let words = (1...5000).map { "từ\($0)" }
        let blocks = Markdown.blocks(stride(from: 0, to: 5000, by: 100).map { words[$0..<$0 + 100].joined(separator: " ") }
            .joined(separator: "\n\n"))
        #expect(blocks.count == 50)
        #expect(blocks.map(\.plainText).joined(separator: " ").split(separator: " ") == words.map { Substring($0) })
    }

    @Test func emptyAndWhitespaceOnly() {
        #expect(Markdown.blocks("").isEmpty)
        #expect(Markdown.blocks("  \n\n\t\n").isEmpty)
    }
}

/// Raw HTML inside a paragraph: cmark keeps the text between `<script>` and `</script>` as prose; it is
/// source, and is dropped with the tags (issue 12 §5).
@Suite struct RawHTMLInProseTests {
    @Test func inlineScriptAndStyleContentIsDropped() {
        let blocks = Markdown.blocks("Trước <script>alert(\"x\")</script> sau, <STYLE type=\"text/css\">p{}</STYLE>hết <b>đậm</b>.")
        #expect(blocks == [.paragraph(runs: [InlineRun("Trước  sau, hết đậm.")])])
    }

    @Test func anUnclosedScriptDropsTheRestOfItsParagraphOnly() {
        let blocks = Markdown.blocks("Một <script>alert(1)\n\nHai.")
        #expect(blocks == [.paragraph(runs: [InlineRun("Một")]), .paragraph(runs: [InlineRun("Hai.")])])
    }

    @Test func rawHTMLIsListedForTheWarning() {
        #expect(Markdown.rawHTML("Chữ **đậm** và 3 < 4.") == [])
        #expect(Markdown.rawHTML("Trước <script>alert(1)</script>") == ["<script>", "</script>"])
        #expect(Markdown.rawHTML("<div class=\"x\">\nkhối\n</div>").first == "<div class=\"x\">")
    }
}
