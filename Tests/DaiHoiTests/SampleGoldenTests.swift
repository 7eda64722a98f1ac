import DaiHoi
import Derive
import Foundation
import Load
import Testing
import TestSupport

/// Every paper of every sample, rendered to HTML and compared byte for byte with its golden file
/// (`Tests/DaiHoiTests/Golden/<sample>/<paper>.html`; `make snapshots` re-records them).
struct SampleGoldenTests {
    @Test(arguments: Repository.sampleFiles().map(\.name))
    func everyPaperMatchesItsGoldenFile(sample: String) throws {
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // The summonses of the first three summoned and three guests (`--summons-proof 3`): the whole run is the same
        // sheet with another name (SummonsTests count them), and Hưng Hà's would be 304 sheets.
        let report = Pipeline(templateFolder: Repository.templates, paperOptions: PaperOptions(summonsLimit: 3))
            .render(file: file, documents: DocumentKind.allCases, formats: [.html], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        // Every paper that applies (the first meeting's minutes only where the new committee holds an election).
        let congress = try #require(CongressLoader().load(file: file).congress)
        let papers = DocumentKind.allCases.filter { $0.applies(to: congress) }
        #expect(report.written.count == papers.count)
        for kind in papers {
            let html = try String(contentsOfFile: out.appendingPathComponent("\(kind.rawValue).html").path, encoding: .utf8)
            assertGolden(html, named: "\(sample)/\(kind.rawValue).html", in: goldenFolder)
        }
    }

    /// Same input, same bytes: two runs into two folders give identical files.
    @Test func renderingIsDeterministic() throws {
        guard let sample = Repository.sampleFiles().first else { return }
        let a = try Repository.temporaryFolder(), b = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let pipeline = Pipeline(templateFolder: Repository.templates)
        _ = pipeline.render(file: sample.file, documents: DocumentKind.allCases, formats: [.html], outputDirectory: a.path)
        _ = pipeline.render(file: sample.file, documents: DocumentKind.allCases, formats: [.html], outputDirectory: b.path)
        for kind in DocumentKind.allCases where FileManager.default.fileExists(atPath: a.appendingPathComponent("\(kind.rawValue).html").path) {
            let name = "\(kind.rawValue).html"
            let first = try Data(contentsOf: a.appendingPathComponent(name))
            let second = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(first == second, "\(name) differs between two runs")
        }
    }

    private var goldenFolder: String {
        Repository.root.appendingPathComponent("Tests/DaiHoiTests/Golden").path
    }
}
