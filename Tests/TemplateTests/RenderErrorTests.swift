import Template
import Testing

/// A name that resolves nowhere is an error in variables, sections and inverted sections — never a blank.
@Suite("Render errors")
struct RenderErrorTests {
    static let row: TemplateValue = ["rows": [["name": "A"]], "present": "12"]

    func renderError(_ source: String, _ value: TemplateValue = row,
                     partials: [String: String] = [:]) throws -> TemplateError {
        var sources = partials
        sources["documents/minutes"] = source
        let library = try TemplateLibrary(templates: sources)
        return try #require(throws: TemplateError.self) { _ = try library.render("documents/minutes", value) }
    }

    @Test func missingVariable() throws {
        let error = try renderError("<p>\n  Có mặt: {{present_percent}}</p>")
        #expect(error.kind == .unknownName("present_percent"))
        #expect((error.template, error.line, error.column) == ("documents/minutes", 2, 11))
        #expect(error.description.hasPrefix("documents/minutes:2:11: no value named 'present_percent'"))
    }

    @Test func missingVariableInsideASection() throws {
        let error = try renderError("{{#rows}}\n{{name}} {{nmae}}\n{{/rows}}")
        #expect(error.kind == .unknownName("nmae"))
        #expect((error.line, error.column) == (2, 10))
        #expect(error.hint == "name")
    }

    @Test func missingSectionAndInvertedSection() throws {
        let section = try renderError("x {{#absent}}y{{/absent}}")
        #expect(section.kind == .unknownName("absent"))
        #expect((section.line, section.column) == (1, 3))
        let inverted = try renderError("\n\n{{^absent}}y{{/absent}}")
        #expect(inverted.kind == .unknownName("absent"))
        #expect((inverted.line, inverted.column) == (3, 1))
    }

    @Test func brokenDottedName() throws {
        let error = try renderError("{{rows.name}}")
        #expect(error.kind == .unknownName("rows.name"))
    }

    @Test func errorInsideAPartialNamesThePartial() throws {
        let error = try renderError("{{> partials/p}}", partials: ["partials/p": "ok\n {{missing}}"])
        #expect((error.template, error.line, error.column) == ("partials/p", 2, 2))
        #expect(error.kind == .unknownName("missing"))
    }

    @Test func listInterpolatedIsNotText() throws {
        let error = try renderError("{{rows}}")
        #expect(error.kind == .notText(name: "rows", found: "a list"))
    }

    @Test func controlCharacterIsRefused() throws {
        let error = try renderError("<td>\n\t{{name}}</td>", ["name": "Nguyễn\u{07}Văn"])
        #expect(error.kind == .refusedCharacter(name: "name", scalar: 7))
        #expect((error.line, error.column) == (2, 2))
        #expect(error.description.contains("U+0007"))
        let nonCharacter = try renderError("{{name}}", ["name": "a\u{FFFF}"])
        #expect(nonCharacter.kind == .refusedCharacter(name: "name", scalar: 0xFFFF))
    }

    @Test func endlessPartialRecursionStops() throws {
        let error = try renderError("{{> partials/loop}}", partials: ["partials/loop": "x{{> partials/loop}}"])
        #expect(error.kind == .partialTooDeep("partials/loop", limit: 64))
    }

    @Test func unknownTemplate() throws {
        let library = try TemplateLibrary(templates: ["documents/minutes": "x"])
        #expect(throws: TemplateError(template: "documents/minute", line: 0, column: 0,
                                      kind: .unknownTemplate("documents/minute"), hint: "documents/minutes")) {
            _ = try library.render("documents/minute", .object([:]))
        }
    }
}
