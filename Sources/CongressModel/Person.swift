import Vietnamese

/// The id by which a person is referred to everywhere in the congress file.
public struct PersonID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: PersonID, rhs: PersonID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A person named in the congress file: a delegate, a guest, a performer.
public struct Person: Sendable, Equatable {
    public var id: PersonID
    /// Họ và tên, in Vietnamese order (family, middle, given), NFC.
    public var name: String
    public var gender: Gender?
    /// Năm sinh; `nil` when unknown (counted as "không rõ", never dropped).
    public var birthYear: Int?
    /// Dân tộc; `nil` when unknown.
    public var ethnicity: String?
    /// Trình độ chuyên môn.
    public var education: Education?
    /// Trình độ học vấn (general education), when stated; `schooling` infers it from `education` otherwise.
    public var generalEducation: GeneralEducation? = nil
    /// Trình độ lý luận chính trị.
    public var politicalTheory: PoliticalTheory?
    /// Ngày vào Đảng.
    public var joinedParty: CalendarDate?
    /// Đảng viên chính thức or dự bị; `nil` for a guest who is not a member here.
    public var membership: Membership?
    /// Chức vụ — position, e.g. "Bí thư Huyện ủy".
    public var position: String?
    /// Đơn vị — unit or branch.
    public var unit: String?
    /// Chuyên ngành — the field of the qualification, e.g. "Luật", "Kinh tế nông nghiệp"; `nil` when not given.
    public var expertise: String? = nil

    public init(id: PersonID, name: String, gender: Gender? = nil, birthYear: Int? = nil, ethnicity: String? = nil,
                education: Education? = nil, politicalTheory: PoliticalTheory? = nil, joinedParty: CalendarDate? = nil,
                membership: Membership? = nil, position: String? = nil, unit: String? = nil) {
        self.id = id
        self.name = name
        self.gender = gender
        self.birthYear = birthYear
        self.ethnicity = ethnicity
        self.education = education
        self.politicalTheory = politicalTheory
        self.joinedParty = joinedParty
        self.membership = membership
        self.position = position
        self.unit = unit
    }
}

/// Giới tính.
public enum Gender: String, Sendable, Equatable, CaseIterable {
    case nam
    case nu
}

/// Đảng viên chính thức / dự bị.
public enum Membership: String, Sendable, Equatable, CaseIterable {
    /// Đảng viên chính thức — full member.
    case chinhThuc = "chinh-thuc"
    /// Đảng viên dự bị — probationary member.
    case duBi = "du-bi"
}

/// Trình độ chuyên môn — highest professional qualification. `thpt` says there is none: general education only
/// (trung học phổ thông; kept so files that wrote it as the highest qualification still load).
public enum Education: String, Sendable, Equatable, CaseIterable {
    case thpt
    case trungCap = "trung-cap"
    case caoDang = "cao-dang"
    case daiHoc = "dai-hoc"
    case thacSi = "thac-si"
    case tienSi = "tien-si"
}

/// Trình độ lý luận chính trị.
public enum PoliticalTheory: String, Sendable, Equatable, CaseIterable {
    case soCap = "so-cap"
    case trungCap = "trung-cap"
    case caoCap = "cao-cap"
    case cuNhan = "cu-nhan"
}

/// Trình độ học vấn — general education (giáo dục phổ thông), a breakdown of its own beside the professional
/// qualification (reviews/papers.md §2.7: THPT is not a "trình độ chuyên môn").
public enum GeneralEducation: String, Sendable, Equatable, CaseIterable {
    /// Tiểu học — primary school.
    case tieuHoc = "tieu-hoc"
    /// Trung học cơ sở — lower secondary.
    case thcs
    /// Trung học phổ thông — upper secondary.
    case thpt
}

extension Person {
    /// Học vấn — the general education stated (`general_education`), else the one a qualification implies:
    /// THPT under `education: thpt`, and under cao đẳng, đại học and above (their admission requires the THPT
    /// diploma); `nil` when unknown (trung cấp admits from THCS).
    public var schooling: GeneralEducation? {
        if let generalEducation { return generalEducation }
        switch education {
        case .thpt, .caoDang, .daiHoc, .thacSi, .tienSi: return .thpt
        case .trungCap, nil: return nil
        }
    }
}
