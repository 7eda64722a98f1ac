@testable import DaiHoi
import Derive
import Foundation
import Load
import Testing

/// `batch --doc dossier` (issue 14): each branch's whole dossier in its folder, its readiness on the dashboard
/// and in dashboard.csv, and the exit code of `render --doc dossier` (a branch lacking a required paper is an
/// error, the others still written).
@Suite(.serialized) struct BatchDossierTests {
    /// `sample-batch 4` (the synthetic branches have no political report, so their dossier lacks two papers a chi
    /// bộ's requires by default), the branches of `requiringLess` requiring only what their data makes, and, with
    /// `thin`, a fifth branch with the smallest congress, which lacks the election papers too.
    private func input(requiringLess: Set<String>, thin: Bool) throws -> URL {
        let folder = try Repository.temporaryFolder()
        let made = try CLI.run(["sample-batch", "4", folder.path])
        #expect(made.status == 0, "\(made.stderr)")
        for name in requiringLess {
            let file = folder.appendingPathComponent("\(name)/congress.yaml")
            let yaml = try String(contentsOf: file, encoding: .utf8)
            try (yaml + "settings:\n  dossier_required: [script, minutes]\n").write(to: file, atomically: true, encoding: .utf8)
        }
        if thin {
            let branch = folder.appendingPathComponent("chi-bo-thieu")
            try FileManager.default.createDirectory(at: branch, withIntermediateDirectories: true)
            try Fixture.minimal.write(to: branch.appendingPathComponent("congress.yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The plan of a branch's dossier, from its file, as the test's own reckoning.
    private func plan(_ branch: URL) throws -> DossierPlan {
        DossierPlan(try #require(CongressLoader().load(file: branch.appendingPathComponent("congress.yaml").path).congress))
    }

    @Test func eachBranchGetsItsDossierAndTheDashboardSaysHowMuchIsReady() throws {
        let input = try input(requiringLess: ["chi-bo-0002", "chi-bo-0004"], thin: true)
        let out = try Repository.temporaryFolder()
        let cli = try CLI.run(["batch", input.path, "-o", out.path, "--doc", "dossier", "--jobs", "2", "--as-of", "2025-01-01"])
        // Three branches lack required papers: the run fails, naming them, and still writes the others.
        #expect(cli.status == 1)
        #expect(cli.stderr.contains("✗ chi-bo-thieu"), "\(cli.stderr)")
        #expect(cli.stderr.contains("[DH420]"), "\(cli.stderr)")
        #expect(!cli.stderr.contains("[DH421]"), "the note of papers left out is for one congress, not for each row")
        let branches = try FileManager.default.contentsOfDirectory(atPath: input.path).sorted()
        #expect(branches.count == 5)
        let results = BatchRunner.results(in: out.path)
        #expect(results.map(\.name) == branches)
        let csv = String(decoding: try Data(contentsOf: out.appendingPathComponent("dashboard.csv")).dropFirst(3), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0].hasSuffix(",Văn kiện,Hồ sơ đại hội,Thiếu (bắt buộc)"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        for result in results {
            let plan = try plan(input.appendingPathComponent(result.name))
            let required = plan.missing.filter(\.required).map(\.title)
            let total = plan.papers.count + plan.missing.count
            // The dossier's files, in the order of the congress, with the index first.
            let written = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(result.name).path)
                .filter { $0.hasSuffix(".html") }.sorted()
            #expect(written == ([Dossier.indexFileName] + plan.papers.map(\.fileName)).map { $0 + ".html" }, "\(result.name)")
            #expect(result.dossier == DossierReadiness(ready: plan.papers.count, total: total, missingRequired: required))
            #expect((result.errors > 0) == !required.isEmpty, "\(result.name): \(result.diagnostics)")
            let row = try #require(rows.first { $0.contains(",\(result.name),") })
            // A title holding a comma ("báo cáo kiểm điểm sự lãnh đạo, chỉ đạo …") is quoted as CSV quotes a field.
            let missing = required.joined(separator: "; ")
            #expect(row.hasSuffix(",\(plan.papers.count)/\(total)," + (missing.contains(",") ? "\"\(missing)\"" : missing)), "\(row)")
            #expect(index.contains("Hồ sơ đại hội: \(plan.papers.count)/\(total) tài liệu"))
        }
        let thin = try #require(results.first { $0.name == "chi-bo-thieu" })
        #expect(thin.dossier?.missingRequired.map { $0.lowercased() }.contains("thể lệ bầu cử") == true, "\(String(describing: thin.dossier))")
        #expect(index.contains("thiếu (bắt buộc): \(thin.dossier!.missingRequired.joined(separator: "; "))"))
        // Only the branches requiring what their data makes are free of errors; the others are named on the console.
        #expect(results.filter { $0.errors > 0 }.map(\.name) == ["chi-bo-0001", "chi-bo-0003", "chi-bo-thieu"])
        #expect(cli.stderr.contains("✗ chi-bo-0001") && !cli.stderr.contains("✗ chi-bo-0002"))
    }

    @Test func aBatchWhoseDossiersAreCompleteSucceedsAndARerunRendersNothing() async throws {
        let input = try input(requiringLess: ["chi-bo-0001", "chi-bo-0002", "chi-bo-0003", "chi-bo-0004"], thin: false)
        let out = try Repository.temporaryFolder()
        let cli = try CLI.run(["batch", input.path, "-o", out.path, "--doc", "dossier", "--jobs", "2"])
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(BatchRunner.results(in: out.path).allSatisfy { $0.dossier?.missingRequired == [] && $0.errors == 0 })
        // The same input again: nothing rendered; a run of `all` is another input, without the dossier's readiness.
        let runner = BatchRunner(templateFolder: Repository.templates, toolVersion: "test")
        var options = BatchOptions(inputDirectory: input.path, outputDirectory: out.path, jobs: 2)
        options.dossier = true
        _ = try await runner.run(options)
        let again = try await runner.run(options)
        #expect(again.rendered.isEmpty && again.unchanged.count == 4)
        options.dossier = false
        let all = try await runner.run(options)
        #expect(all.rendered.count == 4)
        #expect(BatchRunner.results(in: out.path).allSatisfy { $0.dossier == nil })
    }
}
