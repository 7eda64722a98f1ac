import DaiHoi
import DocumentTree
import Foundation
import Testing
import TestSupport

/// Số văn bản across the whole dossier (issue 14, "Consistency"): each issuer — the congress ("…/ĐH"), its new
/// committee's first meeting ("…/HN"), the committee ("…/HU", "…/ĐU", "…/CB") — numbers its papers in one series
/// from 01, whatever their type (BB, BC, NQ, TTr), in the order of the congress, without gaps or repeats. Read from
/// the written HTML of `render --doc dossier`, file by file in the order the file names sort, each paper's "Số …"
/// lines in the order they are printed.
///
/// A number printed blank ("Số      -BC/HU", the outgoing committee's political report, left for its office to
/// fill in from its term's series: `DocumentNumbering.committeeReportNumber`) is not counted by the dossier.
@Suite(.serialized) struct DossierNumberingTests {
    /// "01-BB/ĐH" → (1, "BB", "ĐH"); `nil` for a line that is not a number, or a number left blank.
    static func number(_ line: String) -> (value: Int, type: String, issuer: String)? {
        guard line.hasPrefix("Số ") else { return nil }
        let rest = line.dropFirst(3)
        let parts = rest.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let dash = parts[0].lastIndex(of: "-") else { return nil }
        let digits = parts[0][..<dash].trimmingCharacters(in: .whitespaces)
        let type = String(parts[0][parts[0].index(after: dash)...])
        guard !type.isEmpty, type.allSatisfy(\.isLetter), !parts[1].contains(" ") else { return nil }
        guard let value = Int(digits), digits.allSatisfy(\.isNumber) else { return nil }
        return (value, type, String(parts[1]))
    }

    /// The text of every `p.doc-number` of a written paper (the header's "Số …" line), in the order printed.
    static func numberLines(_ html: String) throws -> [String] {
        let document = try XHTMLParser.parse(html, name: "paper", profile: .hd36_2018)
        var lines: [String] = []
        func walk(_ nodes: [Node]) {
            for case .element(let e) in nodes {
                if e.name == "p", e.hasClass("doc-number") {
                    lines.append(WrittenPapersAgreeTests.Paper.normalised(Node.element(e).textContent))
                } else {
                    walk(e.children)
                }
            }
        }
        walk(document.body)
        return lines
    }

    @Test(arguments: Repository.sampleFiles().map(\.name))
    func eachIssuerNumbersItsPapersFrom01WithoutGapsOrRepeats(sample: String) throws {
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = Pipeline(templateFolder: Repository.templates).renderDossier(file: file, formats: [.html], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        var series: [String: [(value: Int, where: String)]] = [:]
        var blank: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() where name.hasSuffix(".html") {
            let html = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            for text in try Self.numberLines(html) {
                if let n = Self.number(text) {
                    series[n.issuer, default: []].append((n.value, "\(name): \(text)"))
                } else if text.range(of: #"^Số\s+-[A-Za-z]+/\S+$"#, options: .regularExpression) != nil {
                    blank.append(name)
                } else {
                    Issue.record("\(sample) \(name): unreadable number line '\(text)'")
                }
            }
        }
        // Every sample numbers papers of the congress and of the new committee.
        #expect(series["ĐH"] != nil, "\(sample): no congress paper numbered")
        #expect(series.keys.contains { $0 != "ĐH" && $0 != "HN" }, "\(sample): no committee paper numbered")
        for (issuer, numbers) in series {
            #expect(numbers.map(\.value) == Array(1...numbers.count),
                    "\(sample) …/\(issuer): \(numbers.map(\.where).joined(separator: "; "))")
        }
        // Only the outgoing committee's papers to the congress are left blank (its series runs over the term): the
        // political report and its review of its leadership.
        #expect(blank.map { String($0.drop { $0 != "-" }) } == ["-bao-cao-chinh-tri.html", "-bao-cao-kiem-diem-su-lanh-dao-chi-dao-cua-cap-uy.html"],
                "\(sample): blank numbers in \(blank)")
    }

    @Test func aNumberLineIsReadAsItsValueTypeAndIssuer() {
        #expect(Self.number("Số 01-BB/ĐH").map { [String($0.value), $0.type, $0.issuer] } == ["1", "BB", "ĐH"])
        #expect(Self.number("Số 12-TTr/HU").map { [String($0.value), $0.type, $0.issuer] } == ["12", "TTr", "HU"])
        #expect(Self.number("Số -BC/HU") == nil)
        #expect(Self.number("Số lượng: 3 đồng chí") == nil)
    }
}
