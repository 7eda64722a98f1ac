import Diagnostics
import Vietnamese

/// Hội nghị lần thứ nhất Ban Chấp hành (Chi ủy) khóa mới — the first meeting of the committee the congress
/// elected, held during or right after the congress.
///
/// DOMAIN.md "Who elects what" [CONFIRMED] (baohagiang.vn, Đại hội XVII Đảng bộ tỉnh Hà Giang): Ban Thường vụ,
/// Bí thư, Phó Bí thư, Ủy ban Kiểm tra and its Chủ nhiệm are elected by the new committee at its first meeting,
/// which has its own chair (chủ trì, from the new committee), its own counting board (its members), its own
/// papers (headed by the committee, numbered in their own series, "thông qua trước Hội nghị").
/// Its elections stay in `elections:`; which ones it holds follows from the body (`Congress.electsAtCongress`).
public struct FirstMeeting: Sendable, Equatable {
    /// Ngày họp — the day of the meeting; `nil` takes the day of the official session.
    public var date: CalendarDate?
    /// Chủ trì hội nghị — who chairs it (members of the new committee; the first one signs).
    public var chair: [PersonID]
    /// Ban Kiểm phiếu của Hội nghị — the counting board, drawn from the new committee (first member is its head).
    public var voteCounting: [PersonID]
    /// Vắng mặt — the committee members absent from the meeting (the others are present); none by default.
    public var absent: [PersonID] = []
    /// Thư ký Hội nghị — who keeps the meeting's minutes and signs them beside the chair; none by default.
    public var secretary: [PersonID] = []
    /// Biểu quyết bầu Ban Kiểm phiếu — the show of hands electing the counting board (DOMAIN.md §2 a, "Voting
    /// method" [CONFIRMED]: working bodies are elected by show of hands); `nil` when the data does not record it.
    public var boardVote: ShowOfHands?
    /// Biểu quyết thông qua biên bản — the show of hands approving the meeting's minutes; `nil` when not recorded.
    public var minutesVote: ShowOfHands?
    /// Where `first_meeting:` stands in the YAML.
    public var location: SourceLocation?

    public init(date: CalendarDate? = nil, chair: [PersonID] = [], voteCounting: [PersonID] = [],
                location: SourceLocation? = nil) {
        self.date = date
        self.chair = chair
        self.voteCounting = voteCounting
        self.location = location
    }
}

/// Biểu quyết giơ tay — a show of hands at the first meeting: tán thành, không tán thành, không biểu quyết, of the
/// committee members present (`Congress.firstMeetingPresent`).
public struct ShowOfHands: Sendable, Equatable {
    /// Số tán thành.
    public var inFavour: Int
    /// Số không tán thành.
    public var against: Int
    /// Số không biểu quyết.
    public var abstained: Int
    /// Where the vote stands in the YAML.
    public var location: SourceLocation?

    public init(inFavour: Int, against: Int = 0, abstained: Int = 0, location: SourceLocation? = nil) {
        self.inFavour = inFavour
        self.against = against
        self.abstained = abstained
        self.location = location
    }
}

/// Số lượng đại biểu đi dự đại hội cấp trên được phân bổ — the delegation to the superior congress, as the
/// superior committee allocates it (DOMAIN.md "Who elects what" [CONFIRMED]: the number is allocated from above
/// and is not voted by the congress).
public struct DelegationAllocation: Sendable, Equatable {
    /// Số đại biểu chính thức được phân bổ.
    public var official: Int
    /// Số đại biểu dự khuyết được phân bổ.
    public var alternate: Int
    /// Where `delegation:` stands in the YAML.
    public var location: SourceLocation?

    public init(official: Int, alternate: Int = 0, location: SourceLocation? = nil) {
        self.official = official
        self.alternate = alternate
        self.location = location
    }
}

extension Congress {
    /// Whether the first meeting of the new committee holds `election` (the congress does not elect its body).
    public func heldAtFirstMeeting(_ election: Election) -> Bool {
        !electsAtCongress(election.body)
    }

    /// The election of the new committee (Ban Chấp hành, or Chi ủy at a chi bộ): the first one in the file.
    public var committeeElection: Election? {
        elections.first { $0.body == .banChapHanh || $0.body == .chiUy }
    }

    /// The day of the first meeting: the one stated, or the day of the official session.
    public var firstMeetingDate: CalendarDate {
        firstMeeting?.date ?? officialSession.date
    }
}
