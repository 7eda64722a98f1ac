import CongressModel
import Template
import Vietnamese

/// Nghị quyết đại hội — the resolution (DOMAIN.md §2 c): the preamble, "ĐẠI HỘI … QUYẾT NGHỊ:", numbered points.
///
/// By default point I approves the report with its results (the targets, worded by `TargetWording` exactly as
/// in the report), the general goal, the new term's targets, the tasks and breakthroughs; `resolution.points`
/// given in the data replace it. Then the election results, when elections were held, and carrying it out.
public struct ResolutionViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let terms = TermNaming(congress)
        let date = congress.officialSession.date
        let header = HeaderViewModel(congress, naming: naming, date: date,
                                     number: DocumentNumbering.number(of: .resolution, in: congress))
        var points = congress.resolution.map { $0.points.map { Point(heading: $0.title, prose: $0.text) } } ?? []
        if points.isEmpty { points = [Self.approval(congress, terms: terms)] }
        if let elected = Self.elections(congress) { points.append(elected) }
        points.append(Point(heading: "Giao \(terms.incomingCommittee) căn cứ Nghị quyết Đại hội xây dựng chương trình "
                                + "hành động, lãnh đạo, chỉ đạo tổ chức thực hiện thắng lợi Nghị quyết.",
                            prose: congress.resolution?.implementation))
        let start = (congress.preparatorySession ?? congress.officialSession).date
        let dates = start == date ? VietnameseDate.long(date)
            : "từ \(VietnameseDate.long(start)) đến \(VietnameseDate.long(date))"
        templateValue = .object([
            "document_title": .string("Nghị quyết \(naming.nameWithTerm)"),
            "header": header.templateValue,
            "subject": .string(naming.nameWithTerm),
            "preamble": .string("\(naming.nameWithTerm) họp \(dates), tại \(congress.details.venue)."),
            "basis": .string("Trên cơ sở thảo luận, đóng góp ý kiến vào \(Self.reportTitle(congress).lowercasedFirst) của "
                + "\(terms.outgoingCommittee)\(congress.elections.isEmpty ? "" : " và kết quả bầu cử tại Đại hội"),"),
            "congress_upper": .string(VietnameseText.uppercased(naming.name)),
            "points": .list(points.enumerated().map { $1.templateValue(number: $0 + 1) }),
            "adopted": .string("Nghị quyết này được \(naming.nameWithTerm) nhất trí thông qua \(VietnameseDate.long(date))."),
            "signatures": .list([SignatureViewModel.presidium(congress)].compactMap { $0?.templateValue }),
        ])
    }
}

private extension ResolutionViewModel {
    static func reportTitle(_ congress: Congress) -> String {
        congress.politicalReport?.title ?? "Báo cáo chính trị"
    }

    /// Point I: approving the report, with the results and the new term's targets stated as the report states them.
    static func approval(_ congress: Congress, terms: TermNaming) -> Point {
        let summary = TargetSummary(congress)
        let wording = TargetWording(percentDecimals: congress.settings.percentDecimals)
        let report = congress.politicalReport
        var subpoints: [SubPoint] = []
        if summary.assessed > 0 || !(report?.results.isEmpty ?? true) {
            subpoints.append(SubPoint(
                heading: "Về kết quả thực hiện Nghị quyết \(terms.pastCongress), \(terms.pastTerm)",
                sentences: (summary.assessed > 0 ? [wording.summary(summary)] : [])
                    + summary.targets.filter { $0.status != nil }.map(wording.result)))
        }
        if let goal = report?.generalGoal { subpoints.append(SubPoint(heading: "Mục tiêu tổng quát", prose: goal)) }
        if !summary.newTerm.isEmpty {
            subpoints.append(SubPoint(heading: "Các chỉ tiêu chủ yếu \(terms.newTerm)",
                                      sentences: summary.newTerm.map(wording.newTarget)))
        }
        if let tasks = report?.tasks { subpoints.append(SubPoint(heading: "Nhiệm vụ và giải pháp", prose: tasks)) }
        if let breakthroughs = report?.breakthroughs {
            subpoints.append(SubPoint(heading: "Các khâu đột phá", prose: breakthroughs))
        }
        return Point(heading: "Tán thành những nội dung cơ bản về đánh giá kết quả thực hiện Nghị quyết "
                        + "\(terms.pastCongress), \(terms.pastTerm) và phương hướng, mục tiêu, nhiệm vụ, giải pháp "
                        + "\(terms.newTerm) nêu trong \(reportTitle(congress)) của \(terms.outgoingCommittee) trình Đại hội.",
                     subpoints: subpoints)
    }

    /// The election results, read from `ElectionOutcome` (as the vote-counting minutes read them).
    static func elections(_ congress: Congress) -> Point? {
        let outcomes = congress.elections.map { ElectionOutcome($0, congress: congress) }.filter { !$0.elected.isEmpty }
        guard !outcomes.isEmpty else { return nil }
        let subpoints = outcomes.map { outcome in
            let names = outcome.elected.compactMap { congress.person($0.person)?.name }
            let body = ElectedBodyNaming.nameWithTerm(outcome.election.body, congress: congress)
            let count = VietnameseNumber.padded2(names.count)
            return SubPoint(heading: names.count == 1 ? "\(body): đồng chí \(names[0])."
                                : "\(body) gồm \(count) đồng chí:", names: names.count == 1 ? [] : names)
        }
        return Point(heading: "Thông qua kết quả bầu cử tại Đại hội:", subpoints: subpoints)
    }
}

/// One decision point ("I. …") with its prose and numbered subpoints.
struct Point {
    var heading: String
    var prose: String? = nil
    var subpoints: [SubPoint] = []

    func templateValue(number: Int) -> TemplateValue {
        .object([
            "heading": .string("\(RomanNumeral.string(number)). \(heading)"),
            "blocks": ProseViewModel.blocks(prose),
            "subpoints": .list(subpoints.enumerated().map { $1.templateValue(number: $0 + 1) }),
        ])
    }
}

/// "1. Về kết quả …" with sentences, prose or a list of names.
struct SubPoint {
    var heading: String
    var sentences: [String] = []
    var prose: String? = nil
    var names: [String] = []

    func templateValue(number: Int) -> TemplateValue {
        .object([
            "heading": .string("\(number). \(heading)"),
            "sentences": .list(sentences.map { .string($0) }),
            "blocks": ProseViewModel.blocks(prose),
            "has_names": .bool(!names.isEmpty),
            "names": .list(names.map { .string($0) }),
        ])
    }
}

extension String {
    /// "báo cáo chính trị" from "Báo cáo chính trị" (only the first letter).
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
