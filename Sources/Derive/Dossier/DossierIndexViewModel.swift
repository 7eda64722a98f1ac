import CongressModel
import Template
import Vietnamese

/// Mục lục hồ sơ Đại hội — the index of the congress dossier: each paper with its number and, when its PDF was
/// printed, its page count, then the papers the data cannot make yet with what would make them.
///
/// Filed by the convening committee (`ConveningCommittee`), which keeps the dossier (Hướng dẫn 62-HD/VPTW on
/// congress dossiers; its exact list could not be read, so the papers follow the programme: `Dossier.order`).
public struct DossierIndexViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// `pages`: each paper's page count, by file name, when PDFs were printed (empty otherwise: no page column).
    public init(_ congress: Congress, plan: DossierPlan, pages: [String: Int] = [:]) {
        let naming = CongressNaming(congress)
        let committee = ConveningCommittee(congress)
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let counted = !pages.isEmpty
        let rows: [TemplateValue] = plan.papers.map { paper in
            .object([
                "number": .string(String(paper.number)),
                "title": .string(paper.title),
                "pages": .string(pages[paper.fileName].map { f.count($0) } ?? ""),
            ])
        }
        let missing: [TemplateValue] = plan.missing.map { paper in
            .object([
                "title": .string(paper.title),
                "needs": .string(paper.needs.joined(separator: " hoặc ")),
                "required": .bool(paper.required),
                "after_congress": .bool(paper.afterCongress),
            ])
        }
        let total = plan.papers.compactMap { pages[$0.fileName] }.reduce(0, +)
        templateValue = .object([
            "header": committee.header(congress, date: congress.officialSession.date).templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "rows": .list(rows),
            "has_pages": .bool(counted),
            "total_pages": .string(f.count(total)),
            "missing": .list(missing),
            "has_missing": .bool(!missing.isEmpty),
        ])
    }
}

extension DossierIndexViewModel {
    /// `Templates/documents/dossier-index.xhtml`.
    public static let templateName = "documents/dossier-index"
}
