import Diagnostics

/// Đại hội — one congress, as loaded from its `congress.yaml`.
///
/// Everything a document shows is derived from this value; nothing here is
/// formatted text except names and prose typed by the user (NFC-normalised on load).
public struct Congress: Sendable, Equatable {
    /// The file the congress was loaded from.
    public var file: String
    /// Version of the data format (currently 1).
    public var schema: Int
    /// The Party organisation holding the congress.
    public var organisation: Organisation
    /// Kind, number, term, venue.
    public var details: CongressDetails
    /// Everyone named anywhere in the file, by id, in file order.
    public var people: [Person] {
        didSet {
            personIndex = Self.index(people)
            delegateMemberships = Self.memberships(of: delegates, people: people, index: personIndex)
        }
    }
    /// Position in `people` of each id's first occurrence: `person(_:)` in constant time (derived from `people`).
    private var personIndex: [PersonID: Int]
    /// Đại biểu / đảng viên được triệu tập — the delegates or members summoned.
    public var delegates: [Delegate] {
        didSet { delegateMemberships = Self.memberships(of: delegates, people: people, index: personIndex) }
    }
    /// The membership of each delegate's person, in the order of `delegates` (derived from `delegates` and
    /// `people`): attendance and threshold bases read it without looking each person up again.
    public private(set) var delegateMemberships: [Membership?]
    /// Figures announced by the credentials board, cross-checked against `delegates` when given.
    public var declaredAttendance: DeclaredAttendance?
    /// Khách mời — guests, including the superior committee's representatives.
    public var guests: [Guest]
    /// The congress's working bodies.
    public var bodies: CongressBodies
    /// Phiên trù bị — the preparatory session; absent for most chi bộ congresses.
    public var preparatorySession: Session?
    /// Phiên chính thức — the official session.
    public var officialSession: Session
    /// Ý kiến thảo luận — contributions to the discussion.
    public var discussions: [Discussion]
    /// Biểu quyết — motions voted by show of hands or raised party card.
    public var motions: [Motion]
    /// Bầu cử — the elections held, in order (QĐ 190-QĐ/TW), by the congress and by the first meeting of its
    /// new committee (`Congress.electsAtCongress`).
    public var elections: [Election]
    /// Hội nghị lần thứ nhất of the new committee, when the data states it (`FirstMeeting`).
    public var firstMeeting: FirstMeeting? = nil
    /// The delegation to the superior congress allocated from above, when the data states it.
    public var delegation: DelegationAllocation? = nil
    /// Góp ý vào dự thảo văn kiện — the comments on the upper-level and national draft documents, in file order.
    public var draftComments: [DraftComments] = []
    /// Settings for rules the sources leave UNCONFIRMED.
    public var settings: Settings
    /// Diễn văn khai mạc, bế mạc — prose the printed speeches add to the script's lines.
    public var speeches = Speeches()
    /// Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo of the outgoing committee, when the data holds it.
    public var committeeReview: CommitteeReview? = nil
    /// Báo cáo chính trị — the political report, when the data holds it.
    public var politicalReport: PoliticalReport?
    /// Chỉ tiêu chủ yếu — the main targets, in the order the report lists them.
    public var targets: [Target]
    /// Nghị quyết đại hội — given when the data states it; otherwise built from the report when there is one.
    public var resolution: Resolution?
    /// Số văn bản given in the data, by paper name (`resolution` → "01-NQ/ĐH"); these win over the counter.
    public var documentNumbers: [String: String]
    /// What the Ban thẩm tra tư cách reports besides attendance (đại hội đại biểu only), when the data states it.
    public var credentialsReview: CredentialsReview?
    /// Where each value stands in the file, by key path (empty for a congress built in code).
    public var sourceMap: SourceMap

