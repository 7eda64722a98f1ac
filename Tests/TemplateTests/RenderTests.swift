import Template
import Testing

/// Escaping, values never re-parsed, partial indentation, determinism.
@Suite("Rendering")
struct RenderTests {
    func render(_ source: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var sources = partials
        sources["t"] = source
        return try TemplateLibrary(templates: sources).render("t", value)
    }

    @Test func escapesForXML() throws {
        #expect(try render("{{v}}", ["v": "Tom & Jerry"]) == "Tom &amp; Jerry")
        #expect(try render("{{v}}", ["v": "<script>alert(1)</script>"]) == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(try render("<![CDATA[{{v}}]]>", ["v": "]]>"]) == "<![CDATA[]]&gt;]]>")
        #expect(try render("<a title=\"{{v}}\">", ["v": "say \"hi\""]) == "<a title=\"say &quot;hi&quot;\">")
        #expect(try render("'{{v}}'", ["v": "it's"]) == "'it&#39;s'")
        #expect(try render("{{v}}", ["v": "Đảng bộ\ttỉnh\r\nThái Bình"]) == "Đảng bộ\ttỉnh\r\nThái Bình")
    }

    @Test func valuesAreNeverReparsed() throws {
        #expect(try render("{{v}}", ["v": "{{x}}", "x": "NO"]) == "{{x}}")
        #expect(try render("{{v}}", ["v": "{{> partials/p}}"], partials: ["partials/p": "NO"]) == "{{&gt; partials/p}}")
    }

    @Test func longValue() throws {
        let name = String(repeating: "Nguyễn Văn Ánh & ", count: 10_000 / 17 + 1)
        let output = try render("<td>{{name}}</td>", ["name": .string(name)])
        #expect(name.count >= 10_000)
        #expect(output == "<td>" + name.replacingOccurrences(of: "&", with: "&amp;") + "</td>")
    }

    @Test func sectionsOverEveryKindOfValue() throws {
        let value: TemplateValue = ["yes": true, "no": false, "none": [], "who": ["name": "Lan"], "word": "xin chào",
                                    "list": ["a", "b"]]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^none}}!E{{/none}}", value) == "Y!N!E")
        #expect(try render("{{#who}}{{name}}{{/who}} {{#word}}[{{.}}]{{/word}} {{#list}}{{.}},{{/list}}", value)
            == "Lan [xin chào] a,b,")
        #expect(try render("{{^who}}x{{/who}}{{^word}}x{{/word}}{{^yes}}x{{/yes}}{{^list}}x{{/list}}", value) == "")
        #expect(try render("{{#who}}{{word}}{{/who}}", value) == "xin chào")
    }

    @Test func standalonePartialIsIndentedLineByLine() throws {
        let partials = ["partials/p": "<p>\n  {{v}}\n</p>\n"]
        let output = try render("<div>\n    {{> partials/p}}\n</div>\n", ["v": "a\nb"], partials: partials)
        #expect(output == "<div>\n    <p>\n      a\nb\n    </p>\n</div>\n")
    }

    @Test func specStandaloneIndentationWithEscapedVariable() throws {
        // The spec's "Standalone Indentation" uses {{{content}}}; with {{content}} the value is escaped, not indented.
        let output = try render("\\\n {{>partial}}\n/\n", ["content": "<\n->"], partials: ["partial": "|\n{{content}}\n|\n"])
        #expect(output == "\\\n |\n &lt;\n-&gt;\n |\n/\n")
    }

    @Test func nestedIndentationAccumulates() throws {
        let partials = ["outer": "<o>\n  {{> inner}}\n</o>\n", "inner": "<i/>\n<i/>\n"]
        #expect(try render("  {{> outer}}\n", .object([:]), partials: partials)
            == "  <o>\n    <i/>\n    <i/>\n  </o>\n")
    }

    @Test func renderingIsDeterministic() throws {
        let library = try TemplateLibrary(templates: ["t": "{{#rows}}{{a}}|{{b}};{{/rows}}"])
        let rows = TemplateValue.list((0..<200).map { ["a": .string("\($0)"), "b": .string("x<\($0)")] })
        let first = try library.render("t", ["rows": rows])
        for _ in 0..<5 { #expect(try library.render("t", ["rows": rows]) == first) }
    }

    @Test func namesAreSorted() throws {
        let library = try TemplateLibrary(templates: ["style/print": "", "documents/minutes": "", "partials/header": ""])
        #expect(library.names == ["documents/minutes", "partials/header", "style/print"])
    }
}
