import CongressModel
import Derive
import Template
import Testing

/// Diễn văn khai mạc / bế mạc: the official session's opening and last closing items, their lines as paragraphs, the
/// prose before the declaration, the speaker named.
struct SpeechTests {
    static func congress() -> Congress {
        var c = Fixtures.chiBo()
        c.officialSession.items += [
            ProgrammeItem(title: "Khai mạc", minutes: 10, performer: PersonID("p1"), kind: .opening,
                          lines: "Kính thưa các đồng chí!\nĐại hội có nhiệm vụ …\n\nTôi xin tuyên bố khai mạc Đại hội."),
            ProgrammeItem(title: "Bế mạc phiên", minutes: 5, performer: PersonID("p2"), kind: .closing, lines: "Bế mạc phiên."),
            ProgrammeItem(title: "Bế mạc", minutes: 5, performer: PersonID("p1"), kind: .closing, lines: "Tôi xin tuyên bố bế mạc Đại hội."),
        ]
        return c
    }

    @Test func theOpeningSpeechIsTheLinesWithTheProseBeforeTheDeclaration() throws {
        var c = Self.congress()
        c.speeches.opening = "Đoạn **thêm**."
        let value = SpeechViewModel(c, .opening).templateValue
        #expect(value["before"] == .list(["Kính thưa các đồng chí!", "Đại hội có nhiệm vụ …"]))
        #expect(value["after"] == .list(["Tôi xin tuyên bố khai mạc Đại hội."]))
        #expect(value["blocks"]?[0]?["runs"]?[1]?["text"] == "thêm" && value["blocks"]?[0]?["runs"]?[1]?["strong"] == .bool(true))
        #expect(value["speaker"]?["name_and_position"] == "Trần Thị Hòa, Bí thư Chi bộ")
        #expect(value["title_upper"] == "DIỄN VĂN KHAI MẠC")
    }

    /// The closing speech is the last closing item's (not a session's closing words); one line stays the last.
    @Test func theClosingSpeechIsTheLastClosingItem() throws {
        let value = SpeechViewModel(Self.congress(), .closing).templateValue
        #expect(value["before"] == .list([]) && value["after"] == .list(["Tôi xin tuyên bố bế mạc Đại hội."]))
        #expect(value["blocks"] == .list([]))
        #expect(DocumentKind.closingSpeech.applies(to: Self.congress()))
        // Without an opening item, or with one without lines or prose, there is no speech to print.
        #expect(!DocumentKind.openingSpeech.applies(to: Fixtures.chiBo()))
        var silent = Self.congress()
        silent.officialSession.items[4].lines = nil
        #expect(!DocumentKind.openingSpeech.applies(to: silent))
        silent.speeches.opening = "Văn bản."
        #expect(DocumentKind.openingSpeech.applies(to: silent))
    }
}
