import CongressModel
import Vietnamese

/// Hồ sơ đại hội — the congress dossier: every paper of the congress in the order the congress uses them, each
/// numbered and named for filing (issue 14, "The dossier in one command").
///
/// Hướng dẫn 62-HD/VPTW (2020) governs what a congress files, but its list could not be read (DOMAIN.md "Papers a
/// congress files"): the order is the order of the programme (reviews/papers.md §5), and which papers are
/// required is a setting (`dossier_required`) with a default by kind of congress.
public enum Dossier {
    /// The papers in the order the congress uses them: the programme and the working rules voted at the opening, the
    /// script and the assignments that run it, the list of those summoned with their summonses and invitations and the
    /// report on them, the opening speech, the political report and the committee's review, the summary of the comments
    /// on the draft documents discussed after them, then the election papers in the order they are used (the committee's
    /// proposal; the opinion asked on the nominees from the floor before the list is voted; the rules read out, the
    /// ballots, the counting groups' tally sheets, the count, the first meeting's elections; the motions voted by
    /// secret ballot after the elections), the resolution adopted at the close, the closing speech, and the minutes
    /// written last; then the new committee's papers to the superior after the congress (the request to approve its
    /// elections, the report on the congress, the notice of its results).
    public static let order: [DocumentKind] = [
        .programme, .workingRules, .script, .assignments, .delegates, .summons, .credentials, .openingSpeech, .report,
        .committeeReview, .draftComments,
        .nominations, .opinionBallots, .opinionCount, .electionRules, .ballots, .tallySheets, .voteCount, .countLog, .firstMeeting,
        .secretBallots, .secretVoteCount, .resolution, .closingSpeech, .minutes,
        .approvalRequest, .resultsReport, .resultsNotice,
    ]

    /// The papers a dossier needs by default (`settings.dossier_required` replaces the list): at every congress
    /// the programme, the working rules (reviews/papers.md §5: "every congress (short at CB)"), the script, the list of those summoned and the report on them, the political report, the resolution and
    /// the minutes (reviews/papers.md §5: "every congress"), and the proposal of nominees, the election rules, the ballots and their count, since every
    /// congress of a term elects its committee. A đại hội đại biểu also needs its committee's first meeting
    /// (Ban Thường vụ, Bí thư, Ủy ban Kiểm tra are elected there: DOMAIN.md "Who elects what"); a chi bộ may
    /// elect everything at the congress. UNCONFIRMED (62-HD/VPTW's list was not readable).
    public static func defaultRequired(for kind: CongressKind) -> [DocumentKind] {
        let common: [DocumentKind] = [.programme, .workingRules, .script, .delegates, .summons, .credentials, .report, .committeeReview, .nominations, .electionRules, .ballots, .voteCount, .resolution, .minutes]
        switch kind {
        case .dangVien: return common
        // The printed speeches: "ĐB routinely, CB sometimes" (reviews/papers.md §5).
        case .daiBieu: return common + [.firstMeeting, .openingSpeech, .closingSpeech]
        }
    }

    /// The paper's name in the dossier's index, by kind of congress where the paper's own title follows it
    /// ("Danh sách đảng viên dự Đại hội"; "Báo cáo tình hình đảng viên dự Đại hội" at a đại hội đảng viên, whose
    /// convening committee reports on the members: `CredentialsViewModel`).
    public static func title(of paper: DocumentKind, kind: CongressKind) -> String {
        switch paper {
        case .delegates: return "Danh sách \(kind.participantNoun) dự Đại hội"
        case .credentials:
            return kind == .dangVien ? "Báo cáo tình hình đảng viên dự Đại hội" : "Báo cáo thẩm tra tư cách đại biểu"
        default:
            let title = paper.title
            return title.prefix(1).uppercased() + title.dropFirst()
        }
    }

    /// "01-chuong-trinh-dai-hoi": the number on two digits, so a file list sorts in the dossier's order, then the
    /// title without diacritics.
    public static func fileName(number: Int, title: String) -> String {
        (number < 10 ? "0" : "") + "\(number)-" + VietnameseText.fileName(title)
    }

    /// Papers only some congresses have, made when something happened that the data records: the opinion asked on
    /// nominees from the floor or on withdrawals (`floor_opinion`), a motion voted by secret ballot (`secret`), a
    /// round counted by `daihoi count` (its entry log).
    /// Without it a congress has no such paper to file, so it is not listed as missing (unless `dossier_required`
    /// names it). The counting groups' tally sheets too: only a board that counts by hand uses them.
    public static let occasional: Set<DocumentKind> = [.opinionBallots, .opinionCount, .secretBallots, .secretVoteCount,
                                                       .tallySheets, .countLog]

