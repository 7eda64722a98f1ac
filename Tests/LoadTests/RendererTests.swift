import Diagnostics
import Foundation
import Load
import Testing

@Suite struct RendererTests {
    /// Byte for byte: heading, source line, caret under `female` after the Vietnamese-free prefix,
    /// and under `năm` after a line holding Vietnamese letters.
    @Test func rendersLikeACompilerInBothLanguages() {
        let text = minimal(replacing: [13: "  - {id: hoa, name: Trần Thị Hòa, gender: female}"])
        let result = load(text)
        let renderer = DiagnosticRenderer(sources: result.sources)
        #expect(result.diagnostics.count == 1)
        guard let diagnostic = result.diagnostics.first else { return }
        #expect(renderer.render(diagnostic, language: .en) == """
            congress.yaml:13:43: error [DH107]: invalid value 'female' for 'people[1].gender' — allowed: nam, nu
              - {id: hoa, name: Trần Thị Hòa, gender: female}
                                                      ^
            """)
        #expect(renderer.render(diagnostic, language: .vi) == """
            congress.yaml:13:43: lỗi [DH107]: giá trị 'female' của 'people[1].gender' không hợp lệ — chỉ chấp nhận: nam, nu
              - {id: hoa, name: Trần Thị Hòa, gender: female}
                                                      ^
            """)
    }

    /// A decomposed line: the column counts scalars, the caret counts characters, so it still aligns.
    @Test func caretAlignsAfterDecomposedLetters() {
        let line = "  name: Tra\u{0302}\u{0300}n, x: 1"
        let diagnostic = Diagnostic(severity: .warning, message: .unknownKey(key: "x", suggestion: nil),
                                    location: SourceLocation(file: "a.yaml", line: 2, column: 17))
        let rendered = DiagnosticRenderer(sources: ["a.yaml": "top:\n" + line + "\n"]).render(diagnostic, language: .en)
        #expect(rendered == "a.yaml:2:17: warning [DH106]: unknown key 'x'\n" + line + "\n" + String(repeating: " ", count: 14) + "^")
    }

    @Test func withoutLocationOnlyTheHeading() {
        let diagnostic = Diagnostic(severity: .error, message: .outputWriteFailed(path: "out", detail: "Permission denied"),
                                    location: nil)
        #expect(DiagnosticRenderer(sources: [:]).render(diagnostic, language: .vi)
                == "lỗi [DH401]: không ghi được 'out': Permission denied")
        #expect(DiagnosticRenderer(sources: [:]).render(diagnostic, language: .en)
                == "error [DH401]: cannot write 'out': Permission denied")
    }

    @Test func warningWordInVietnamese() {
        let diagnostic = Diagnostic(severity: .warning, message: .missingPerformer(item: "Chào cờ"), location: nil)
        #expect(DiagnosticRenderer(sources: [:]).render(diagnostic, language: .vi)
                == "cảnh báo [DH201]: mục 'Chào cờ' chưa có người thực hiện")
    }

    /// Every code is unique and documented exactly once in docs/diagnostics.md.
    @Test func everyCodeIsDocumentedOnce() throws {
        let codes = Message.examples.map(\.code)
        #expect(Set(codes).count == codes.count)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")
        let table = try String(contentsOf: docs, encoding: .utf8)
        for code in codes {
            #expect(table.components(separatedBy: "| \(code) |").count == 2, "\(code) in docs/diagnostics.md")
        }
        // DH540–DH569 are `daihoi count`'s refusals (CountRefusal), not `Message`s: CountTests checks them.
        let documented = table.split(separator: "\n")
            .filter { $0.hasPrefix("| DH") && !(540...569).contains(Int($0.dropFirst(4).prefix(3)) ?? 0) }.count
        #expect(documented == codes.count)
    }
}

@Suite struct SyntaxErrorRenderingTests {
    /// A tab used for indentation: located at the tab, explained in Vietnamese, the caret kept under it.
    @Test func tabIndentationRendered() {
        let result = load(minimal(replacing: [4: "\tlevel: chi-bo"]))
        let renderer = DiagnosticRenderer(sources: result.sources)
        #expect(result.diagnostics.count == 1)
        guard let diagnostic = result.diagnostics.first else { return }
        #expect(renderer.render(diagnostic, language: .vi) == """
            congress.yaml:4:1: lỗi [DH135]: thụt lề bằng ký tự tab — dùng dấu cách, không dùng tab
            \tlevel: chi-bo
            ^
            """)
        #expect(renderer.render(diagnostic, language: .en) == """
            congress.yaml:4:1: error [DH135]: indentation with a tab character — use spaces, not tabs
            \tlevel: chi-bo
            ^
            """)
    }

    /// A tab after spaces in a nested line ("found character that cannot start any token" to libyaml): the caret
    /// stands under the tab, not at column 1.
    @Test func nestedTabRendered() {
        let result = load(minimal(replacing: [24: "    \t- {title: Chào cờ, minutes: 5, performer: hoa}"]))
        let renderer = DiagnosticRenderer(sources: result.sources)
        guard let diagnostic = result.diagnostics.first else { Issue.record("no diagnostic"); return }
        #expect(renderer.render(diagnostic, language: .vi) == """
            congress.yaml:24:5: lỗi [DH135]: thụt lề bằng ký tự tab — dùng dấu cách, không dùng tab
                \t- {title: Chào cờ, minutes: 5, performer: hoa}
                ^
            """)
    }

    /// A control character of the file is not sent to the terminal: shown as U+FFFD, the caret under it.
    @Test func controlCharactersNotPrinted() {
        let result = load(minimal(replacing: [3: "  name: Chi bộ \u{1B}]0;x\u{7}"]))
        let renderer = DiagnosticRenderer(sources: result.sources)
        guard let diagnostic = result.diagnostics.first else { Issue.record("no diagnostic"); return }
        #expect(renderer.render(diagnostic, language: .en) == """
            congress.yaml:3:16: error [DH121]: 'congress.yaml' contains the control character U+001B, which is not allowed
              name: Chi bộ \u{FFFD}]0;x\u{FFFD}
                           ^
            """)
    }

    /// A ':' inside a plain value: the caret stands under it, after Vietnamese letters.
    @Test func colonInAPlainValueRendered() {
        let result = load(minimal(replacing: [3: "  name: Chi bộ: Khu phố 3"]))
        let renderer = DiagnosticRenderer(sources: result.sources)
        guard let diagnostic = result.diagnostics.first else { Issue.record("no diagnostic"); return }
        #expect(renderer.render(diagnostic, language: .vi) == """
            congress.yaml:3:15: lỗi [DH101]: lỗi cú pháp YAML: dấu ':' không được phép ở đây — giá trị có dấu ':' \
            cần đặt trong ngoặc kép (libyaml: mapping values are not allowed in this context)
              name: Chi bộ: Khu phố 3
                          ^
            """)
    }
}
