import CongressModel
import Template
import Vietnamese

/// Báo cáo tổng hợp ý kiến góp ý vào dự thảo văn kiện — what the congress said on the draft documents of the upper
/// level and of the national congress (Chỉ thị 45-CT/TW, task 2 of every congress), compiled by the presidium and sent
/// to the superior committee, as the resolution tasks it ("giao Đoàn Chủ tịch tiếp thu, tổng hợp đầy đủ, gửi …":
/// `ResolutionViewModel.draftComments`).
///
/// Grouped by whose congress the documents are for (`level`: the upper level's, then the national one, then those
/// not stated), then by document and by section, each with its counts: how many comments, how many members
/// commented; a table of the documents with the total comments first. Every figure is the data's or a sum of it
/// (a document's comments, when not stated, are its sections' when every section states them); the members are not
/// summed across documents (one member may comment on several).
public struct DraftCommentsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// A document's comments: as stated, else its sections' when each states them; `nil` when unknown.
    static func comments(_ entry: DraftComments) -> Int? {
        if let count = entry.count { return count }
        let counts = entry.sections.compactMap(\.count)
        guard !entry.sections.isEmpty, counts.count == entry.sections.count else { return nil }
        return counts.saturatingSum()
    }

    /// "Có 8 đồng chí tham gia góp ý với 12 ý kiến." and its shorter forms; "" when neither is known.
    static func countsSentence(comments: Int?, members: Int?, _ f: Figures) -> String {
        switch (comments, members) {
        case let (c?, m?): return "Có \(f.count(m)) đồng chí tham gia góp ý với \(f.count(c)) ý kiến."
        case let (c?, nil): return "Có \(f.count(c)) ý kiến góp ý."
        case let (nil, m?): return "Có \(f.count(m)) đồng chí tham gia góp ý."
        case (nil, nil): return ""
        }
    }

    /// ": 5 ý kiến (4 đồng chí)" after a section's title; "" when neither is known.
    static func sectionCounts(_ section: DraftSection, _ f: Figures) -> String {
        switch (section.count, section.members) {
        case let (c?, m?): return ": \(f.count(c)) ý kiến (\(f.count(m)) đồng chí)"
        case let (c?, nil): return ": \(f.count(c)) ý kiến"
        case let (nil, m?): return ": \(f.count(m)) đồng chí có ý kiến"
        case (nil, nil): return ""
        }
    }

    /// The group headings, by level; the unstated group is "các dự thảo văn kiện khác" only beside stated ones.
    static func heading(_ level: DraftLevel?, alone: Bool) -> String {
        switch level {
        case .upper: return "Góp ý vào dự thảo văn kiện đại hội cấp trên"
        case .national: return "Góp ý vào dự thảo văn kiện Đại hội đại biểu toàn quốc của Đảng"
        case nil: return alone ? "Góp ý vào dự thảo văn kiện" : "Góp ý vào các dự thảo văn kiện khác"
        }
    }

    public init(_ congress: Congress) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let naming = CongressNaming(congress)
        let number = DocumentNumbering.number(of: .draftComments, in: congress)
        let header = HeaderViewModel(congress, naming: naming, body: DocumentKind.draftComments.headerBody(in: congress),
                                     date: congress.officialSession.date, number: number)
        let levels: [DraftLevel?] = [.upper, .national, nil]
        let present = levels.filter { level in congress.draftComments.contains { $0.level == level } }
        var numbering = SectionNumbering()
        var documentNumber = 0
        var rows: [TemplateValue] = []
        let groups = present.map { level -> TemplateValue in
            let entries = congress.draftComments.filter { $0.level == level }
            let documents = entries.map { entry -> TemplateValue in
                documentNumber += 1
                let comments = Self.comments(entry)
                rows.append(.object([
                    "number": .string(String(documentNumber)),
                    "documents": .string(entry.documents.prefix(1).uppercased() + entry.documents.dropFirst()),
                    "count": .string(comments.map(f.count) ?? "—"),
                    "members": .string(entry.members.map(f.count) ?? "—"),
                ]))
                let sections = entry.sections.enumerated().map { index, section -> TemplateValue in
                    // "a) Phần thứ nhất: 5 ý kiến (4 đồng chí):" before its comments, each "– …;" and the last "– … ."
                    let opinions = section.opinions.enumerated().map { i, text -> TemplateValue in
                        .object(["text": .string(text + (i == section.opinions.count - 1 ? "." : ";"))])
                    }
                    let line = "\(PointLetters.marker(index)) \(section.title)\(Self.sectionCounts(section, f))"
                    return .object([
                        "line": .string(line + (opinions.isEmpty ? "." : ":")),
                        "has_opinions": .bool(!opinions.isEmpty),
                        "opinions": .list(opinions),
                    ])
                }
                let sentence = Self.countsSentence(comments: comments, members: entry.members, f)
                return .object([
                    "number": .string(String(documentNumber)),
                    "documents": .string(entry.documents.prefix(1).uppercased() + entry.documents.dropFirst()),
                    "counts": sentence.isEmpty ? .bool(false) : .string(sentence),
                    "summary": entry.summary.map { .string($0) } ?? .bool(false),
                    "sections": .list(sections),
                ])
            }
            return numbering.section(true, [
                "heading": .string(Self.heading(level, alone: present.count == 1)),
                "documents": .list(documents),
            ])
        }
        let counts = congress.draftComments.map(Self.comments)
        let total = counts.contains { $0 == nil } ? nil : counts.compactMap { $0 }.saturatingSum()
        templateValue = .object([
            "header": header.templateValue,
            "congress_name": .string(naming.name),
            "congress_name_term": .string(naming.nameWithTerm),
            "superior": .string(CommitteeName(of: congress.organisation.superior).committee),
            "directive": .string(CongressDirective.citation(for: congress.officialSession.date)),
            "groups": .list(groups),
            "rows": .list(rows),
            "total": .string(total.map(f.count) ?? "—"),
            "signatures": .list([SignatureViewModel.presidium(congress)].compactMap { $0?.templateValue }),
        ])
    }
}
