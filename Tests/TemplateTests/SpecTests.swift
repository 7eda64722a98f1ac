import Template
import Testing

/// The official Mustache specification, case by case; deviations assert this engine's behaviour instead.
@Suite("Mustache specification")
struct SpecTests {
    @Test("spec case", .enabled(if: SpecSuite.isAvailable), arguments: SpecSuite.cases)
    func specCase(_ spec: SpecCase) throws {
        let outcome = Self.run(spec)
        if let deviation = SpecDeviations.all[spec.id] {
            #expect(outcome == deviation.outcome, "deviation: \(deviation.reason.rawValue)")
        } else {
            #expect(outcome == .rendered(spec.expected))
        }
    }

    @Test("every listed deviation names a real spec case", .enabled(if: SpecSuite.isAvailable))
    func deviationsExist() {
        let ids = Set(SpecSuite.cases.map(\.id))
        #expect(SpecSuite.cases.count > 100)
        for id in SpecDeviations.all.keys.sorted() { #expect(ids.contains(id), "\(id)") }
    }

    /// Compiles the case's template (named "spec") with its partials and renders it.
    static func run(_ spec: SpecCase) -> SpecOutcome {
        var sources = spec.partials
        sources["spec"] = spec.template
        do {
            let library = try TemplateLibrary(templates: sources)
            return .rendered(try library.render("spec", spec.data))
        } catch {
            return .failed(error.kind)
        }
    }
}

/// What rendering a spec case gave.
enum SpecOutcome: Equatable, CustomStringConvertible {
    case rendered(String)
    case failed(TemplateError.Kind)

    var description: String {
        switch self {
        case .rendered(let text): return "rendered \(text.debugDescription)"
        case .failed(let kind): return "failed \(kind)"
        }
    }
}
