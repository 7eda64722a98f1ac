import CongressModel
import Vietnamese

/// Cơ quan ban hành — who issues each paper, and so which body line, if any, its header prints under the congress.
/// The one place this is decided; every header reads it (``DocumentKind/headerBody(in:)``).
///
/// Source: Hướng dẫn 36-HD/VPTW (DOMAIN.md §1 "Congress documents" [CONFIRMED, S6–S8]): the issuer of congress
/// papers is the congress ("đại hội đại biểu" / "đại hội đảng viên", lần thứ …); "documents of the Đoàn chủ tịch,
/// Đoàn thư ký, Ban thẩm tra tư cách đại biểu and Ban kiểm phiếu name that body, with the congress above it".
/// - The congress's own papers name no body: the minutes (biên bản đại hội) are the congress's record, kept by
///   the secretaries but not their paper — the minutes template (nguvan.edu.vn, reviews/papers.md §1) heads them
///   "ĐẠI HỘI ĐẢNG BỘ (CHI BỘ) … LẦN THỨ … / *" with no body line; so the resolution, programme, script, rules.
/// - Ban kiểm phiếu: every vote-count minutes (of an election, of the opinion on the floor's nominees, of a secret
///   motion), at the congress or at the first meeting, under the meeting's committee; its groups' tally sheets
///   and the entry log of `daihoi count`, which are its papers too.
/// - Ban thẩm tra tư cách đại biểu: its report, at a đại hội đại biểu only; without a board the presidium reports.
///   A đại hội đảng viên elects no board (QĐ 29-QĐ/TW mục 12.2): the convening committee reports under its own
///   header (`ConveningCommittee`), which is not a congress body.
/// - Đoàn chủ tịch: the summary of the comments on the draft documents, which the presidium presents.
/// One person is no body (DOMAIN.md "One person"; `WorkingBody`): a single chair or secretary adds no line,
/// the paper is then the congress's.
public enum IssuingBody: Sendable, Equatable {
    /// The congress itself (or, at the first meeting, the new committee): no body line.
    case congress
    /// A working body of the congress (or the first meeting's counting board).
    case workingBody(WorkingBodyKind)
    /// The convening committee (cấp ủy triệu tập), under its own header: at a đại hội đảng viên, its report on
    /// the members attending.
    case conveningCommittee
}

extension DocumentKind {
    /// Who issues this paper at `congress` (see ``IssuingBody``).
    public func issuingBody(in congress: Congress) -> IssuingBody {
        switch self {
        case .voteCount, .opinionCount, .secretVoteCount, .tallySheets, .countLog:
            return .workingBody(.voteCounting)
        case .credentials:
            guard congress.details.kind == .daiBieu else { return .conveningCommittee }
            return .workingBody(congress.bodies.credentials.isEmpty ? .presidium : .credentials)
        case .draftComments:
            return .workingBody(.presidium)
        default:
            return .congress
        }
    }

    /// The line the header prints under the congress ("BAN KIỂM PHIẾU"); `nil` for a paper of the congress, of the
    /// convening committee, or of a body of one person.
    public func headerBody(in congress: Congress) -> String? {
        guard case .workingBody(let body) = issuingBody(in: congress) else { return nil }
        switch body {
        case .presidium, .secretariat:
            let count = body.members(of: congress).count
            return count > 1 ? VietnameseText.uppercased(body.label(count: count)) : nil
        case .credentials, .voteCounting:
            return VietnameseText.uppercased(body.label(count: body.members(of: congress).count))
        }
    }
}
