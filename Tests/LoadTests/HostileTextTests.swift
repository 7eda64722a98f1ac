import CongressModel
import Load
import Testing

/// Values that look like markup or templates are loaded as typed, never interpreted; huge values do not crash.
@Suite struct HostileTextTests {
    @Test func markupAndTemplateSyntaxAreKeptVerbatim() throws {
        let hostile = "A & B <script>alert(1)</script> {{x}} ]]>"
        let text = minimal(replacing: [11: "  venue: '\(hostile)'"])
        let congress = try #require(load(text).congress)
        #expect(congress.details.venue == hostile)
    }

    @Test func aTenThousandCharacterNameLoads() throws {
        let name = String(repeating: "Nguyễn ", count: 1_428) + "Lành"
        #expect(name.count == 10_000)
        let congress = try #require(load(minimal(replacing: [13: "  - {id: hoa, name: \"\(name)\"}"])).congress)
        #expect(congress.person(PersonID("hoa"))?.name == name)
    }

    @Test func deleteCharacterInAQuotedValueIsRefused() {
        let result = load(minimal(replacing: [3: "  name: \"Chi bộ\\x7F 3\""]))
        #expect(summary(result) == ["congress.yaml:3:9 DH121"])
        #expect(onlyText(result, .vi) == "'organisation.name' chứa ký tự điều khiển U+007F — không được phép")
    }

    /// U+FFFE cannot stand in XML: refused on load (so `check` says so), not only when a paper is rendered.
    @Test func noncharacterIsRefusedOnLoad() {
        let result = load(minimal(replacing: [3: "  name: \"Chi bộ\\uFFFE 3\""]))
        #expect(summary(result) == ["congress.yaml:3:9 DH121"])
        #expect(onlyText(result, .vi) == "'organisation.name' chứa U+FFFE, không phải là ký tự (XML không cho phép) — không được phép")
        #expect(onlyText(result, .en) == "'organisation.name' contains U+FFFE, a noncharacter that XML forbids, which is not allowed")
    }

    @Test func blockScalarLinesKeepTheirLineBreaks() throws {
        let text = minimal(replacing: [24: "      - title: Chào cờ"], appending: [
            "        minutes: 5",
            "        performer: hoa",
            "        lines: |",
            "          Kính thưa Đại hội!",
            "          Mời các đồng chí đứng dậy chào cờ.",
        ])
        let congress = try #require(load(text).congress)
        #expect(congress.officialSession.items.first?.lines == "Kính thưa Đại hội!\nMời các đồng chí đứng dậy chào cờ.\n")
    }
}
