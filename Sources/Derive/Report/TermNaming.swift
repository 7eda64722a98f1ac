import CongressModel
import Vietnamese

/// How the report and the resolution name the terms and the committees (DOMAIN.md §2 c, f).
struct TermNaming {
    /// "nhiệm kỳ 2015 - 2020" — the term that ends at this congress.
    let pastTerm: String
    /// "nhiệm kỳ 2020 - 2025".
    let newTerm: String
    /// "Đại hội lần thứ XV" — the congress whose resolution is being reviewed.
    let pastCongress: String
    /// "Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XV", "Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2020 - 2025".
    let outgoingCommittee: String
    /// "Ban Chấp hành Đảng bộ khóa XVI" / "Chi ủy nhiệm kỳ 2025 - 2030" — the committee that carries it out.
    let incomingCommittee: String

    /// The years of the term that ends (`pastTerm`) and of the new one (`newTerm`).
    let pastYears: Int
    let newYears: Int

    init(_ congress: Congress) {
        let term = congress.details.term
        let length = congress.organisation.level.previousTermYears(before: term.to - term.from)
        pastYears = length
        newYears = term.to - term.from
        pastTerm = "nhiệm kỳ \(YearRange.text(from: term.from - length, to: term.from))"
        newTerm = "nhiệm kỳ \(YearRange.text(from: term.from, to: term.to))"
        let number = congress.details.number
        pastCongress = number > 1 ? "Đại hội lần thứ \(RomanNumeral.string(number - 1))" : "Đại hội"
        let org = congress.organisation.name
        if congress.organisation.level.isChiBo {
            let chiUy = CommitteeName(congress).committee
            outgoingCommittee = "\(chiUy) \(pastTerm)"
            incomingCommittee = "\(chiUy) \(newTerm)"
        } else {
            outgoingCommittee = "Ban Chấp hành \(org)" + (number > 1 ? " khóa \(RomanNumeral.string(number - 1))" : "")
            incomingCommittee = "Ban Chấp hành \(org) khóa \(RomanNumeral.string(number))"
        }
    }
}