    /// The papers that record what the congress did: the count of its votes, its committee's first meeting, its
    /// minutes and the papers sent up afterwards. Before the congress meets (`DossierPlan.beforeCongress`) they
    /// cannot exist yet, so the dossier made then (the papers sent to the members five days before) lists them as
    /// coming after the congress rather than as missing.
    public static let afterCongress: Set<DocumentKind> = [.voteCount, .firstMeeting, .minutes, .approvalRequest, .resultsReport, .resultsNotice]

    /// The index itself, filed first: "00-muc-luc-ho-so-dai-hoi".
    public static let indexFileName = "00-" + VietnameseText.fileName(indexTitle)
    /// "Mục lục hồ sơ Đại hội".
    public static let indexTitle = "Mục lục hồ sơ Đại hội"
}

/// The dossier of one congress: the papers its data makes, numbered in order, and those it cannot make yet, each
/// with the keys that would make it and whether the dossier requires it.
public struct DossierPlan: Sendable {
    /// A paper the data makes.
    public struct Paper: Sendable, Equatable {
        /// 1-based, in the dossier's order, without gaps.
        public let number: Int
        public let kind: DocumentKind
        /// Its name in the index.
        public let title: String
        /// "03-danh-sach-dang-vien-du-dai-hoi" (no extension).
        public let fileName: String
    }

    /// A paper the data cannot make yet.
    public struct Missing: Sendable, Equatable {
        public let kind: DocumentKind
        public let title: String
        /// The keys of which the data needs one (`DocumentKind.needs`).
        public let needs: [String]
        /// Whether the dossier requires it (the run then fails).
        public let required: Bool
        /// A paper of the congress's own record (`Dossier.afterCongress`) in a dossier made before the congress
        /// met: expected later, neither required nor missing yet.
        public var afterCongress: Bool = false
    }

    public let papers: [Paper]
    public let missing: [Missing]
    /// Trước đại hội — the data holds no count and no actual closing time: the dossier is the one prepared for the
    /// congress, and the papers that record it come after (`Dossier.afterCongress`).
    public let beforeCongress: Bool
    /// The names of `settings.dossier_required` that name no paper, with their 1-based position in the list.
    public let unknownRequired: [(position: Int, name: String)]

    public init(_ congress: Congress) {
        let kind = congress.details.kind
        var required = Set(Dossier.defaultRequired(for: kind))
        var unknown: [(position: Int, name: String)] = []
        if let names = congress.settings.dossierRequired {
            required = []
            for (index, name) in names.enumerated() {
                if let paper = DocumentKind(rawValue: name), Dossier.order.contains(paper) {
                    required.insert(paper)
                } else {
                    unknown.append((index + 1, name))
                }
            }
        }
        unknownRequired = unknown
        let beforeCongress = congress.officialSession.closedAt == nil && !congress.elections.contains(where: \.isCounted)
        self.beforeCongress = beforeCongress
        var papers: [Paper] = []
        var missing: [Missing] = []
        for paper in Dossier.order {
            let title = Dossier.title(of: paper, kind: kind)
            if paper.applies(to: congress) {
                let number = papers.count + 1
                papers.append(Paper(number: number, kind: paper, title: title,
                                    fileName: Dossier.fileName(number: number, title: title)))
            } else if Dossier.occasional.contains(paper), !required.contains(paper) {
                // Nothing of the kind happened at this congress (no nominee from the floor, no secret motion).
                continue
            } else if paper == .firstMeeting, !required.contains(paper), !congress.elections.isEmpty {
                // Not missing: the congress holds every election itself (a chi bộ electing its bí thư directly),
                // so its committee's first meeting elects nobody and has no minutes to file.
                continue
            } else if beforeCongress, Dossier.afterCongress.contains(paper) {
                missing.append(Missing(kind: paper, title: title, needs: paper.needs, required: false, afterCongress: true))
            } else {
                missing.append(Missing(kind: paper, title: title, needs: paper.needs, required: required.contains(paper)))
            }
        }
        self.papers = papers
        self.missing = missing
    }

    /// The paper names `dossier_required` accepts (the `--doc` names of the dossier's papers).
    public static var paperNames: [String] { Dossier.order.map(\.rawValue) }
}
