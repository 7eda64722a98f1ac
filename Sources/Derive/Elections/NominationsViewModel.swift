import CongressModel
import Elections
import Template
import Vietnamese

/// Tờ trình nhân sự and Danh sách trích ngang — the convening committee's proposal for each election the congress
/// holds (the number to elect, the make-up of the list, the list in A, B, C order), then, as its annex, the
/// summary of each person proposed: year of birth, sex, ethnicity, date of joining the Party, post, general
/// education, qualification and its field, political theory (reviews/papers.md §5: "Tờ trình / đề án nhân sự",
/// "Danh sách trích ngang … ABC order"; issue 14 §4).
///
/// The committee proposes ("cấp ủy triệu tập đại hội chuẩn bị … đề án nhân sự", QĐ 190-QĐ/TW), so the paper is
/// its own (`ConveningCommittee`), signed T/M CHI ỦY / T/M BAN CHẤP HÀNH. The make-up is counted from the list
/// the ballots print: re-elected (the election's `incumbents`) and new, women, ethnic minorities (an ethnicity
/// other than Kinh), under 40 at the congress (birth year only, as the credentials report counts ages).
public struct NominationsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// "Dưới 40 tuổi" — the young members a list is read for (the age band of the credentials breakdown).
    static let youngAge = 40

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let committee = ConveningCommittee(congress)
        let date = congress.sessions.first?.date ?? congress.officialSession.date
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let held = (elections ?? ElectionList(congress)).heldByCongress
        let elections: [TemplateValue] = held.enumerated().map { index, entry in
            let election = entry.election
            let people = VietnameseCollation.sorted(election.proposedByCommittee.compactMap { congress.person($0) }, byName: \.name,
                                                    tieBreak: .codePoints)
            let incumbents = Set(election.incumbents)
            let count = people.count
            // "2 đồng chí (50,00%)" of the list; "không có" for none (no "0 đồng chí (0,00%)").
            func share(_ n: Int) -> TemplateValue {
                .string(n == 0 ? "không có" : "\(f.count(n)) đồng chí (\(f.percent(n, of: count)))")
            }
            let reelected = people.filter { incumbents.contains($0.id) }.count
            let women = people.filter { $0.gender == .nu }.count
            let minorities = people.filter { ($0.ethnicity.map { $0 != "Kinh" }) ?? false }.count
            let young = people.filter { ($0.birthYear.map { date.year - $0 < Self.youngAge }) ?? false }.count
            let surplus = SurplusAssessment(seats: election.seats, candidates: count)
            return .object([
                "number": .string(RomanNumeral.string(index + 1)),
                "name": .string(entry.name),
                "seats": .string(f.count(election.seats)),
                "candidates": .string(f.count(count)),
                "has_surplus": .bool(surplus.surplus > 0),
                "surplus": .string(f.count(surplus.surplus)),
                "surplus_percent": .string(surplus.percentText(decimals: congress.settings.percentDecimals)),
                "reelected": share(reelected),
                "new": share(count - reelected),
                "women": share(women),
                "minorities": share(minorities),
                "young": share(young),
                "young_age": .string(String(Self.youngAge)),
                "names": .string(people.map(\.name).joined(separator: ", ")),
                "rows": .list(people.enumerated().map { Self.row(number: $0.offset + 1, person: $0.element) }),
            ])
        }
        templateValue = .object([
            "header": committee.header(congress, date: date).templateValue,
            "committee": .string(committee.name),
            "congress_name_term": .string(naming.nameWithTerm),
            "congress_name": .string(naming.name),
            "regulation": .string(ElectionRegulation.citation(for: date)),
            "elections": .list(elections),
            "signatures": .list([committee.signature.templateValue]),
        ])
    }

    /// One person proposed, as the summary list prints them.
    static func row(number: Int, person: Person) -> TemplateValue {
        // Trình độ: general education (stated, or implied by the qualification: `Person.schooling`), the
        // qualification and its field, political theory.
        let qualification = [Labels.education(person.education), person.expertise].compactMap { $0 }.joined(separator: " ")
        let levels = [person.schooling.map(Labels.schoolingGrades), qualification, "LLCT " + Labels.theory(person.politicalTheory).lowercased()]
        return .object([
            "number": .string(String(number)),
            "name": .string(DelegatesViewModel.unbrokenName(person.name)),
            "levels": .string(levels.compactMap { $0 }.joined(separator: "; ")),
            "birth_year": .string(person.birthYear.map(String.init) ?? "không rõ"),
            "gender": .string(Labels.gender(person.gender)),
            "ethnicity": .string(person.ethnicity ?? "không rõ"),
            "joined": .string(person.joinedParty.map(VietnameseDate.numeric) ?? "không rõ"),
            "position": .string(DelegatesViewModel.positionAndUnit(person)),
        ])
    }
}
