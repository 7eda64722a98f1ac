import Template
import Testing
import TestSupport

/// Bad templates never crash: random sources built from Mustache's own pieces compile or throw a located error.
@Suite("Robustness")
struct RobustnessTests {
    static let pieces = ["{{", "}}", "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{>p}}", "{{!", "{{=", "=}}", "<% %>",
                         "<%", "%>", "a", "b", ".", " ", "\n", "\r\n", "&", "{", "}", "#", "/", "^", ">", "é", "{{.}}"]

    @Test func randomTemplatesCompileOrFailWithAPosition() {
        var generator = SplitMix64(seed: 2020)
        let value: TemplateValue = ["a": [["b": "x"], ["b": false]], "b": [], "p": "<p>"]
        var rendered = 0
        var failed = 0
        for _ in 0..<3_000 {
            let length = Int.random(in: 0..<12, using: &generator)
            let source = (0..<length).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            do {
                let library = try TemplateLibrary(templates: ["t": source, "p": "[{{p}}]"])
                _ = try library.render("t", value)
                rendered += 1
            } catch {
                failed += 1
                #expect(error.template == "t" || error.template == "p", "\(source.debugDescription)")
                #expect(error.line >= 1 && error.column >= 1, "\(source.debugDescription): \(error)")
            }
        }
        #expect(rendered > 300 && failed > 300, "rendered \(rendered), failed \(failed)")
    }
}
