import CongressModel
import Template

/// The papers DaiHoi writes for one congress.
public enum DocumentKind: String, Sendable, CaseIterable, Comparable {
    /// Biên bản đại hội — the congress minutes.
    case minutes
    /// Kịch bản điều hành đại hội — the congress script.
    case script
    /// Phân công — one sheet per performer.
    case assignments
    /// Danh sách đại biểu — the delegate list.
    case delegates
    /// Phiếu bầu cử — the ballots of every election and round.
    case ballots
    /// Biên bản kiểm phiếu — the vote-counting minutes of every election and round.
    case voteCount = "vote-count"
    /// Báo cáo thẩm tra tư cách đại biểu — the credentials board's report (always applies).
    case credentials
    /// Báo cáo chính trị — the political report with its targets table.
    case report
    /// Nghị quyết đại hội — the congress resolution.
    case resolution
    /// Biên bản Hội nghị lần thứ nhất Ban Chấp hành (Chi ủy) khóa mới — the minutes of the new committee's first
    /// meeting (applies when it holds an election).
    case firstMeeting = "first-meeting"
    /// Chương trình đại hội — the programme handed out and voted at the opening (always applies).
    case programme
    /// Thể lệ bầu cử — the election rules the counting board reads (applies when the congress holds an election).
    case electionRules = "election-rules"
    /// Tờ trình nhân sự with the Danh sách trích ngang of those proposed (applies when the congress holds an election).
    case nominations
    /// Tờ trình đề nghị chuẩn y kết quả bầu cử — the new committee's request to the superior committee to approve
    /// the elections of the congress and of its first meeting (applies when an election other than the delegation's
    /// is held).
    case approvalRequest = "approval-request"
    /// Báo cáo kết quả đại hội — the new committee's report to the superior on the congress: attendance, each
    /// election's ballots and elected (applies when the congress holds an election).
    case resultsReport = "results-report"
    /// Thông báo kết quả đại hội — the new committee's notice of who was elected (applies when the congress holds
    /// an election).
    case resultsNotice = "results-notice"
    /// Quy chế làm việc của Đại hội — the congress's working rules, voted at the opening (always applies).
    case workingRules = "working-rules"
    /// Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy — the outgoing committee's review (applies when the data
    /// holds `committee_review`).
    case committeeReview = "committee-review"
    /// Diễn văn khai mạc — the printed opening speech (applies when the official session has an opening item with
    /// lines or `speeches.opening`).
    case openingSpeech = "opening-speech"
    /// Diễn văn bế mạc — the printed closing speech (likewise with its closing item or `speeches.closing`).
    case closingSpeech = "closing-speech"
    /// Giấy triệu tập / giấy mời — one sheet per person summoned and per guest (always applies).
    case summons
    /// Phiếu xin ý kiến — the ballot on the nominees from the floor and on those withdrawing, per election whose
    /// data holds the opinion (`floor_opinion:`).
    case opinionBallots = "opinion-ballots"
    /// Biên bản kiểm phiếu xin ý kiến — its count's minutes (Hướng dẫn 04-HD/TW, Phụ lục 2, Mẫu 5).
    case opinionCount = "opinion-count"
    /// Phiếu biểu quyết — the ballot of each motion voted by secret ballot (`motions[].secret`).
    case secretBallots = "secret-ballots"
    /// Biên bản kiểm phiếu biểu quyết — its count's minutes.
    case secretVoteCount = "secret-vote-count"
    /// Báo cáo tổng hợp ý kiến góp ý vào dự thảo văn kiện — the presidium's summary of the comments on the upper
    /// level's and the national congress's drafts (Chỉ thị 45-CT/TW task 2), when the data records any.
    case draftComments = "draft-comments"
    /// Biên bản kiểm đếm của tổ kiểm phiếu (phiếu kiểm) — one tally sheet per counting group for a board that counts
    /// by hand, per election and round (applies when the congress holds an election; `TallySheetsViewModel`).
    case tallySheets = "tally-sheets"
    /// Nhật ký nhập phiếu — every ballot of each round `daihoi count` counted, as each clerk entered it, with the
    /// head's decisions and the check code (applies when a round of `vote_count_results` carries its `entry_log`).
    case countLog = "count-log"

