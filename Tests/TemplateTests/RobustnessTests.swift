import Template
import Testing

/// Bad templates never crash: random sources built from Mustache's own pieces compile or throw a located error.
@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["{{", "}}", "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{>p}}", "{{!", "{{=", "=}}", "<% %>",
                         "<%", "%>", "a", "b", ".", " ", "\n", "\r\n", "&", "{", "}", "#", "/", "^", ">", "é", "{{.}}"]

    @Test func randomTemplatesCompileOrFailWithAPosition() {
        var generator = Generator(state: 2020)
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
