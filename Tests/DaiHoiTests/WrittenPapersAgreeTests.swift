import CongressModel
import DaiHoi
import Derive
import DocumentTree
import Foundation
import Load
import Testing
import Vietnamese

/// Minutes, script, resolution and vote-count name the same elections from one list (issue 13 §2
/// "Consistency"), read from the papers as WRITTEN: every sample is rendered to HTML, each file parsed, and
/// each election of `ElectionList` (derived once, from Tally) looked for in each paper with the same elected
/// names and the same figures. The expected names and figures come from the list, never from a paper.
///
/// The script is read for names only (election names, candidates), not for its sentences: its election block
/// is worded by another part of the code and may change.
struct WrittenPapersAgreeTests {
    /// One block of a written paper: its element (`p`, `li`, `td` …) and its text, spaces normalised (no-break
    /// spaces and word joiners as the papers print year ranges).
    struct Line: Equatable { let tag: String; let text: String }

    /// The blocks of a written HTML paper in order; `sheets` splits a paper made of `div.sheet`s.
    struct Paper {
        let lines: [Line]
        let sheets: [[Line]]

        init(html: String) throws {
            let document = try XHTMLParser.parse(html, name: "paper", profile: .hd36_2018)
            var lines: [Line] = [], sheets: [[Line]] = []
            func walk(_ nodes: [Node], into out: inout [Line]) {
                for case .element(let e) in nodes {
                    if e.name == "div", e.hasClass("sheet") {
                        var sheet: [Line] = []
                        walk(e.children, into: &sheet)
                        sheets.append(sheet)
                        out += sheet
                    } else if ["p", "li", "td", "th", "h1", "h2", "h3"].contains(e.name) {
                        out.append(Line(tag: e.name, text: Self.normalised(Node.element(e).textContent)))
                    } else {
                        walk(e.children, into: &out)
                    }
                }
            }
            walk(document.body, into: &lines)
            self.lines = lines
            self.sheets = sheets
        }

        static func normalised(_ text: String) -> String {
            text.replacingOccurrences(of: "\u{2060}", with: "").replacingOccurrences(of: "\u{00A0}", with: " ")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        var text: String { lines.map(\.text).joined(separator: "\n") }
    }

    /// What the list says of one election, formatted as the papers print figures.
    struct Expected {
        let name: String
        /// The name after "Bầu …" (`ElectionList.Entry.nameInText`: delegates in lower case).
        let nameInText: String
        let elected: [(name: String, votes: String)]
        let rounds: [[String]]   // issued, collected, valid, invalid
        let candidates: [String]
    }

    static func expected(_ congress: Congress) -> [Expected] {
        ElectionList(congress).entries.map { entry in
            let name = { (id: PersonID) in congress.person(id)?.name ?? id.rawValue }
            return Expected(
                name: Paper.normalised(entry.name),
                nameInText: Paper.normalised(entry.nameInText),
                elected: entry.outcome.elected.map { (name($0.person), VietnameseNumber.integer($0.votes)) },
                rounds: entry.outcome.rounds.map { r in
                    [r.data.issued, r.data.collected, r.data.valid, r.data.invalid].map(VietnameseNumber.integer)
                },
                candidates: entry.election.candidates.map(name))
        }
    }

    /// The number printed after `label` (case-insensitive, an optional colon), e.g. "Số phiếu phát ra: 297".
    static func figure(after label: String, in text: String) -> String? {
        guard let range = text.range(of: label, options: .caseInsensitive) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == ":" || $0 == " " }
        // Digits, with "." as the thousands separator only between digits ("1.200"; not a sentence's end).
        var digits = ""
        var index = rest.startIndex
        while index < rest.endIndex {
            let c = rest[index]
            let next = rest.index(after: index)
            if c.isNumber || (c == "." && !digits.isEmpty && next < rest.endIndex && rest[next].isNumber) {
                digits.append(c)
                index = next
            } else {
                break
            }
        }
        return digits.isEmpty ? nil : digits
    }

    static let ballotLabels = ["số phiếu phát ra", "số phiếu thu về", "số phiếu hợp lệ", "số phiếu không hợp lệ"]

    /// "Đồng chí Trần Thị Hòa: 15 phiếu" → (name, votes), from every line of `lines` that says so.
    static func electedLines(_ lines: [Line]) -> [(String, String)] {
        lines.compactMap { line in
            guard let start = line.text.range(of: "Đồng chí "), let colon = line.text.range(of: ": ", range: start.upperBound..<line.text.endIndex),
                  let votes = figure(after: ": ", in: String(line.text[colon.lowerBound...])), line.text.contains(" phiếu")
            else { return nil }
            return (String(line.text[start.upperBound..<colon.lowerBound]), votes)
        }
    }