    /// Whether the paper reads the congress's elections (`ElectionList`): only those derive it, once per run
    /// (`Pipeline`), and a paper that does not is never handed the cost of counting.
    public var usesElections: Bool {
        switch self {
        case .minutes, .script, .assignments, .ballots, .voteCount, .resolution, .firstMeeting, .electionRules,
             .nominations, .approvalRequest, .resultsReport, .resultsNotice, .workingRules, .opinionBallots, .opinionCount,
             .tallySheets, .countLog:
            return true
        case .delegates, .credentials, .report, .programme, .committeeReview, .openingSpeech, .closingSpeech, .summons,
             .secretBallots, .secretVoteCount, .draftComments:
            return false
        }
    }

    /// The template that lays the paper out: `Templates/documents/<name>.xhtml`.
    public var templateName: String {
        switch self {
        // Both speeches are laid out alike.
        case .openingSpeech, .closingSpeech: return "documents/speech"
        default: return "documents/\(rawValue)"
        }
    }

    /// The view model of this paper for `congress`: every figure and string already computed.
    /// `elections`: the congress's elections with their results, derived once for all its papers (a dossier of
    /// 17 papers would otherwise count every election about ten times); nil derives them for this paper.
    public func viewModel(for congress: Congress, elections: ElectionList? = nil, options: PaperOptions = PaperOptions()) -> TemplateValue {
        let elections = elections ?? (usesElections ? ElectionList(congress) : nil)
        switch self {
        case .minutes: return MinutesViewModel(congress, elections: elections).templateValue
        case .script: return ScriptViewModel(congress, elections: elections).templateValue
        case .assignments: return AssignmentsViewModel(congress, elections: elections).templateValue
        case .delegates: return DelegatesViewModel(congress).templateValue
        case .ballots: return BallotsViewModel(congress, copies: options.ballotCopies, elections: elections).templateValue
        case .voteCount: return VoteCountViewModel(congress, elections: elections).templateValue
        case .credentials: return CredentialsViewModel(congress).templateValue
        case .report: return ReportViewModel(congress).templateValue
        case .resolution: return ResolutionViewModel(congress, elections: elections).templateValue
        case .firstMeeting: return FirstMeetingMinutesViewModel(congress, elections: elections).templateValue
        case .programme: return ProgrammeViewModel(congress).templateValue
        case .electionRules: return ElectionRulesViewModel(congress, elections: elections).templateValue
        case .nominations: return NominationsViewModel(congress, elections: elections).templateValue
        case .approvalRequest: return ApprovalRequestViewModel(congress, elections: elections).templateValue
        case .resultsReport: return ResultsReportViewModel(congress, elections: elections).templateValue
        case .resultsNotice: return ResultsNoticeViewModel(congress, elections: elections).templateValue
        case .workingRules: return WorkingRulesViewModel(congress, elections: elections).templateValue
        case .committeeReview: return CommitteeReviewViewModel(congress).templateValue
        case .openingSpeech: return SpeechViewModel(congress, .opening).templateValue
        case .closingSpeech: return SpeechViewModel(congress, .closing).templateValue
        case .summons: return SummonsViewModel(congress, limit: options.summonsLimit).templateValue
        case .opinionBallots: return OpinionBallotsViewModel(congress, copies: options.ballotCopies, elections: elections).templateValue
        case .opinionCount: return OpinionCountViewModel(congress, elections: elections).templateValue
        case .secretBallots: return SecretBallotsViewModel(congress, copies: options.ballotCopies).templateValue
        case .secretVoteCount: return SecretVoteCountViewModel(congress).templateValue
        case .draftComments: return DraftCommentsViewModel(congress).templateValue
        case .tallySheets: return TallySheetsViewModel(congress, elections: elections).templateValue
        case .countLog: return CountLogViewModel(congress, elections: elections).templateValue
        }
    }

