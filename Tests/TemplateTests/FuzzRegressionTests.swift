import Foundation
import Template
import Testing

/// The inputs under Fuzz/regressions/template that crashed, hung or ran out of memory under `make fuzz`
/// (Fuzz/README.md), each fed to the engine as the fuzz target feeds it: an error, in good time.
@Suite struct TemplateFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/template")

    /// The render context of Fuzz/Template/FuzzTemplate.swift: `l` is a list of three.
    static let context: TemplateValue = .object([
        "s": .string("<&\"'>"),
        "t": .bool(true),
        "f": .bool(false),
        "e": .list([]),
        "l": .list([.string("x"), .object(["s": .string("y"), "t": .bool(false)]), .list([.string("z")])]),
        "o": .object(["s": .string("Đảng"), "l": .list([.bool(true)]), "o": .object(["s": .string("")])]),
    ])

    /// Compiles the input as template `t` (the bytes before a NUL; the rest is partial `p`) and renders it.
    func renderRegression(_ name: String) throws -> (error: TemplateError?, elapsed: Duration) {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        var sources: [String: String] = [:]
        for (name, part) in zip(["t", "p"], bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)) {
            sources[name] = String(decoding: part, as: UTF8.self)
        }
        let library = try TemplateLibrary(templates: sources)
        let start = ContinuousClock.now
        do {
            _ = try library.render("t", Self.context)
            return (nil, ContinuousClock.now - start)
        } catch {
            return (error, ContinuousClock.now - start)
        }
    }

    /// `{{#l}}` fourteen deep over a list of three: 3¹⁴ passes ran for a minute (twenty deep, for ever).
    @Test func sectionsNestedOverAListStopAtTheOperationLimit() throws {
        let (error, _) = try renderRegression("sections-nested-over-a-list.mustache")
        #expect(error?.kind == .renderTooLarge(operations: 1_000_000, bytes: 64 << 20))
        #expect(error.map { ($0.template, $0.line) } ?? ("", 0) == ("t", 1))
    }

    /// 3 kB of text ten sections deep over a list of three: 3¹⁰ copies, 199 MB, in few operations.
    @Test func longTextNestedOverAListStopsAtTheOutputLimit() throws {
        let (error, _) = try renderRegression("long-text-nested-over-a-list.mustache")
        #expect(error?.kind == .renderTooLarge(operations: 1_000_000, bytes: 64 << 20))
    }

    /// A hundred sections in each of 64 nested partials: 6 400 levels of recursion overflowed the stack.
    @Test func sectionsInNestedPartialsStopAtTheNestingLimit() throws {
        let (error, _) = try renderRegression("sections-in-nested-partials.mustache")
        #expect(error?.kind == .nestingTooDeep(limit: 256))
        // With 1 + 100 + 1 + 100 + 1 + 53 open, the next section, in the third `p`, is refused: line 1 of `p`.
        #expect(error.map { ($0.template, $0.line) } ?? ("", 0) == ("p", 1))
    }

    /// The input the fuzzer found (3 kB of the same shape, mutated): an error, not a crash.
    @Test func theFuzzersStackOverflowIsAnError() throws {
        let (error, _) = try renderRegression("crash-sections-in-nested-partials.mustache")
        #expect(error?.kind == .nestingTooDeep(limit: 256))
    }

    /// The message names both limits and the cause.
    @Test func theMessageSaysWhy() {
        let error = TemplateError(template: "t", line: 1, column: 7, kind: .renderTooLarge(operations: 5_000_000, bytes: 67_108_864))
        #expect(error.description.contains("rendering stopped here after 5000000 operations or 67108864 bytes (sections nested over lists multiply)"))
    }
}
