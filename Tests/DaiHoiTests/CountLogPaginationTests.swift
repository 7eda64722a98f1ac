import CongressModel
import Count
import DaiHoi
import Derive
import DocumentTree
import Foundation
import Load
import Testing
import TestSupport

/// The entry log of a long round printed and measured: the Hưng Hà sample's Ban Chấp hành election (46 names, 5
/// places over) counted in process by two clerks, 297 ballots in two piles, published; `count-log` printed by
/// LibreOffice and by Chromium. Every page that continues a pile's table repeats its header row; every page after
/// the first carries its number; the pagination rules of every paper hold.
@Suite("Entry log of a 297-ballot round: header rows repeated, pages numbered", .serialized)
struct CountLogPaginationTests {
    /// A copy of Hưng Hà with its committee election counted and published through `CountSession`.
    static func countedHungHa() throws -> URL {
        let folder = try Repository.temporaryFolder()
        let sample = Repository.samples.appendingPathComponent("hung-ha")
        for item in try FileManager.default.contentsOfDirectory(atPath: sample.path) {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        let file = folder.appendingPathComponent("congress.yaml")
        let congress = try #require(CongressLoader().load(file: file.path).congress)
        let store = try CountStore(path: folder.appendingPathComponent(CountStore.fileName).path, clock: { "2025-10-14T03:00:00Z" })
        let members = try store.issueTokens(head: "Trưởng ban", clerks: ["Người nhập 1", "Người nhập 2"]).map(\.member)
        let session = CountSession(congress: congress, store: store)
        let ballot = try session.ballot(election: "bch", round: 1)
        // Each ballot strikes the 5 names the file's own count elected last, so the first meeting's elections still
        // hold; 3 of them are invalid (every 100th).
        let own = try #require(congress.elections.first { $0.id == "bch" }?.rounds.first?.votes)
        let losers = Set(own.sorted { $0.votes > $1.votes }.suffix(5).map(\.candidate))
        let kept = ballot.candidates.indices.filter { !losers.contains(ballot.candidates[$0]) }.map { String($0 + 1) }
        let piles = [150, 147]
        try session.recordHandedOut(members[0], election: "bch", round: 1, issued: 297, collected: 297)
        for (p, count) in piles.enumerated() {
            for position in 1...count {
                let reading = position % 100 == 0 ? "I:identifies-voter" : "K:" + kept.joined(separator: ",")
                for clerk in members.dropFirst() {
                    try session.enter(clerk, election: "bch", round: 1, pile: p + 1, position: position, reading: reading)
                }
            }
            for clerk in members.dropFirst() { try session.close(clerk, election: "bch", round: 1, pile: p + 1, ballots: count) }
        }
        try session.publish(members[0], election: "bch", round: 1)
        for log in try EntryLogFile.files(session) { try Data(log.text.utf8).write(to: folder.appendingPathComponent(log.name)) }
        try Data(try CountResultsFile.text(session).utf8).write(to: folder.appendingPathComponent(CountResultsFile.fileName))
        try Data((try String(contentsOf: file, encoding: .utf8) + "vote_count_results: {file: ket-qua-kiem-phieu.yaml}\n").utf8).write(to: file)
        return folder
    }

    @Test(arguments: [PaginationTests.Printer.libreOffice, .chromium])
    func longTablesRepeatTheirHeaderRowAndPagesAreNumbered(_ printer: PaginationTests.Printer) throws {
        guard onPath("pdftotext"), printer != .libreOffice || onPath("soffice"), printer != .chromium || PaginationTests.chromium != nil else {
            print("skipped: \(printer) or poppler-utils not installed")
            return
        }
        let folder = try Self.countedHungHa()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let report = Pipeline(templateFolder: Repository.templates)
            .render(file: folder.appendingPathComponent("congress.yaml").path, documents: [.countLog],
                    formats: printer == .chromium ? [.html] : [.html, .pdf], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let html = out.appendingPathComponent("count-log.html"), pdf = out.appendingPathComponent("count-log.pdf")
        if printer == .chromium, let chromium = PaginationTests.chromium {
            try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                               "--user-data-dir=\(out.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", html.absoluteString])
        }
        let printed = try PrintedPages(pdf: pdf)
        let tree = try XHTMLParser.parse(String(contentsOf: html, encoding: .utf8), name: "count-log", profile: .hd36_2018)
        print("pages count-log \(printer): \(printed.pages.count)")
        // 297 rows cannot stand on fewer than 6 pages.
        #expect(printed.pages.count >= 6)
        for (index, page) in printed.pages.enumerated().dropFirst() {
            let body = page.bodyLines
            // A page that continues a pile's table: its first body line is the header row.
            if let first = body.first, Int(first.words.first?.text ?? "") != nil || first.text.hasPrefix("gạch") {
                Issue.record("page \(index + 1) (\(printer)) starts with a row, not the header row: \(first.text)")
            }
            // Every page holding rows shows the header row above its first row: "Phiếu số" (first column) and
            // "Trưởng ban quyết định" (last column) beside "Đối chiếu".
            if let row = body.first(where: { Int($0.words.first?.text ?? "") != nil && $0.text.contains("gạch") }) {
                let above = page.words.filter { $0.box.yMin < row.box.yMin && $0.box.yMin >= 15 }
                let header = above.contains { t in t.text == "Trưởng" && above.contains { $0.text == "Đối" && abs($0.box.yMin - t.box.yMin) < 10 } }
                #expect(header, "page \(index + 1) (\(printer)): no header row above \(row.text); first lines \(body.prefix(3).map { "\($0.text) @\(Int($0.box.yMin))" })")
            }
            // Its number in the top margin (LibreOffice's header; Chromium prints the HTML without margin boxes).
            guard printer == .libreOffice else { continue }
            let number = page.lines.filter { $0.box.yMin < 15 }.map(\.text)
            #expect(number.contains(String(index + 1)), "page \(index + 1) (\(printer)) carries \(number); top lines \(page.lines.sorted { $0.box.yMin < $1.box.yMin }.prefix(2).map { "\($0.text) @\(Int($0.box.yMin))" })")
        }
        let faults = PageAssertions.all(printed, PaperText(tree), ballots: false)
            .filter { PaginationTests.knownFault(paper: "count-log", printer: printer, fault: $0) == nil }
        #expect(faults.isEmpty, "\(faults)")
    }
}
