import CongressModel
import Vietnamese

/// Who holds an election and how its papers say so: the congress, or the first meeting of the new committee
/// (Hội nghị lần thứ nhất Ban Chấp hành … khóa …; DOMAIN.md "Who elects what" [CONFIRMED]).
///
/// The first meeting's papers are the committee's: headed by "BAN CHẤP HÀNH ĐẢNG BỘ … / KHÓA …" (at a chi bộ
/// "CHI ỦY CHI BỘ … / NHIỆM KỲ …"), counted by its own board, dated the day of the meeting, numbered in their
/// own series (…-BB/HN) and "thông qua trước Hội nghị". The ballots and vote-count minutes read it from here.
public struct ElectionHolding: Sendable, Equatable {
    /// Whether the first meeting of the new committee holds the election.
    public let atFirstMeeting: Bool
    /// "Đại hội" or "Hội nghị" — the assembly the minutes are read to.
    public let assembly: String
    /// The issuer of the header as phrases (`HeaderLineBreaking`), above the issuing body ("BAN KIỂM PHIẾU");
    /// the congress's computed when a header asks for it (a holding is made for every election).
    public var issuerLines: [[String]] { firstMeetingIssuer ?? congressNaming.issuerPhrases }
    private let firstMeetingIssuer: [[String]]?
    private let congressNaming: CongressNaming
    /// The day the papers are dated.
    public let date: CalendarDate
    /// Ban Kiểm phiếu — the board that counts the election, first member its head.
    public let board: [PersonID]
    /// The number series: "ĐH" (the congress) or "HN" (the first meeting).
    public let series: String

    public init(_ election: Election, congress: Congress) {
        self.init(atFirstMeeting: congress.heldAtFirstMeeting(election), congress: congress)
    }

    public init(atFirstMeeting: Bool, congress: Congress) {
        self.atFirstMeeting = atFirstMeeting
        if atFirstMeeting {
            let naming = FirstMeetingNaming(congress)
            assembly = "Hội nghị"
            firstMeetingIssuer = naming.issuerLines
            congressNaming = naming.congressNaming
            date = congress.firstMeetingDate
            board = congress.firstMeeting?.voteCounting ?? []
            series = "HN"
        } else {
            let naming = CongressNaming(congress)
            assembly = "Đại hội"
            firstMeetingIssuer = nil
            congressNaming = naming
            date = congress.officialSession.date
            board = congress.bodies.voteCounting
            series = "ĐH"
        }
    }
}

/// How the papers name the new committee and its first meeting.
public struct FirstMeetingNaming: Sendable, Equatable {
    /// "Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XVI"; at a chi bộ "Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2025 - 2027".
    public let committee: String
    /// "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XVI".
    public let meeting: String
    /// The header's issuer phrases: "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN HƯNG HÀ", "KHÓA XVI".
    public let issuerLines: [[String]]
    /// "ủy viên Ban Chấp hành" or "chi ủy viên" — who votes at the meeting.
    public let member: String
    /// "Ban Chấp hành" or "Chi ủy" — the body signing T/M.
    public let committeeBody: String
    /// How the congress that elected the committee names itself.
    let congressNaming: CongressNaming

    public init(_ congress: Congress) {
        let org = congress.organisation.name
        let naming = CongressNaming(congress)
        congressNaming = naming
        if congress.organisation.level.isChiBo {
            committee = "\(CommitteeName(congress).committee) \(naming.term)"
            issuerLines = [["CHI ỦY", VietnameseText.uppercased(org)], [naming.termUpper]]
            member = "chi ủy viên"
            committeeBody = "Chi ủy"
        } else {
            // The committee elected by the congress lần thứ N is the committee khóa N.
            committee = "Ban Chấp hành \(org) khóa \(naming.roman)"
            issuerLines = [["BAN CHẤP HÀNH", VietnameseText.uppercased(org)], ["KHÓA \(naming.roman)"]]
            member = "ủy viên Ban Chấp hành"
            committeeBody = "Ban Chấp hành"
        }
        meeting = "Hội nghị lần thứ nhất \(committee)"
    }
}

extension HeaderViewModel {
    /// The header of an election paper, issued by the body that holds the election (its `ElectionHolding`)
    /// and, below it, the issuing board ("BAN KIỂM PHIẾU") when there is one.
    public init(_ congress: Congress, holding: ElectionHolding, body: String? = nil, number: String? = nil) {
        self.number = number
        superior = VietnameseText.uppercased(congress.organisation.superior)
        issuerLines = HeaderLineBreaking.lines(holding.issuerLines + (body.map { [[$0]] } ?? []))
        placeAndDate = VietnameseDate.placeAndDate(place: congress.organisation.place, holding.date)
    }
}
