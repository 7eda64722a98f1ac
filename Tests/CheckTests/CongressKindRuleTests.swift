import Check
import Foundation
import Diagnostics
import Load
import Testing

/// The rules on the kind and level of the congress (DH260–DH264), each on a failing and a passing case, with the
/// exact code, severity, position and English message.
struct CongressKindRuleTests {
    private func check(_ yaml: String) throws -> [String] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker().check(congress).map {
            "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
    }

    /// A chi bộ of level `chi-bo` (place not stated), đại hội đảng viên, 2025-2030, that passes every rule: six
    /// members, Lan probationary, Bình on the counting board (and on no candidate list).
    static let base = """
    schema: 1
    organisation: {name: Chi bộ Khu phố 3, level: chi-bo, superior: Đảng bộ phường Quang Trung, place: Thái Bình}
    congress: {kind: dang-vien, number: 5, term: 2025-2030, venue: Nhà văn hóa Khu phố 3}
    people:
      - {id: hoa, name: Trần Thị Hòa, membership: chinh-thuc}
      - {id: nam, name: Lê Văn Nam, membership: chinh-thuc}
      - {id: an, name: Nguyễn Văn An, membership: chinh-thuc}
      - {id: hai, name: Hoàng Văn Hải, membership: chinh-thuc}
      - {id: lan, name: Vũ Thị Lan, membership: du-bi}
      - {id: binh, name: Phạm Văn Bình, membership: chinh-thuc}
    delegates: [hoa, nam, an, hai, lan, binh]
    bodies:
      presidium: [hoa]
      secretariat: [nam]
      vote_counting: [binh]
    sessions:
      official:
        date: 2025-04-12
        start: "07:30"
        end: "11:30"
        items:
          - {title: Chào cờ, minutes: 5, performer: hoa, kind: flag}
          - {title: Khai mạc, minutes: 10, performer: hoa, kind: opening, lines: Kính thưa Đại hội!}
    """

