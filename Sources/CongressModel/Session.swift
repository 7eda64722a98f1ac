import Diagnostics
import Elections
import Vietnamese

/// Phiên họp — one session of the congress (trù bị or chính thức).
public struct Session: Sendable, Equatable {
    public var kind: SessionKind
    /// Ngày họp.
    public var date: CalendarDate
    /// Giờ bắt đầu.
    public var start: ClockTime
    /// Giờ kết thúc dự kiến (planned end; the computed schedule is checked against it).
    public var plannedEnd: ClockTime?
    /// Giờ bế mạc thực tế — the actual closing time (`closed_at`), entered after the session; the minutes record it
    /// and never the planned end, which is a forecast (a biên bản records what happened: HD 36-HD/VPTW, biên bản).
    public var closedAt: ClockTime?
    /// Chương trình — the programme, in order.
    public var items: [ProgrammeItem]
    public var location: SourceLocation?

    public init(kind: SessionKind, date: CalendarDate, start: ClockTime, plannedEnd: ClockTime? = nil,
                closedAt: ClockTime? = nil, items: [ProgrammeItem], location: SourceLocation? = nil) {
        self.kind = kind
        self.date = date
        self.start = start
        self.plannedEnd = plannedEnd
        self.closedAt = closedAt
        self.items = items
        self.location = location
    }
}

/// Which session.
public enum SessionKind: String, Sendable, Equatable, CaseIterable {
    /// Phiên trù bị.
    case preparatory
    /// Phiên chính thức.
    case official
}

/// One item of a session's programme: what happens, for how long, who does it and what they read.
public struct ProgrammeItem: Sendable, Equatable {
    /// Nội dung — what happens, e.g. "Báo cáo tình hình đại biểu dự đại hội".
    public var title: String
    /// Thời lượng — duration in minutes.
    public var minutes: Int
    /// Người thực hiện — the person who performs it; `nil` while not yet assigned (a warning).
    public var performer: PersonID?
    /// The item's role in the congress, for items whose wording or figures come from the data.
    public var kind: ItemKind
    /// Lời dẫn — the lines the performer reads, as typed (never interpreted).
    public var lines: String?
    /// The document presented, for a report item, e.g. "Báo cáo chính trị".
    public var document: String?
    /// The ids of the elections (`elections[].id`) the congress holds in this item; the script reads their
    /// name, places and list from the one election list, so it cannot name an election the other papers do not.
    public var elections: [String] = []
    /// Đồng chí được mời — the guest invited to speak at this item (the superior's representative at a
    /// `superior-speech`): invited, not assigned, so no phân công sheet is his; the `performer` (the chair) reads
    /// the invitation (reviews/papers.md §2.3).
    public var invited: PersonID? = nil
    /// The working bodies an `elect-bodies` item elects (`bodies:`); `nil` takes `WorkingBodyKind.electedAtOpening`
    /// (the Ban Kiểm phiếu is then elected in the first election block).
    public var bodies: [WorkingBodyKind]? = nil
    public var location: SourceLocation?

    public init(title: String, minutes: Int, performer: PersonID? = nil, kind: ItemKind = .other,
                lines: String? = nil, document: String? = nil, location: SourceLocation? = nil) {
        self.title = title
        self.minutes = minutes
        self.performer = performer
        self.kind = kind
        self.lines = lines
        self.document = document
        self.location = location
    }
}

/// What a programme item is, where the documents need to know.
public enum ItemKind: String, Sendable, Equatable, CaseIterable {
    /// Chào cờ — flag ceremony.
    case flag
    /// Bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra, Ban Kiểm phiếu — the script reads the names from `bodies`.
    case electBodies = "elect-bodies"
    /// Thông qua chương trình, quy chế — a show-of-hands motion.
    case adopt
    /// Báo cáo tình hình đại biểu / đảng viên dự đại hội — the script reads every attendance figure.
    case attendance
    /// Khai mạc — opening speech.
    case opening
    /// A report presented (`document` names it); listed in the minutes as heard.
    case report
    /// Thảo luận — discussion.
    case discussion
    /// Phát biểu của đại biểu cấp trên — the superior's speech.
    case superiorSpeech = "superior-speech"
    /// Bầu cử — an election.
    case election
    /// Thông qua nghị quyết.
    case resolution
    /// Bế mạc — closing.
    case closing
    /// Nghỉ giải lao, nghỉ trưa — a break: nobody performs it; the script prints it as a break.
    case recess = "break"
    /// Anything else.
    case other
}

/// Ý kiến thảo luận — a contribution to the discussion.
public struct Discussion: Sendable, Equatable {
    public var speaker: PersonID
    /// Chủ đề — the topic.
    public var topic: String

    public init(speaker: PersonID, topic: String) {
        self.speaker = speaker
        self.topic = topic
    }
}

/// Biểu quyết — a motion voted by show of hands (giơ tay / giơ thẻ đảng).
public struct Motion: Sendable, Equatable {
    /// Nội dung biểu quyết, e.g. "Thông qua chương trình đại hội".
    public var subject: String
    public var session: SessionKind
    /// Tán thành.
    public var inFavour: Int
    /// Không tán thành.
    public var against: Int
    /// Không biểu quyết (abstained or did not vote).
    public var abstained: Int
    /// The vote that adopts the congress resolution (`resolution: true`): the resolution then says how it
    /// was adopted, "nhất trí" only when nobody voted against or abstained.
    public var adoptsResolution: Bool
    /// The vote that approves the congress minutes after they are read (`minutes: true`): the minutes close on
    /// it ("… đại biểu dự Đại hội nhất trí thông qua"); without one they do not say they were approved.
    public var approvesMinutes: Bool = false
    /// The vote that adopts the congress's quy chế làm việc (`working_rules: true`): the working rules then say
    /// when the congress adopted them (`WorkingRulesViewModel`).
    public var adoptsWorkingRules: Bool = false
    /// The working bodies this vote elects (`elects: [presidium, secretariat]`): the minutes record the vote
    /// under the bodies it elected, and print no figures for a body no vote names.
    public var elects: [WorkingBodyKind] = []
    /// Biểu quyết bằng phiếu kín — the counted ballots when the congress voted the motion by secret ballot
    /// (`secret:`); `inFavour` and `against` are then ballots, counted on the valid ones (`SecretVoteRules`).
    public var secret: BallotCounts? = nil
    /// Exclusions from the base of a secret vote (those of the election threshold, QĐ 24-QĐ/TW mục 9.3).
    public var secretBaseExclusions: [BaseExclusion] = []
    public var location: SourceLocation?

    public init(subject: String, session: SessionKind, inFavour: Int, against: Int = 0, abstained: Int = 0,
                adoptsResolution: Bool = false, location: SourceLocation? = nil) {
        self.subject = subject
        self.session = session
        self.inFavour = inFavour
        self.against = against
        self.abstained = abstained
        self.adoptsResolution = adoptsResolution
        self.location = location
    }
}