    static func render(_ sample: String) throws -> (Congress, [DocumentKind: Paper]) {
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let congress = try #require(CongressLoader().load(file: file).congress)
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let kinds: [DocumentKind] = [.minutes, .script, .resolution, .voteCount]
        let report = Pipeline(templateFolder: Repository.templates)
            .render(file: file, documents: kinds, formats: [.html], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        var papers: [DocumentKind: Paper] = [:]
        for kind in kinds {
            let html = try String(contentsOfFile: out.appendingPathComponent("\(kind.rawValue).html").path, encoding: .utf8)
            papers[kind] = try Paper(html: html)
        }
        return (congress, papers)
    }

    @Test(arguments: ["chi-bo-khu-pho-3", "hung-ha", "dang-bo-xa-tan-lap"])
    func everyPaperAgreesWithTheList(sample: String) throws {
        let (congress, papers) = try Self.render(sample)
        let list = Self.expected(congress)
        #expect(!list.isEmpty)
        let voteCount = try #require(papers[.voteCount]), minutes = try #require(papers[.minutes])
        let resolution = try #require(papers[.resolution]), script = try #require(papers[.script])

        // Vote-count: one sheet per round, headed "Bầu <name>", with the round's ballots and its elected.
        #expect(voteCount.sheets.count == list.reduce(0) { $0 + $1.rounds.count })
        for election in list {
            let sheets = voteCount.sheets.filter { $0.contains(Line(tag: "p", text: "Bầu \(election.nameInText)")) }
            #expect(sheets.count == election.rounds.count, "vote-count: \(election.name)")
            for (sheet, figures) in zip(sheets, election.rounds) {
                let text = sheet.map(\.text).joined(separator: "\n")
                #expect(Self.ballotLabels.map { Self.figure(after: $0, in: text) } == figures.map(Optional.some),
                        "vote-count ballots of \(election.name)")
            }
            let elected = sheets.flatMap { Self.electedLines($0) }
            #expect(elected.map(\.0) == election.elected.map(\.name) && elected.map(\.1) == election.elected.map(\.votes),
                    "vote-count elected of \(election.name): \(elected)")
        }

        // Minutes: "Bầu <name>…" opens each election, in the list's order; then each round's ballots and the elected.
        let openings = list.map { election in minutes.lines.firstIndex { $0.text.hasPrefix("Bầu \(election.nameInText)") } }
        #expect(!openings.contains(nil), "minutes miss \(zip(list, openings).filter { $0.1 == nil }.map(\.0.name))")
        let starts = openings.compactMap { $0 }
        #expect(starts == starts.sorted(), "minutes: elections out of the list's order")
        for (index, election) in list.enumerated() {
            guard let start = openings[index] else { continue }
            // The election's part ends where the next begins, or at the next heading.
            let end = minutes.lines[(start + 1)...].firstIndex { $0.tag == "h2" || $0.text.hasPrefix("Bầu ") } ?? minutes.lines.endIndex
            let part = Array(minutes.lines[start..<end])
            let ballots = part.filter { $0.text.lowercased().contains("số phiếu phát ra") }
            #expect(ballots.map { line in Self.ballotLabels.map { Self.figure(after: $0, in: line.text) } }
                    == election.rounds.map { $0.map(Optional.some) }, "minutes ballots of \(election.name)")
            let elected = Self.electedLines(part)
            #expect(elected.map(\.0) == election.elected.map(\.name) && elected.map(\.1) == election.elected.map(\.votes),
                    "minutes elected of \(election.name): \(elected)")
        }

        // Resolution: each election that elected someone, its count and its names (one on the line, or in columns).
        for election in list where !election.elected.isEmpty {
            let heading = resolution.lines.firstIndex { $0.tag == "p" && $0.text.contains(". \(election.name)") }
            guard let heading else { Issue.record("resolution misses \(election.name)"); continue }
            let line = resolution.lines[heading].text
            let names: [String]
            if election.elected.count == 1 {
                names = line.components(separatedBy: "đồng chí ").dropFirst().map { String($0.dropLast(line.hasSuffix(".") ? 1 : 0)) }
            } else {
                #expect(line.contains("gồm \(VietnameseNumber.padded2(election.elected.count)) đồng chí"), "\(line)")
                names = resolution.lines[(heading + 1)...].prefix { $0.tag == "td" }.map(\.text).filter { !$0.isEmpty }
                    .map { cell in String(cell.drop { $0 != " " }.dropFirst()) }   // "12. Trần Thị Hòa"
                // The cells are in A, B, C order.
                #expect(names == VietnameseCollation.sorted(names, byName: { $0 }), "resolution order of \(election.name)")
            }
            #expect(Set(names) == Set(election.elected.map(\.name)) && names.count == election.elected.count,
                    "resolution names of \(election.name): \(names)")
        }

        // Script (names only): each election the congress holds in a programme item is named, with its candidates.
        let named = Set(congress.sessions.flatMap(\.items).flatMap(\.elections))
        let held = ElectionList(congress).heldByCongress.filter { named.contains($0.election.id) }.map(\.name).map(Paper.normalised)
        for election in list where held.contains(election.name) {
            #expect(script.text.contains(election.name), "script misses \(election.name)")
            for candidate in election.candidates { #expect(script.text.contains(candidate), "script misses \(candidate) (\(election.name))") }
        }
    }
}
