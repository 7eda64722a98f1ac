import CongressModel
import Derive
import Load
import Template
import Testing

/// Which body a paper's header names under the congress (36-HD/VPTW; DOMAIN.md §1 "Congress documents";
/// `IssuingBody`): read from the headers of every paper of every sample, at both kinds of congress.
struct HeaderBodyTests {
    /// The bodies a congress paper may name last; any other ending is the congress's (or the committee's) own.
    static let bodyLines: Set<String> = ["ĐOÀN CHỦ TỊCH", "ĐOÀN THƯ KÝ", "BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", "BAN KIỂM PHIẾU",
                                         "CHỦ TỊCH ĐẠI HỘI", "THƯ KÝ ĐẠI HỘI"]

    /// The table, written out: the counting board's minutes name it; the credentials report names the Ban thẩm tra
    /// at a đại hội đại biểu (the presidium without one) and nothing at a đại hội đảng viên (the committee's
    /// header); the draft-comments summary names the Đoàn chủ tịch; one person is no body; every other paper —
    /// the minutes first — is the congress's.
    static func expected(_ kind: DocumentKind, _ congress: Congress) -> String? {
        let presidium = congress.bodies.presidium.count > 1 ? "ĐOÀN CHỦ TỊCH" : nil
        switch kind {
        case .voteCount, .opinionCount, .secretVoteCount, .tallySheets, .countLog: return "BAN KIỂM PHIẾU"
        case .credentials:
            guard congress.details.kind == .daiBieu else { return nil }
            return congress.bodies.credentials.isEmpty ? presidium : "BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU"
        case .draftComments: return presidium
        default: return nil
        }
    }

    /// Every `header` object anywhere in a view model (one per sheet of the ballots and counts).
    static func headers(_ value: TemplateValue) -> [[String]] {
        switch value {
        case .object(let object):
            var found: [[String]] = []
            if case .object(let header)? = object["header"], case .list(let lines)? = header["issuer_lines"] {
                found.append(lines.compactMap { if case .string(let s) = $0 { s.replacingOccurrences(of: "\u{00A0}", with: " ") } else { nil } })
            }
            for key in object.keys.sorted() where key != "header" { found += headers(object[key]!) }
            return found
        case .list(let list): return list.flatMap(headers)
        default: return []
        }
    }

    static func congresses() throws -> [(String, Congress)] {
        var all: [(String, Congress)] = []
        for (name, file) in Repository.sampleFiles() {
            let loaded = CongressLoader().load(file: file)
            var congress = try #require(loaded.congress, "\(name): \(loaded.diagnostics)")
            all.append((name, congress))
            // The same data at the other kind of congress.
            let flipped: CongressKind = congress.details.kind == .daiBieu ? .dangVien : .daiBieu
            congress.details.kind = flipped
            if flipped == .dangVien { congress.bodies.credentials = [] }
            all.append(("\(name) as \(flipped.rawValue)", congress))
        }
        return all
    }

    @Test func everyPapersHeaderNamesTheBodyThatIssuesIt() throws {
        var checked = 0
        for (name, congress) in try Self.congresses() {
            for kind in DocumentKind.allCases where kind.applies(to: congress) {
                let headers = Self.headers(kind.viewModel(for: congress))
                #expect(!headers.isEmpty, "\(name) \(kind.rawValue): no header")
                for lines in headers {
                    // A long body name may be broken over two lines ("BAN THẨM TRA TƯ CÁCH / ĐẠI BIỂU").
                    let issuer = lines.joined(separator: " ")
                    let body = Self.bodyLines.sorted { $0.count > $1.count }.first { issuer.hasSuffix(" " + $0) }
                    #expect(body == Self.expected(kind, congress), "\(name) \(kind.rawValue): \(lines)")
                    // No body named anywhere above the last line.
                    let above = String(issuer.dropLast(body.map { $0.count + 1 } ?? 0))
                    #expect(Self.bodyLines.allSatisfy { !above.contains($0) }, "\(name) \(kind.rawValue): \(lines)")
                    #expect(body == kind.headerBody(in: congress), "\(name) \(kind.rawValue)")
                    checked += 1
                }
            }
        }
        // Three samples at two kinds, every paper that applies: most of them have one header, ballots many.
        #expect(checked > 6 * 15)
    }

    /// The defect this rule fixed (reviews/papers.md §2.1 #2): the Hưng Hà minutes (a Đoàn Thư ký of several)
    /// printed "ĐOÀN THƯ KÝ" under the congress; the minutes are the congress's paper.
    @Test func theMinutesOfADelegatesCongressNameNoSecretariat() throws {
        let (_, hungHa) = try #require(try Self.congresses().first { $0.0 == "hung-ha" })
        #expect(hungHa.bodies.secretariat.count > 1)
        #expect(DocumentKind.minutes.issuingBody(in: hungHa) == .congress)
        let lines = try #require(Self.headers(DocumentKind.minutes.viewModel(for: hungHa)).first)
        #expect(lines == ["ĐẠI HỘI ĐẠI BIỂU", "ĐẢNG BỘ HUYỆN HƯNG HÀ", "LẦN THỨ XVI,", "NHIỆM KỲ 2020 -\u{2060} 2025"])
    }
}
