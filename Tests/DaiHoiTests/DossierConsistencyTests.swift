import CongressModel
import DaiHoi
import Derive
import DocumentTree
import Foundation
import Load
import Testing
import TestSupport
import Vietnamese

/// The whole dossier agrees with itself (issue 14, "Consistency"): every sample's `render --doc dossier` is written
/// as HTML, each paper parsed, and each shared fact looked for in every paper that prints it — the number summoned
/// and present, the congress's number and term, each approved election's elected with their votes — each found
/// value compared with the one the data gives (`AttendanceFigures`, `CongressNaming`, `ElectionList`), never with
/// another paper. Every pattern must be found at least once, so the test cannot pass on papers that say nothing.
/// (WrittenPapersAgreeTests checks the elections' figures in the minutes, vote count, resolution and script.)
@Suite(.serialized) struct DossierConsistencyTests {
    /// The leaf blocks of a written paper (`p`, `li`, `td`, `th`, headings without blocks inside), spaces normalised.
    static func blocks(_ html: String) throws -> [String] {
        let document = try XHTMLParser.parse(html, name: "paper", profile: .hd36_2018)
        let blockNames: Set<String> = ["p", "li", "td", "th", "h1", "h2", "h3"]
        func hasBlock(_ e: Element) -> Bool {
            e.children.contains { if case .element(let c) = $0 { return blockNames.contains(c.name) || hasBlock(c) }; return false }
        }
        var out: [String] = []
        func walk(_ nodes: [Node]) {
            for case .element(let e) in nodes {
                if blockNames.contains(e.name), !hasBlock(e) {
                    out.append(WrittenPapersAgreeTests.Paper.normalised(Node.element(e).textContent))
                } else {
                    walk(e.children)
                }
            }
        }
        walk(document.body)
        return out
    }

    /// Every match of `pattern` in `text`, as its capture groups.
    static func matches(_ pattern: String, in text: String) throws -> [[String]] {
        let regex = try NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (1..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    static func render(_ sample: String) throws -> (Congress, [(name: String, blocks: [String])]) {
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let congress = try #require(CongressLoader().load(file: file).congress)
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = Pipeline(templateFolder: Repository.templates).renderDossier(file: file, formats: [.html], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().filter { $0.hasSuffix(".html") }
        return (congress, try names.map { ($0, try blocks(String(contentsOf: out.appendingPathComponent($0), encoding: .utf8))) })
    }

    @Test(arguments: ["chi-bo-khu-pho-3", "hung-ha", "dang-bo-xa-tan-lap"])
    func everySharedFactIsTheSameWhereverItIsPrinted(sample: String) throws {
        let (congress, papers) = try Self.render(sample)
        let a = AttendanceFigures(congress)
        let n = { (value: Int) in VietnameseNumber.integer(value) }
        let who = "(?:đảng viên|đại biểu)"
        let number = "([0-9]+(?:[.][0-9]{3})*)"
        // Pattern → the values its groups must print.
        let facts: [(label: String, pattern: String, expected: [String])] = [
            ("summoned", "Tổng số \(who) được triệu tập: \(number)", [n(a.summoned)]),
            ("present", "Số \(who) có mặt: \(number)", [n(a.present)]),
            ("present of summoned", "\(number)/\(number) \(who) được triệu tập", [n(a.present), n(a.summoned)]),
            ("official present of official", "\(number)/\(number) \(who) chính thức được triệu tập có mặt", [n(a.officialPresent), n(a.official)]),
            ("official summoned", "Số \(who) chính thức được triệu tập: \(number)", [n(a.official)]),
        ]
        for fact in facts {
            var found = 0
            for paper in papers {
                for block in paper.blocks {
                    for groups in try Self.matches(fact.pattern, in: block) {
                        found += 1
                        #expect(groups == fact.expected, "\(sample) \(paper.name), \(fact.label): \(block)")
                    }
                }
            }
            #expect(found > 0, "\(sample): '\(fact.label)' printed nowhere")
        }

        // The congress's number and term, wherever the organisation is named with "lần thứ" (headers included,
        // whose lines are read together): always the same numeral and term.
        let naming = CongressNaming(congress)
        let org = NSRegularExpression.escapedPattern(for: VietnameseText.uppercased(congress.organisation.name))
        var numbered = 0
        for paper in papers {
            let text = VietnameseText.uppercased(paper.blocks.joined(separator: " "))
            for groups in try Self.matches("\(org),? LẦN THỨ ([IVXLCDM]+)(?:,? NHIỆM KỲ ([0-9]{4}) - ([0-9]{4}))?", in: text) {
                numbered += 1
                #expect(groups[0] == naming.roman, "\(sample) \(paper.name): lần thứ \(groups[0])")
                if !groups[1].isEmpty {
                    #expect([groups[1], groups[2]] == [String(congress.details.term.from), String(congress.details.term.to)],
                            "\(sample) \(paper.name): nhiệm kỳ \(groups[1]) - \(groups[2])")
                }
            }
        }
        #expect(numbered >= papers.count - 1, "\(sample): the congress named in \(numbered) places")

        // The request for approval prints each approved election's elected, votes and share as the count gives them.
        let request = try #require(papers.first { $0.name.contains("to-trinh-de-nghi-chuan-y") }?.blocks)
        let approved = ElectionList(congress).entries.filter { !$0.election.body.isDelegation }
        var cursor = 0
        for entry in approved {
            let title = WrittenPapersAgreeTests.Paper.normalised(entry.name)
            let heading = try #require(request[cursor...].firstIndex { $0.contains(". \(title)") }, "\(sample): request misses \(title)")
            let base = entry.outcome.base.value
            #expect(request[heading].contains("số lượng \(n(entry.election.seats)) đồng chí, bầu được \(n(entry.outcome.elected.count)) đồng chí"))
            #expect(request[heading].contains("tỷ lệ so với \(n(base))"), "\(request[heading])")
            let rows = entry.outcome.elected.enumerated().map { index, c in
                [String(index + 1), congress.person(c.person)?.name ?? "", n(c.votes), VietnameseNumber.percent(part: c.votes, of: base, decimals: congress.settings.percentDecimals) ?? "—"]
            }
            // After the heading: the table's head (4 cells), then 4 cells a row.
            let cells = Array(request[(heading + 5)...].prefix(rows.count * 4))
            #expect(stride(from: 0, to: cells.count, by: 4).map { Array(cells[$0..<min($0 + 4, cells.count)]) } == rows,
                    "\(sample): \(title)")
            cursor = heading + 1
        }
    }
}