    /// The base congress edited.
    private func base(_ edits: [(String, String)]) -> String {
        edits.reduce(Self.base) { yaml, edit in
            #expect(yaml.contains(edit.0), "the base congress has no '\(edit.0)'")
            return yaml.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }

    // MARK: DH260 — a Ban thẩm tra at a đại hội đảng viên

    @Test func credentialsBoardAtAMembersCongressIsRefused() throws {
        let yaml = base([("  vote_counting: [binh]", "  vote_counting: [binh]\n  credentials: [hai, an]")])
        #expect(try check(yaml) == [
            "DH260 error 16:16 a đại hội đảng viên elects no credentials board (QĐ 29-QĐ/TW item 12.2), but bodies.credentials has 2 members — remove bodies.credentials (the convening committee reports on the members attending), or set kind to dai-bieu if this is a delegates' congress",
        ])
        // The same board at a đại hội đại biểu of a đảng bộ is its own (no DH260; no DH261 either).
        let delegates = yaml.replacingOccurrences(of: "kind: dang-vien", with: "kind: dai-bieu")
            .replacingOccurrences(of: "level: chi-bo", with: "level: cap-tren-co-so")
            .replacingOccurrences(of: "name: Chi bộ Khu phố 3", with: "name: Đảng bộ huyện Hưng Hà")
        #expect(try check(delegates).filter { $0.hasPrefix("DH260") || $0.hasPrefix("DH261") }.isEmpty)
    }

    // MARK: DH261 — a chi bộ holding a đại hội đại biểu

    @Test func chiBoHoldingADelegatesCongressIsWarned() throws {
        let yaml = base([("kind: dang-vien", "kind: dai-bieu")])
        #expect(try check(yaml) == [
            "DH261 warning 3:18 level 'chi-bo' is a chi bộ: a chi bộ holds a members' congress (đại hội đảng viên), not a delegates' congress — check kind (dang-vien) or level",
        ])
        // A đảng bộ cơ sở may hold either kind (its presidium then wants 5–7: DH206, not this rule's).
        let dangBo = base([("kind: dang-vien", "kind: dai-bieu"), ("level: chi-bo", "level: dang-bo-co-so")])
        #expect(try check(dangBo).filter { $0.hasPrefix("DH26") }.isEmpty)
    }

    // MARK: DH262 — the term against the level

    @Test func termOfAChiBoUnderAGrassrootsCommitteeIsTwoOrThreeYears() throws {
        let fiveYears = base([("level: chi-bo", "level: chi-bo-truc-thuoc")])
        #expect(try check(fiveYears) == [
            "DH262 warning 3:46 term 2025-2030 lasts 5 years, but level 'chi-bo-truc-thuoc' has a term of 2–3 years (Party Statute: a chi bộ under a grassroots committee meets twice in five years, any other organisation once in five years)",
        ])
        // "năm năm hai lần": 2025 – 2027, then 2027 – 2030.
        #expect(try check(base([("level: chi-bo", "level: chi-bo-truc-thuoc"), ("term: 2025-2030", "term: 2025-2027")])).isEmpty)
        #expect(try check(base([("level: chi-bo", "level: chi-bo-truc-thuoc"), ("term: 2025-2030", "term: 2027-2030")])).isEmpty)
    }

    @Test func termOfAnyOtherLevelIsFiveYears() throws {
        for level in ["chi-bo-co-so", "dang-bo-co-so", "cap-tren-co-so", "cap-huyen", "cap-tinh"] {
            let short = base([("level: chi-bo", "level: \(level)"), ("term: 2025-2030", "term: 2025-2027")])
            #expect(try check(short).map { String($0.prefix(17)) }.contains("DH262 warning 3:4"), "\(level)")
            let five = base([("level: chi-bo", "level: \(level)")])
            #expect(try check(five).filter { $0.hasPrefix("DH262") }.isEmpty, "\(level)")
        }
        // A chi bộ whose place is not stated is not judged.
        #expect(try check(base([("term: 2025-2030", "term: 2025-2027")])).isEmpty)
    }

    // MARK: DH452, DH453 — delegations (đoàn đại biểu)

    @Test func delegateWithoutDelegationAmongOthersIsWarned() throws {
        let dangBo = [("kind: dang-vien", "kind: dai-bieu"), ("level: chi-bo", "level: dang-bo-co-so")]
        let yaml = base(dangBo + [("delegates: [hoa, nam, an, hai, lan, binh]",
                                   "delegates: [{person: hoa, delegation: Đoàn 1}, {person: nam, delegation: Đoàn 2}, an, hai, lan, binh]")])
        let found = try check(yaml).filter { $0.hasPrefix("DH45") }
        #expect(found.count == 4)
        #expect(found.first == "DH452 warning 11:83 delegate 'an' has no delegation while the others sit in 2 delegations — add 'delegation'; the delegate list lists those without one apart")
        // None with a delegation, or every one with one: no warning.
        #expect(try check(base(dangBo)).filter { $0.hasPrefix("DH45") }.isEmpty)
        let all = base(dangBo + [("delegates: [hoa, nam, an, hai, lan, binh]",
                                  "delegates: [{person: hoa, delegation: Đoàn 1}, {person: nam, delegation: Đoàn 1}, {person: an, delegation: Đoàn 1}, {person: hai, delegation: Đoàn 2}, {person: lan, delegation: Đoàn 2}, {person: binh, delegation: Đoàn 2}]")])
        #expect(try check(all).filter { $0.hasPrefix("DH45") }.isEmpty)
    }

    @Test func delegationAtAMembersCongressIsWarned() throws {
        let yaml = base([("delegates: [hoa, nam, an, hai, lan, binh]", "delegates: [{person: hoa, delegation: Đoàn 1}, nam, an, hai, lan, binh]")])
        let found = try check(yaml)
        #expect(found == ["DH453 warning 11:39 'hoa': a members' congress (đại hội đảng viên) has no delegations — remove 'delegation'"], "\(found)")
    }

    // MARK: DH263, DH264 — exclusion reasons

    /// The base congress with Nguyễn Văn An absent with a reason and Hoàng Văn Hải exempt and absent (5 official
    /// members summoned, 3 present), and one election excluding `count` for each of `reasons`.
    private func withExclusions(_ reasons: [String], kind: String = "dang-vien", count: Int = 1) -> String {
        base([("kind: dang-vien", "kind: \(kind)"),
              ("delegates: [hoa, nam, an, hai, lan, binh]",
               "delegates: [hoa, nam, {person: an, absent: Ốm}, {person: hai, exempt: true, absent: Tuổi cao}, lan, binh]")]) + """

        elections:
          - id: chi-uy
            body: chi-uy
            seats: 1
            candidates: [hoa, nam]
            exclusions: [\(reasons.map { "{reason: \($0), count: \(count)}" }.joined(separator: ", "))]
            rounds:
              - {issued: 2, collected: 2, valid: 2, invalid: 0, votes: {hoa: 2, nam: 0}}
        """
    }

    @Test func standardReasonsOfTheKindPass() throws {
        #expect(try check(withExclusions(["mien-sinh-hoat-vang-mat"])).isEmpty)
        #expect(try check(withExclusions(["mien-sinh-hoat-vang-mat", "vang-mat-co-ly-do"])).isEmpty)
        #expect(try check(withExclusions(["chuyen-sinh-hoat-tam-thoi"])).isEmpty)
    }

    // MARK: DH266 — exclusions against the list

    @Test func anExclusionTheListContradictsIsWarned() throws {
        // One exempt member absent on the list, two excluded.
        #expect(try check(withExclusions(["mien-sinh-hoat-vang-mat"], count: 2)) == [
            "DH266 warning 29:59 election 'chi-uy': 2 excluded as 'mien-sinh-hoat-vang-mat', but the list of those summoned (delegates) has 1 such — correct the count or the list",
        ])
        // None excused-absent besides An: stating 0 is as wrong as stating 2.
        #expect(try check(withExclusions(["vang-mat-co-ly-do"], count: 0)).map { String($0.prefix(5)) } == ["DH266"])
        // At a đại hội đại biểu the list bounds those with no alternate: 2 official delegates absent.
        let delegates = withExclusions(["dai-bieu-vang-khong-thay-the"], kind: "dai-bieu", count: 3)
            .replacingOccurrences(of: "level: chi-bo", with: "level: dang-bo-co-so")
        #expect(try check(delegates).filter { $0.hasPrefix("DH26") } == [
            "DH266 warning 29:64 election 'chi-uy': 3 excluded as 'dai-bieu-vang-khong-thay-the', but the list of those summoned (delegates) has at most 2 such — correct the count or the list",
        ])
        #expect(try check(delegates.replacingOccurrences(of: "count: 3", with: "count: 2")).filter { $0.hasPrefix("DH26") }.isEmpty)
        // A stated base is not the list's: nothing to compare.
        let declared = withExclusions(["mien-sinh-hoat-vang-mat"], count: 2)
            .replacingOccurrences(of: "    exclusions:", with: "    base: 4\n    exclusions:")
        #expect(try check(declared).isEmpty)
    }

    @Test func aReasonOfTheOtherKindIsWarned() throws {
        let found = try check(withExclusions(["dai-bieu-vang-khong-thay-the"]))
        #expect(found == [
            "DH263 warning 29:27 election 'chi-uy': exclusion reason 'dai-bieu-vang-khong-thay-the' applies only at a đại hội đại biểu (election rules, threshold base by kind of congress)",
        ], "\(found)")
        // At a đại hội đại biểu (of a đảng bộ) it is the rule's own reason, and an accepted absence is not.
        let delegates = withExclusions(["dai-bieu-vang-khong-thay-the", "vang-mat-co-ly-do"], kind: "dai-bieu")
            .replacingOccurrences(of: "level: chi-bo", with: "level: dang-bo-co-so")
        #expect(try check(delegates).filter { $0.hasPrefix("DH26") }.map { String($0.prefix(5)) } == ["DH263"])
    }

    @Test func freeTextReasonIsWarnedAndNamesTheCodes() throws {
        let found = try check(withExclusions(["Ốm"]))
        #expect(found == [
            "DH264 warning 29:27 election 'chi-uy': exclusion reason 'Ốm' is not one the election rules allow to leave out of the threshold base — use a code: chuyen-sinh-hoat-tam-thoi, mien-sinh-hoat-vang-mat, dinh-chi-khoi-to-tam-giam, vang-mat-co-ly-do",
        ], "\(found)")
    }

    // MARK: DH265 — the script's card against the kind

    @Test func theScriptsCardFollowsTheKind() throws {
        let wrong = base([("lines: Kính thưa Đại hội!", "lines: \"Đồng chí nào nhất trí, đề nghị Giơ thẻ đại biểu biểu quyết.\"")])
        #expect(try check(wrong) == [
            "DH265 warning 23:78 item 'Khai mạc': its lines say 'giơ thẻ đại biểu', but this congress votes by 'giơ thẻ đảng viên' (from congress.kind)",
        ])
        #expect(try check(wrong.replacingOccurrences(of: "Giơ thẻ đại biểu", with: "giơ thẻ đảng viên")).isEmpty)
    }

    // MARK: The documented example

    /// The đại hội đại biểu of docs/congress-format.md ("Kind and level") loads and passes every rule.
    @Test func theDocumentedDelegatesCongressPasses() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/congress-format.md")
        let page = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(page.range(of: "A đại hội đại biểu of a đảng bộ cơ sở, in full"))
        let open = try #require(page.range(of: "```yaml\n", range: start.upperBound..<page.endIndex))
        let close = try #require(page.range(of: "```", range: open.upperBound..<page.endIndex))
        let yaml = String(page[open.upperBound..<close.lowerBound])
        #expect(yaml.contains("kind: dai-bieu") && yaml.contains("level: dang-bo-co-so"))
        #expect(try check(yaml) == [])
    }
}
