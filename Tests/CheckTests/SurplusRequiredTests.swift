import Check
import Diagnostics
import Load
import Testing

/// Số dư (QĐ 190-QĐ/TW Điều 14 khoản 1: "Số lượng ứng cử viên trong danh sách bầu cử cấp ủy và ban thường vụ cấp ủy
/// phải nhiều hơn số lượng cần bầu"): a cấp ủy or Ban Thường vụ list equal to its places is refused (DH250); other
/// lists may equal theirs; which bodies need a surplus is `settings.surplus_required`. The prepared 10–15 % (DH210)
/// is judged only where there is a surplus.
///
/// The base congress of `CheckRuleTests`; the election starts at line 25, its candidates on line 28 (the `[` at
/// column 17).
struct SurplusRequiredTests {
    private func check(_ yaml: String) throws -> [String] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker().check(congress).filter { $0.code == "DH250" || $0.code == "DH210" }.map {
            "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
    }

    private func congress(body: String, candidates: String, settings: String = "") -> String {
        let votes = candidates.split(separator: ",").map { "\($0.trimmingCharacters(in: .whitespaces)): 4" }.joined(separator: ", ")
        return CheckRuleTests.base + """

        elections:
          - id: e
            body: \(body)
            seats: 3
            candidates: [\(candidates)]
            rounds:
              - {issued: 5, collected: 5, valid: 5, invalid: 0, votes: {\(votes)}}
        """ + settings
    }

    @Test func aChiUyListEqualToItsPlacesIsRefused() throws {
        #expect(try check(congress(body: "chi-uy", candidates: "hoa, nam, an")) == [
            "DH250 error 28:17 election 'e' (chi-uy): the list has 3 candidates, as many as the places — a list for the committee or its standing committee must have more candidates than places (Quy định 190-QĐ/TW, Article 14.1)",
        ])
        // One more candidate (a committee of 3–5 may have exactly one): nothing to say.
        #expect(try check(congress(body: "chi-uy", candidates: "hoa, nam, an, hai")).isEmpty)
    }

    /// Ban Chấp hành and Ban Thường vụ likewise (the Vietnamese message names the article too).
    @Test func banChapHanhAndBanThuongVuToo() throws {
        for body in ["ban-chap-hanh", "ban-thuong-vu"] {
            #expect(try check(congress(body: body, candidates: "hoa, nam, an")).map { $0.prefix(15) } == ["DH250 error 28:"], "\(body)")
        }
        let loaded = CongressLoader().load(text: congress(body: "ban-chap-hanh", candidates: "hoa, nam, an"), file: "congress.yaml")
        let found = CongressChecker().check(try #require(loaded.congress)).first { $0.code == "DH250" }
        #expect(found?.message.text(in: .vi).hasSuffix("phải có số dư, nhiều hơn số lượng cần bầu (Quy định 190-QĐ/TW, Điều 14 khoản 1)") == true)
    }

    /// Ủy ban Kiểm tra and the delegation may equal their places: Điều 14 khoản 1 asks a surplus of the cấp ủy and
    /// its standing committee only (no longer the DH210 warning "0 %, outside 10–15 %" it used to get).
    @Test func otherListsMayEqualTheirPlaces() throws {
        for body in ["uy-ban-kiem-tra", "dai-bieu-cap-tren"] {
            #expect(try check(congress(body: body, candidates: "hoa, nam, an")).isEmpty, "\(body)")
        }
    }

    /// The bodies are a setting: a guide that asks a surplus of the Ủy ban Kiểm tra adds it; an empty list drops the rule.
    @Test func theBodiesAreASetting() throws {
        let strict = "\nsettings: {surplus_required: [ban-chap-hanh, chi-uy, ban-thuong-vu, uy-ban-kiem-tra]}\n"
        #expect(try check(congress(body: "uy-ban-kiem-tra", candidates: "hoa, nam, an", settings: strict)).map { $0.prefix(5) } == ["DH250"])
        #expect(try check(congress(body: "chi-uy", candidates: "hoa, nam, an", settings: "\nsettings: {surplus_required: []}\n")).isEmpty)
        let loaded = CongressLoader().load(text: congress(body: "chi-uy", candidates: "hoa, nam, an, hai",
                                                          settings: "\nsettings: {surplus_required: [chi-ủy]}\n"), file: "congress.yaml")
        #expect(loaded.diagnostics.map(\.code) == ["DH107"])
    }

    /// A surplus outside the prepared 10–15 % is still the DH210 warning: 10 places and 13 candidates, 30 %, allowed
    /// (not above the 30 % maximum) but outside the band.
    @Test func thePreparedBandStillApplies() throws {
        var people = "", ids: [String] = []
        for i in 1...13 { people += "  - {id: p\(i), name: Người Số \(i), membership: chinh-thuc}\n"; ids.append("p\(i)") }
        let yaml = CheckRuleTests.base.replacingOccurrences(of: "delegates: [hoa, nam, an, hai, lan, binh]",
                                                              with: "delegates: [hoa, nam, an, hai, lan, binh, \(ids.joined(separator: ", "))]")
            .replacingOccurrences(of: "  - {id: binh, name: Phạm Văn Bình, membership: chinh-thuc}\n",
                                  with: "  - {id: binh, name: Phạm Văn Bình, membership: chinh-thuc}\n" + people)
            + "\nelections:\n  - id: e\n    body: chi-uy\n    seats: 10\n    candidates: [\(ids.joined(separator: ", "))]\n"
            + "    rounds:\n      - {issued: 5, collected: 5, valid: 5, invalid: 0, votes: {\(ids.map { "\($0): 3" }.joined(separator: ", "))}}\n"
        #expect(try check(yaml).map { $0.prefix(11) } == ["DH210 warni"])
    }
}