    public init(file: String, schema: Int = 1, organisation: Organisation, details: CongressDetails,
                people: [Person], delegates: [Delegate], declaredAttendance: DeclaredAttendance? = nil,
                guests: [Guest] = [], bodies: CongressBodies, preparatorySession: Session? = nil,
                officialSession: Session, discussions: [Discussion] = [], motions: [Motion] = [],
                elections: [Election] = [], settings: Settings = Settings(), politicalReport: PoliticalReport? = nil,
                targets: [Target] = [], resolution: Resolution? = nil, documentNumbers: [String: String] = [:],
                credentialsReview: CredentialsReview? = nil, sourceMap: SourceMap = SourceMap()) {
        self.file = file
        self.schema = schema
        self.organisation = organisation
        self.details = details
        self.people = people
        self.personIndex = Self.index(people)
        self.delegates = delegates
        self.delegateMemberships = Self.memberships(of: delegates, people: people, index: personIndex)
        self.declaredAttendance = declaredAttendance
        self.guests = guests
        self.bodies = bodies
        self.preparatorySession = preparatorySession
        self.officialSession = officialSession
        self.discussions = discussions
        self.motions = motions
        self.elections = elections
        self.settings = settings
        self.politicalReport = politicalReport
        self.targets = targets
        self.resolution = resolution
        self.documentNumbers = documentNumbers
        self.credentialsReview = credentialsReview
        self.sourceMap = sourceMap
    }

    /// The person with the given id (ids are checked on load, so callers may rely on it for ids from the model).
    public func person(_ id: PersonID) -> Person? {
        personIndex[id].map { people[$0] }
    }

    /// The membership of the person with the given id, read in place (no copy of the person).
    public func membership(of id: PersonID) -> Membership? {
        personIndex[id].flatMap { people[$0].membership }
    }

    /// The membership of each delegate's person (nil for an id nobody has, or a person without one).
    private static func memberships(of delegates: [Delegate], people: [Person], index: [PersonID: Int]) -> [Membership?] {
        delegates.map { delegate in index[delegate.person].flatMap { people[$0].membership } }
    }

    /// Each id's first position in `people`.
    private static func index(_ people: [Person]) -> [PersonID: Int] {
        var index: [PersonID: Int] = [:]
        for (position, person) in people.enumerated() where index[person.id] == nil { index[person.id] = position }
        return index
    }

    /// The sessions in the order they are held.
    public var sessions: [Session] {
        [preparatorySession, officialSession].compactMap { $0 }
    }
}

/// Tổ chức đảng — the organisation holding the congress.
public struct Organisation: Sendable, Equatable {
    /// Full name as it appears in the congress title, e.g. "Đảng bộ huyện Hưng Hà", "Chi bộ Khu phố 3".
    public var name: String
    /// Cấp — level of the organisation.
    public var level: OrganisationLevel
    /// Cấp ủy cấp trên trực tiếp — the superior body, e.g. "Đảng bộ tỉnh Thái Bình".
    public var superior: String
    /// Địa danh — the place name on the date line, e.g. "Hưng Hà".
    public var place: String

    public init(name: String, level: OrganisationLevel, superior: String, place: String) {
        self.name = name
        self.level = level
        self.superior = superior
        self.place = place
    }
}

/// Hình thức đại hội.
public enum CongressKind: String, Sendable, Equatable, CaseIterable {
    /// Đại hội đại biểu — delegates elected by the branches below.
    case daiBieu = "dai-bieu"
    /// Đại hội đảng viên — every member of the organisation.
    case dangVien = "dang-vien"
}

/// The congress's identity.
public struct CongressDetails: Sendable, Equatable {
    public var kind: CongressKind
    /// Lần thứ — the congress number (printed in Roman numerals).
    public var number: Int
    /// Nhiệm kỳ — the term, e.g. 2020–2025.
    public var term: Term
    /// Địa điểm — the venue.
    public var venue: String

    public init(kind: CongressKind, number: Int, term: Term, venue: String) {
        self.kind = kind
        self.number = number
        self.term = term
        self.venue = venue
    }
}

/// Nhiệm kỳ — a term of office, in years.
public struct Term: Sendable, Equatable {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }
}
