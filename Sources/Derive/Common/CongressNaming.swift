import CongressModel
import Vietnamese

/// How a congress names itself in its papers (36-HD/VPTW; DOMAIN.md §1 "Congress documents").
///
/// The issuer of every congress paper is the congress, stating "đại hội đại biểu" or
/// "đại hội đảng viên" and its number in Roman numerals ("lần thứ XVI").
public struct CongressNaming: Sendable, Equatable {
    /// "Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI" — in running text.
    public let name: String
    /// "Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 - 2025".
    public let nameWithTerm: String
    /// "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ LẦN THỨ XVI," — first line of the issuer block
    /// (the header's column wraps it between words).
    public let issuerUpper: String
    /// "NHIỆM KỲ 2020 - 2025" — second line of the issuer block: a line of its own, so the column never
    /// breaks the term between its years (as "LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025" did, leaving "2025" alone).
    public let termUpper: String
    /// The issuer block as parts of meaning, for `HeaderLineBreaking`: "ĐẠI HỘI ĐẠI BIỂU" / "ĐẢNG BỘ HUYỆN HƯNG HÀ" /
    /// "LẦN THỨ XVI," "NHIỆM KỲ 2020 - 2025" (the number and term share a line where it holds them).
    /// Computed when a header asks (the naming is made often, the header once a paper).
    public var issuerPhrases: [[String]] {
        [[VietnameseText.uppercased(kind)], [VietnameseText.uppercased(organisation)],
         [VietnameseText.uppercased("lần thứ \(roman),"), termUpper]]
    }
    /// "Đại hội đảng viên" / "Đại hội đại biểu".
    let kind: String
    /// "Chi bộ Khu phố 3".
    let organisation: String
    /// "nhiệm kỳ 2020 - 2025".
    public let term: String
    /// "XVI".
    public let roman: String

    public init(_ congress: Congress) {
        let kind = congress.details.kind.congressWord
        let number = congress.details.number
        roman = RomanNumeral.string(number)
        term = "nhiệm kỳ \(YearRange.text(from: congress.details.term.from, to: congress.details.term.to))"
        name = "\(kind) \(congress.organisation.name) lần thứ \(roman)"
        nameWithTerm = "\(name), \(term)"
        issuerUpper = VietnameseText.uppercased("\(name),")
        termUpper = VietnameseText.uppercased(term)
        self.kind = kind
        organisation = congress.organisation.name
    }
}