    /// Whether the paper exists for `congress`: the election papers only when it holds elections, the report
    /// when it has a report or targets, the resolution when it has any of these or a resolution, the minutes when
    /// the official session's actual closing time is known.
    public func applies(to congress: Congress) -> Bool {
        switch self {
        case .ballots, .tallySheets: return !congress.elections.isEmpty
        // The papers that record a result exist once it is counted: one vote-count sheet per counted round, and
        // the summaries (first meeting, request for approval, report, notice) only when every election they
        // summarise is counted — before that they would print "bầu được 0 đồng chí" for a vote not yet held.
        case .voteCount: return congress.elections.contains(where: \.isCounted)
        case .resultsReport, .resultsNotice: return Self.allCounted(congress.elections)
        case .report: return congress.politicalReport != nil || !congress.targets.isEmpty
        case .resolution: return congress.resolution != nil || congress.politicalReport != nil || !congress.targets.isEmpty
        case .firstMeeting: return Self.allCounted(congress.elections.filter { congress.heldAtFirstMeeting($0) })
        case .electionRules, .nominations: return congress.elections.contains { !congress.heldAtFirstMeeting($0) }
        case .approvalRequest: return Self.allCounted(congress.elections.filter { !$0.body.isDelegation })
        case .opinionBallots, .opinionCount: return congress.elections.contains { $0.floorOpinion != nil }
        case .secretBallots, .secretVoteCount: return congress.motions.contains { $0.secret != nil }
        case .draftComments: return !congress.draftComments.isEmpty
        case .countLog: return CountLogViewModel.applies(to: congress)
        // A biên bản records what happened: without the actual closing time it cannot be written (no planned end
        // stands in for it).
        case .minutes: return congress.officialSession.closedAt != nil
        case .committeeReview: return congress.committeeReview != nil
        case .openingSpeech: return SpeechViewModel.applies(.opening, to: congress)
        case .closingSpeech: return SpeechViewModel.applies(.closing, to: congress)
        default: return true
        }
    }

    /// Some elections, every one counted (`Election.isCounted`).
    private static func allCounted(_ elections: [Election]) -> Bool {
        !elections.isEmpty && elections.allSatisfy(\.isCounted)
    }

    /// The keys of the congress file of which the data needs at least one for ``applies(to:)`` to hold
    /// (empty: the paper always applies); what a user is told when the paper cannot be made.
    public var needs: [String] {
        switch self {
        case .ballots, .electionRules, .nominations, .tallySheets: return ["elections"]
        case .report: return ["political_report", "targets"]
        case .resolution: return ["resolution", "political_report", "targets"]
        // The count of each election (`rounds`, or `vote_count_results` written by `daihoi count`).
        case .voteCount, .firstMeeting, .approvalRequest, .resultsReport, .resultsNotice: return ["elections[].rounds"]
        case .minutes: return ["sessions.official.closed_at"]
        case .committeeReview: return ["committee_review"]
        // An item of kind `opening` (`closing`) in the official session, with lines or this prose.
        case .openingSpeech: return ["sessions.official.items", "speeches.opening"]
        case .closingSpeech: return ["sessions.official.items", "speeches.closing"]
        case .opinionBallots, .opinionCount: return ["elections[].floor_opinion"]
        case .secretBallots, .secretVoteCount: return ["motions[].secret"]
        case .draftComments: return ["draft_comments"]
        case .countLog: return ["vote_count_results"]
        default: return []
        }
    }

    /// The paper's Vietnamese name, as a user is told about it ("báo cáo chính trị").
    public var title: String {
        switch self {
        case .minutes: return "biên bản đại hội"
        case .script: return "kịch bản điều hành đại hội"
        case .assignments: return "bảng phân công"
        case .delegates: return "danh sách đại biểu"
        case .ballots: return "phiếu bầu cử"
        case .voteCount: return "biên bản kiểm phiếu"
        case .credentials: return "báo cáo thẩm tra tư cách đại biểu"
        case .report: return "báo cáo chính trị"
        case .resolution: return "nghị quyết đại hội"
        case .firstMeeting: return "biên bản Hội nghị lần thứ nhất của cấp ủy khóa mới"
        case .programme: return "chương trình đại hội"
        case .electionRules: return "thể lệ bầu cử"
        case .nominations: return "tờ trình nhân sự và danh sách trích ngang"
        case .approvalRequest: return "tờ trình đề nghị chuẩn y kết quả bầu cử"
        case .resultsReport: return "báo cáo kết quả đại hội"
        case .resultsNotice: return "thông báo kết quả đại hội"
        case .workingRules: return "quy chế làm việc của đại hội"
        case .committeeReview: return "báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy"
        case .openingSpeech: return "diễn văn khai mạc"
        case .closingSpeech: return "diễn văn bế mạc"
        case .summons: return "giấy triệu tập, giấy mời"
        case .opinionBallots: return "phiếu xin ý kiến"
        case .opinionCount: return "biên bản kiểm phiếu xin ý kiến"
        case .secretBallots: return "phiếu biểu quyết"
        case .secretVoteCount: return "biên bản kiểm phiếu biểu quyết"
        case .draftComments: return "báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện"
        case .tallySheets: return "biên bản kiểm đếm của tổ kiểm phiếu"
        case .countLog: return "nhật ký nhập phiếu"
        }
    }

    public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
