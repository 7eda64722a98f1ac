import Diagnostics

/// One delegate (đại biểu) or member (đảng viên) summoned to the congress.
public struct Delegate: Sendable, Equatable {
    public var person: PersonID
    /// Đại biểu đương nhiên / bầu / chỉ định (for đại hội đại biểu).
    public var category: DelegateCategory?
    /// Lý do vắng mặt: present when `nil`.
    public var absence: Absence?
    /// Miễn sinh hoạt — exempt from Party activities (đại hội đảng viên).
    public var exempt: Bool
    /// Đoàn đại biểu — the delegation the delegate sits with at a đại hội đại biểu ("Đoàn đại biểu số 3"), as the
    /// congress's organising committee forms them; `nil` when the data has none. The delegate list groups by it.
    public var delegation: String?
    /// Where the entry stands in the YAML.
    public var location: SourceLocation?

    public init(person: PersonID, category: DelegateCategory? = nil, absence: Absence? = nil,
                exempt: Bool = false, delegation: String? = nil, location: SourceLocation? = nil) {
        self.person = person
        self.category = category
        self.absence = absence
        self.exempt = exempt
        self.delegation = delegation
        self.location = location
    }

    /// Có mặt — present at the congress.
    public var isPresent: Bool { absence == nil }
}

/// Loại đại biểu.
public enum DelegateCategory: String, Sendable, Equatable, CaseIterable {
    /// Đại biểu đương nhiên — ex officio (members of the outgoing committee).
    case duongNhien = "duong-nhien"
    /// Đại biểu được bầu — elected by a branch congress.
    case bau
    /// Đại biểu được chỉ định — designated by the superior committee.
    case chiDinh = "chi-dinh"
}

/// Vắng mặt — an absence and its reason.
public struct Absence: Sendable, Equatable {
    /// The reason as written, e.g. "Ốm, có đơn xin phép".
    public var reason: String
    /// Có lý do được chấp thuận — whether the absence is excused (QĐ 190 Điều 30 excludes these from the base).
    public var excused: Bool

    public init(reason: String, excused: Bool = true) {
        self.reason = reason
        self.excused = excused
    }
}

/// The attendance figures as announced, when the secretaries type them rather than (or besides) the list.
public struct DeclaredAttendance: Sendable, Equatable {
    public var summoned: Int
    public var present: Int
    public var absent: Int
    public var location: SourceLocation?

    public init(summoned: Int, present: Int, absent: Int, location: SourceLocation? = nil) {
        self.summoned = summoned
        self.present = present
        self.absent = absent
        self.location = location
    }
}

/// Khách mời — a guest of the congress.
public struct Guest: Sendable, Equatable {
    public var person: PersonID
    /// Whether the guest represents the superior committee (đại biểu cấp trên).
    public var superior: Bool

    public init(person: PersonID, superior: Bool = false) {
        self.person = person
        self.superior = superior
    }
}

/// The congress's working bodies, each elected by show of hands.
public struct CongressBodies: Sendable, Equatable {
    /// Đoàn Chủ tịch — the presidium that chairs the congress (first member presides).
    public var presidium: [PersonID]
    /// Đoàn Thư ký — the secretariat that keeps the minutes (first member is its head).
    public var secretariat: [PersonID]
    /// Ban Thẩm tra tư cách đại biểu — the credentials board (first member is its head).
    public var credentials: [PersonID]
    /// Ban Kiểm phiếu — the vote-counting board (first member is its head).
    public var voteCounting: [PersonID]
    /// Where `bodies.presidium` stands in the YAML (for the presidium-size rule).
    public var location: SourceLocation?

    public init(presidium: [PersonID], secretariat: [PersonID], credentials: [PersonID] = [], voteCounting: [PersonID] = [],
                location: SourceLocation? = nil) {
        self.presidium = presidium
        self.secretariat = secretariat
        self.credentials = credentials
        self.voteCounting = voteCounting
        self.location = location
    }
}
