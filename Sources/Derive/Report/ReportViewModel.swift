import CongressModel
import Template
import Vietnamese

/// Báo cáo chính trị — the political report (DOMAIN.md §2 f): Part I, the term's results (with the targets
/// table), limitations and causes, lessons; Part II, directions, the general goal, the new term's targets,
/// tasks and solutions, breakthroughs. Parts without data are left out and the rest renumbered.
public struct ReportViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let terms = TermNaming(congress)
        let report = congress.politicalReport ?? PoliticalReport()
        let summary = TargetSummary(congress)
        let wording = TargetWording(percentDecimals: congress.settings.percentDecimals)
        let date = (congress.preparatorySession ?? congress.officialSession).date
        let header = HeaderViewModel(congress, naming: naming, date: date,
                                     number: DocumentNumbering.number(of: .report, in: congress))
        let rows = summary.targets.enumerated().map { wording.row($1, number: $0 + 1) }
        let partOne: [Section] = [
            Section(heading: "KẾT QUẢ ĐẠT ĐƯỢC", intro: summary.assessed > 0 ? wording.summary(summary) : nil,
                    table: rows, subsections: report.results.enumerated().map { index, field in
                        Subsection(heading: "\(index + 1). \(field.field)", prose: field.text)
                    }),
            Section(heading: "HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", prose: report.limitations),
            Section(heading: "BÀI HỌC KINH NGHIỆM", prose: report.lessons),
        ]
        let partTwo: [Section] = [
            Section(heading: "PHƯƠNG HƯỚNG", prose: report.directions),
            Section(heading: "MỤC TIÊU TỔNG QUÁT", prose: report.generalGoal),
            Section(heading: "CÁC CHỈ TIÊU CHỦ YẾU \(VietnameseText.uppercased(terms.newTerm))",
                    sentences: summary.newTerm.map(wording.newTarget)),
            Section(heading: "NHIỆM VỤ VÀ GIẢI PHÁP", prose: report.tasks),
            Section(heading: "CÁC KHÂU ĐỘT PHÁ", prose: report.breakthroughs),
        ]
        let signature = SignatureViewModel(authority: "T/M \(VietnameseText.uppercased(Self.committeeWord(congress)))",
                                           title: "BÍ THƯ", name: SignatureViewModel.presidium(congress)?.name ?? "")
        templateValue = .object([
            "document_title": .string("\(report.title) — \(naming.nameWithTerm)"),
            "header": header.templateValue,
            "title": .string(VietnameseText.uppercased(report.title)),
            "subject": .string("của \(terms.outgoingCommittee) trình \(naming.nameWithTerm)"),
            "part_one": .string(VietnameseText.uppercased(
                "Kết quả thực hiện Nghị quyết \(terms.pastCongress), \(terms.pastTerm)")),
            "part_one_sections": Section.numbered(partOne),
            "part_two": .string(VietnameseText.uppercased(
                "Phương hướng, mục tiêu, nhiệm vụ và giải pháp \(terms.newTerm)")),
            "part_two_sections": Section.numbered(partTwo),
            "signatures": .list([signature.templateValue]),
        ])
    }

    /// "Ban Chấp hành Đảng bộ" or "Chi ủy" — who signs the report.
    static func committeeWord(_ congress: Congress) -> String {
        congress.organisation.level == .chiBo ? "Chi ủy" : "Ban Chấp hành Đảng bộ"
    }
}

/// One numbered section (I., II. …) of a report or resolution: an intro sentence, the targets table,
/// sentences, Markdown prose and numbered subsections; a section with none of these is left out.
struct Section {
    var heading: String
    var intro: String? = nil
    var table: [TemplateValue] = []
    var sentences: [String] = []
    var prose: String? = nil
    var subsections: [Subsection] = []

    var isEmpty: Bool {
        intro == nil && table.isEmpty && sentences.isEmpty && subsections.isEmpty
            && (prose ?? "").allSatisfy(\.isWhitespace)
    }

    /// The sections that have content, numbered "I.", "II." … in order.
    static func numbered(_ sections: [Section]) -> TemplateValue {
        .list(sections.filter { !$0.isEmpty }.enumerated().map { index, s in
            .object([
                "heading": .string("\(RomanNumeral.string(index + 1)). \(s.heading)"),
                "has_intro": .bool(s.intro != nil),
                "intro": .string(s.intro ?? ""),
                "has_table": .bool(!s.table.isEmpty),
                "rows": .list(s.table),
                "sentences": .list(s.sentences.map { .string($0) }),
                "blocks": ProseViewModel.blocks(s.prose),
                "subsections": .list(s.subsections.map(\.templateValue)),
            ])
        })
    }
}

/// A numbered subsection ("1. Về phát triển kinh tế") with its prose.
struct Subsection {
    var heading: String
    var prose: String?

    var templateValue: TemplateValue {
        .object(["heading": .string(heading), "blocks": ProseViewModel.blocks(prose)])
    }
}
