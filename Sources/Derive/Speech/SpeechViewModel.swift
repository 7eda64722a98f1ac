import CongressModel
import Template
import Vietnamese

/// Diễn văn khai mạc / bế mạc — the printed opening or closing speech of the congress (reviews/papers.md §5: printed
/// routinely at a đại hội đại biểu, sometimes at a chi bộ; "the script holds the lines"; DOMAIN.md, provincial
/// programme item 9 "Diễn văn khai mạc").
///
/// Read from the official session's item of that kind (`ItemKind.opening`, the last `.closing` — the preparatory
/// session's closing words are no speech): its performer speaks it, its lines are its paragraphs, as the script
/// prints them (`ScriptItemViewModel.paragraphs`). The prose of `speeches.opening` / `speeches.closing` stands before
/// the last line, the declaration that opens or closes the congress. Headed by the congress, dated the session's
/// day, unnumbered and unsigned (the speaker is named under the title).
public struct SpeechViewModel: Sendable, TemplateValueConvertible {
    /// Which speech.
    public enum Occasion: Sendable {
        /// Khai mạc — the opening.
        case opening
        /// Bế mạc — the closing.
        case closing
    }

    public let templateValue: TemplateValue

    public init(_ congress: Congress, _ occasion: Occasion) {
        let naming = CongressNaming(congress)
        let item = Self.item(occasion, in: congress)
        let prose = occasion == .opening ? congress.speeches.opening : congress.speeches.closing
        let lines = ScriptItemViewModel.paragraphs(item?.lines)
        // The declaration ("… tôi xin tuyên bố khai mạc Đại hội.") closes the speech: the prose goes before it.
        let before = lines.count > 1 ? Array(lines.dropLast()) : []
        let after = lines.count > 1 ? Array(lines.suffix(1)) : lines
        let speaker = item?.performer.flatMap { congress.person($0) }.map(PersonViewModel.init)
        templateValue = .object([
            "header": HeaderViewModel(congress, naming: naming, date: congress.officialSession.date).templateValue,
            "title_upper": .string(occasion == .opening ? "DIỄN VĂN KHAI MẠC" : "DIỄN VĂN BẾ MẠC"),
            "congress_name_term": .string(naming.nameWithTerm),
            "speaker": speaker.map { .object(["name_and_position": .string($0.nameAndPosition)]) } ?? .bool(false),
            "before": .list(before.map { .string($0) }),
            "blocks": ProseViewModel.blocks(prose),
            "after": .list(after.map { .string($0) }),
        ])
    }

    /// The official session's opening item, or its last closing item.
    static func item(_ occasion: Occasion, in congress: Congress) -> ProgrammeItem? {
        let items = congress.officialSession.items
        return occasion == .opening ? items.first { $0.kind == .opening } : items.last { $0.kind == .closing }
    }

    /// Whether the speech can be printed: its item is in the programme with lines or prose to print.
    static func applies(_ occasion: Occasion, to congress: Congress) -> Bool {
        let prose = occasion == .opening ? congress.speeches.opening : congress.speeches.closing
        guard let item = item(occasion, in: congress) else { return false }
        return !ScriptItemViewModel.paragraphs(item.lines).isEmpty || !(prose ?? "").allSatisfy(\.isWhitespace)
    }
}
