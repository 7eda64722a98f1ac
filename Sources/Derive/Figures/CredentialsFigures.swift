import CongressModel
import Vietnamese

/// Báo cáo thẩm tra tư cách đại biểu — every figure of the credentials report, computed once (DOMAIN.md §2 e).
///
/// Each breakdown divides everyone summoned; ages are taken at the congress date (the first session) as the
/// difference of years (the data holds the birth year only); Party age in whole years from the day of joining.
public struct CredentialsFigures: Sendable, Equatable {
    public let attendance: AttendanceFigures
    /// The day the ages are taken at: the first session.
    public let date: CalendarDate
    /// Category (đại hội đại biểu) or membership (đại hội đảng viên), gender, ethnicity, age, general education
    /// (học vấn), professional qualification (chuyên môn), political theory, Party age — in the order the report reads them.
    public let breakdowns: [Breakdown]
    /// Known ages, for the average, the oldest and the youngest.
    public let ages: AgeFigures

    public init(_ congress: Congress) {
        attendance = AttendanceFigures(congress)
        let date = (congress.preparatorySession ?? congress.officialSession).date
        self.date = date
        let entries = congress.delegates.map { (delegate: $0, person: congress.person($0.person)) }
        func age(_ p: Person?) -> Int? { p?.birthYear.map { date.year - $0 } }
        ages = AgeFigures(entries.compactMap { entry in
            age(entry.person).map { (name: entry.person?.name ?? "", age: $0) }
        })
        var all: [Breakdown] = []
        if congress.details.kind == .daiBieu {
            all.append(Breakdown(title: "Về thành phần đại biểu", items: entries,
                                 labels: ["Đại biểu đương nhiên", "Đại biểu được bầu", "Đại biểu được chỉ định"]) {
                $0.delegate.category.map(Self.category)
            })
        } else {
            all.append(Breakdown(title: "Về loại đảng viên", items: entries,
                                 labels: ["Đảng viên chính thức", "Đảng viên dự bị"]) {
                $0.person?.membership.map { "Đảng viên " + Labels.membership($0).lowercased() }
            })
        }
        all.append(Breakdown(title: "Về giới tính", items: entries, labels: ["Nam", "Nữ"]) {
            $0.person?.gender.map { Labels.gender($0) }
        })
        all.append(Breakdown(title: "Về dân tộc", items: entries, labels: ["Dân tộc Kinh", "Dân tộc thiểu số"]) {
            $0.person?.ethnicity.map { $0.lowercased() == "kinh" ? "Dân tộc Kinh" : "Dân tộc thiểu số" }
        })
        all.append(Breakdown(title: "Về độ tuổi", items: entries, labels: Self.ageBands.map(\.label)) { entry in
            age(entry.person).map { a in Self.ageBands.first { $0.range.contains(a) }?.label ?? "" }
        })
        all.append(Breakdown(title: "Về trình độ học vấn", items: entries, labels: GeneralEducation.allCases.reversed().map(Labels.schooling)) {
            $0.person?.schooling.map(Labels.schooling)
        })
        all.append(Breakdown(title: "Về trình độ chuyên môn", items: entries, labels: Self.qualificationLabels) {
            $0.person?.education.map(Self.qualification)
        })
        all.append(Breakdown(title: "Về trình độ lý luận chính trị", items: entries,
                             labels: [.cuNhan, .caoCap, .trungCap, .soCap].map(Labels.theory)) {
            $0.person?.politicalTheory.map { Labels.theory($0) }
        })
        all.append(Breakdown(title: "Về tuổi đảng", items: entries, labels: Self.partyAgeBands.map(\.label)) { entry in
            entry.person?.joinedParty.map { joined in
                let years = Self.fullYears(from: joined, to: date)
                return Self.partyAgeBands.first { $0.range.contains(years) }?.label ?? ""
            }
        })
        breakdowns = all
    }

    /// The rows of the professional qualification, highest first; thạc sĩ and tiến sĩ are "sau đại học", and
    /// `education: thpt` (general education only) is "chưa qua đào tạo chuyên môn".
    static let qualificationLabels = ["Sau đại học", "Đại học", "Cao đẳng", "Trung cấp", "Chưa qua đào tạo chuyên môn"]

    static func qualification(_ e: Education) -> String {
        switch e {
        case .thacSi, .tienSi: "Sau đại học"
        case .daiHoc: "Đại học"
        case .caoDang: "Cao đẳng"
        case .trungCap: "Trung cấp"
        case .thpt: "Chưa qua đào tạo chuyên môn"
        }
    }

    /// Age bands (years at the congress date).
    static let ageBands: [(label: String, range: ClosedRange<Int>)] = [
        ("Dưới 30 tuổi", Int.min...29), ("Từ 30 đến 39 tuổi", 30...39), ("Từ 40 đến 49 tuổi", 40...49),
        ("Từ 50 đến 59 tuổi", 50...59), ("Từ 60 tuổi trở lên", 60...Int.max),
    ]

    /// Party-age bands (full years of membership at the congress date).
    static let partyAgeBands: [(label: String, range: ClosedRange<Int>)] = [
        ("Dưới 10 năm", Int.min...9), ("Từ 10 đến dưới 20 năm", 10...19), ("Từ 20 đến dưới 30 năm", 20...29),
        ("Từ 30 năm trở lên", 30...Int.max),
    ]

    /// Whole years from `start` to `end` (a birthday not yet reached this year does not count).
    static func fullYears(from start: CalendarDate, to end: CalendarDate) -> Int {
        let years = end.year - start.year
        return (end.month, end.day) < (start.month, start.day) ? years - 1 : years
    }

    static func category(_ c: DelegateCategory) -> String {
        switch c {
        case .duongNhien: "Đại biểu đương nhiên"
        case .bau: "Đại biểu được bầu"
        case .chiDinh: "Đại biểu được chỉ định"
        }
    }

    /// The quorum in official members (delegates), `QuorumFigures`.
    public var quorum: QuorumFigures { QuorumFigures(attendance) }

    /// Whether the congress may proceed: at least two thirds of the official members (delegates) summoned are
    /// present (`QuorumFigures`).
    public var isQuorate: Bool { quorum.isMet }
}

/// Tuổi bình quân, cao nhất, thấp nhất — over the delegates whose birth year is known.
public struct AgeFigures: Sendable, Equatable {
    /// How many ages are known.
    public let known: Int
    /// Sum of known ages ÷ `known`, exact.
    public let average: ExactRatio?
    /// The oldest and youngest age with the names of those who have it (in list order).
    public let oldest: (age: Int, names: [String])?
    public let youngest: (age: Int, names: [String])?

    init(_ ages: [(name: String, age: Int)]) {
        known = ages.count
        average = ages.isEmpty ? nil : ExactRatio(ages.reduce(0) { $0 + $1.age }, ages.count)
        let maxAge = ages.map(\.age).max(), minAge = ages.map(\.age).min()
        oldest = maxAge.map { m in (m, ages.filter { $0.age == m }.map(\.name)) }
        youngest = minAge.map { m in (m, ages.filter { $0.age == m }.map(\.name)) }
    }

    public static func == (lhs: AgeFigures, rhs: AgeFigures) -> Bool {
        lhs.known == rhs.known && lhs.average == rhs.average && lhs.oldest?.age == rhs.oldest?.age
            && lhs.oldest?.names == rhs.oldest?.names && lhs.youngest?.age == rhs.youngest?.age
            && lhs.youngest?.names == rhs.youngest?.names
    }
}
