import Template
import Testing

/// Compile errors are thrown by the initialiser and name the template, line and column (in characters).
@Suite("Compile errors")
struct CompileErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let source: String
        let kind: TemplateError.Kind
        let line: Int
        let column: Int
        var testDescription: String { source.debugDescription }
    }

    static let cases: [Case] = [
        Case(source: "a\n  {{#rows}}\nx", kind: .unclosedSection("rows"), line: 2, column: 3),
        Case(source: "{{#a}}\n{{/b}}", kind: .unexpectedClose(expected: "a", found: "b"), line: 2, column: 1),
        Case(source: "text {{/a}}", kind: .unexpectedClose(expected: nil, found: "a"), line: 1, column: 6),
        Case(source: "x\nHọ và tên: {{name", kind: .unclosedTag, line: 2, column: 12),
        Case(source: "ok\n\n   {{ }}", kind: .emptyTag, line: 3, column: 4),
        Case(source: "Đảng {{{name}}}", kind: .rawOutputNotAllowed, line: 1, column: 6),
        Case(source: "\n{{& name}}", kind: .rawOutputNotAllowed, line: 2, column: 1),
        Case(source: "{{a b}}", kind: .invalidName("a b"), line: 1, column: 1),
        Case(source: "{{#a..b}}{{/a..b}}", kind: .invalidName("a..b"), line: 1, column: 1),
        Case(source: "{{=<% =}}", kind: .invalidDelimiters("<%"), line: 1, column: 1),
        Case(source: "x {{> partials/missing}}", kind: .unknownPartial("partials/missing"), line: 1, column: 3),
        Case(source: "{{> ../etc/passwd}}", kind: .invalidPartialName("../etc/passwd"), line: 1, column: 1),
        Case(source: "{{> part ial}}", kind: .invalidPartialName("part ial"), line: 1, column: 1),
        Case(source: "{{=<% %>=}}\n<%#a%>", kind: .unclosedSection("a"), line: 2, column: 1),
        Case(source: String(repeating: "{{#a}}", count: 101), kind: .sectionTooDeep(limit: 100), line: 1, column: 601),
    ]

    @Test(arguments: cases)
    func compileError(_ test: Case) {
        #expect {
            _ = try TemplateLibrary(templates: ["documents/t": test.source])
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.template == "documents/t" && error.kind == test.kind
                && error.line == test.line && error.column == test.column
        }
    }

    @Test func descriptionIsJinjaLike() throws {
        let error = try #require(throws: TemplateError.self) {
            _ = try TemplateLibrary(templates: ["documents/minutes": "<p>\n  {{#rows}}</p>"])
        }
        #expect(error.description
            == "documents/minutes:2:3: section 'rows' is never closed (expected '{{/rows}}' before the end of the template)")
    }

    @Test func unknownPartialSuggestsTheNearestName() throws {
        let error = try #require(throws: TemplateError.self) {
            _ = try TemplateLibrary(templates: ["a": "{{> partials/headr}}", "partials/header": "h"])
        }
        #expect(error.kind == .unknownPartial("partials/headr"))
        #expect(error.hint == "partials/header")
    }
}
