import CongressModel
import Vietnamese

/// Số văn bản — one counter from 01 shared by every numbered paper of the congress and its bodies
/// (DOMAIN.md §1: "ghi liên tục từ số 01 chung cho tất cả các tên loại văn bản của đại hội, đoàn chủ tịch,
/// đoàn thư ký, ban thẩm tra tư cách đại biểu, ban kiểm phiếu… (tính từ khi bắt đầu phiên trù bị) đến hết
/// ngày bế mạc đại hội").
///
/// The papers are counted in the order they are issued: the credentials report (preparatory session; only at
/// a đại hội đại biểu — at a đại hội đảng viên the report on the members attending is the convening committee's
/// paper, not the congress's, QĐ 29-QĐ/TW mục 12.2), the
/// political report (when the congress issues it, `settings.report_issuer: congress`; by default it is the outgoing
/// committee's paper, numbered in the committee's series: `committeeReportNumber`), one vote-counting minutes per
/// round of an election the congress holds (after the counts of the floor opinions, as the dossier files them), the minutes of
/// each motion voted by secret ballot, the resolution, and the congress minutes
/// (closed last). The report and the resolution keep their place in the count whether or not they apply;
/// a number stated in `document_numbers` wins over the counted one. The first meeting of the new committee
/// numbers its own papers (`Paper.firstMeetingVoteCount`).
public enum DocumentNumbering {
    /// A numbered paper: a whole document, or one vote-counting minutes (its 1-based sheet).
    public enum Paper: Hashable, Sendable {
        case document(DocumentKind)
        case voteCount(sheet: Int)
        /// One vote-counting minutes of the new committee's first meeting (its 1-based sheet): its own series
        /// from 01, "…-BB/HN" (DOMAIN.md "Who elects what": the first meeting has its own numbering).
        case firstMeetingVoteCount(sheet: Int)
        /// The minutes of the opinion on the floor nominees of election `election` (its id), counted before that
        /// election's list is voted, so just before its own vote-count minutes.
        case opinionCount(election: String)
        /// The minutes of the `sheet`-th motion voted by secret ballot, after the elections' counts.
        case secretVoteCount(sheet: Int)
    }

    /// The papers in order of issue with their type code (BC báo cáo, BB biên bản, NQ nghị quyết).
    public static func order(in congress: Congress) -> [(paper: Paper, code: String)] {
        // The floor opinions' counts (each before its election's list is voted), then one minutes per round of the
        // elections (sheets numbered across them, as `VoteCountViewModel` counts them): in the dossier's order, so
        // the numbers run up through the filed papers.
        let held = congress.elections.filter { !congress.heldAtFirstMeeting($0) }
        let opinions = held.filter { $0.floorOpinion != nil }.map { (paper: Paper.opinionCount(election: $0.id), code: "BB") }
        let sheets = held.reduce(0) { $0 + $1.rounds.count }
        let counts = opinions + (0..<sheets).map { (paper: Paper.voteCount(sheet: $0 + 1), code: "BB") }
        let secret = congress.motions.filter { $0.secret != nil }.indices.map { (paper: Paper.secretVoteCount(sheet: $0 + 1), code: "BB") }
        let credentials: [(paper: Paper, code: String)] =
            congress.details.kind == .daiBieu ? [(.document(.credentials), "BC")] : []
        // The political report is in the congress's series only when the congress issues it (`settings.report_issuer`).
        let report: [(paper: Paper, code: String)] =
            congress.settings.reportIssuer == .congress ? [(.document(.report), "BC")] : []
        // The summary of the comments on the drafts, sent up by the presidium, after the political report discussed.
        let comments: [(paper: Paper, code: String)] = congress.draftComments.isEmpty ? [] : [(.document(.draftComments), "BC")]
        return credentials + report + comments + counts + secret
            + [(.document(.resolution), "NQ"), (.document(.minutes), "BB")]
    }

    /// "02-BC/ĐH"; `nil` for a paper that carries no number.
    public static func number(of paper: Paper, in congress: Congress) -> String? {
        if case .document(let kind) = paper, let stated = congress.documentNumbers[kind.rawValue] { return stated }
        if case .firstMeetingVoteCount(let sheet) = paper { return "\(VietnameseNumber.padded2(sheet))-BB/HN" }
        if paper == .document(.firstMeeting) {
            // Closed last at the meeting: after its vote-count minutes.
            let sheets = congress.elections.filter { congress.heldAtFirstMeeting($0) }.reduce(0) { $0 + $1.rounds.count }
            return "\(VietnameseNumber.padded2(sheets + 1))-BB/HN"
        }
        let order = order(in: congress)
        guard let index = order.firstIndex(where: { $0.paper == paper }) else { return nil }
        return "\(VietnameseNumber.padded2(index + 1))-\(order[index].code)/ĐH"
    }

    /// The number of the political report in the outgoing committee's series, "…-BC/HU" (`CommitteeName.symbol`):
    /// the one stated in `document_numbers.report`, else the series with the number left blank for the office to
    /// fill in (the committee numbers its papers over its whole term, which the file does not know).
    public static func committeeReportNumber(in congress: Congress) -> String {
        committeeNumber(of: .report, code: "BC", in: congress)
    }

    /// The number of a paper the outgoing committee issues to the congress (`kind`, type code `code`) in its series:
    /// stated in `document_numbers`, else the blank number "     -BC/HU" the office fills in.
    public static func committeeNumber(of kind: DocumentKind, code: String, in congress: Congress) -> String {
        congress.documentNumbers[kind.rawValue]
            ?? "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}-\(code)/\(CommitteeName(congress).symbol)"
    }

    /// The number of a whole document.
    public static func number(of kind: DocumentKind, in congress: Congress) -> String? {
        number(of: .document(kind), in: congress)
    }
}
