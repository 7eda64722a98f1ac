import DaiHoi
import Derive
import Foundation
import Testing

/// The resolution's closing line follows the vote marked `resolution: true`: "nhất trí" only when it was.
struct ResolutionAdoptionTests {
    @Test func aSplitVoteIsNotCalledUnanimous() throws {
        let sample = try String(contentsOf: Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml"), encoding: .utf8)
        let unanimous = "- {subject: Thông qua Nghị quyết Đại hội, for: 15, resolution: true}"
        #expect(sample.contains(unanimous))
        // A copy of the sample's folder (the file names the Markdown files beside it).
        let folder = try Repository.temporaryFolder().appendingPathComponent("chi-bo")
        try FileManager.default.copyItem(at: Repository.samples.appendingPathComponent("chi-bo-khu-pho-3"), to: folder)
        let file = folder.appendingPathComponent("congress.yaml")
        // 14 of the 15 official members present for, one against: 93,33 %.
        try FileManager.default.removeItem(at: file)
        try sample.replacingOccurrences(of: unanimous, with: "- {subject: Thông qua Nghị quyết Đại hội, for: 14, against: 1, resolution: true}")
            .write(to: file, atomically: true, encoding: .utf8)
        let report = Pipeline(templateFolder: Repository.templates)
            .render(file: file.path, documents: [.resolution], formats: [.html], outputDirectory: folder.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let html = try String(contentsOf: folder.appendingPathComponent("resolution.html"), encoding: .utf8)
        #expect(html.contains("thông qua ngày 12 tháng 4 năm 2025, với 93,33% số đảng viên chính thức có mặt tán thành.</p>"), "\(html.suffix(900))")
        #expect(!html.contains("nhất trí thông qua"))
    }
}
