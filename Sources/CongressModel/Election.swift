import Diagnostics

/// Cuộc bầu cử — one election held by the congress (QĐ 190-QĐ/TW, 2024).
public struct Election: Sendable, Equatable {
    /// The id the data gives the election (`bch`, `btv`, `bi-thu` …), unique in the file.
    public var id: String
    /// The body elected.
    public var body: ElectedBody
    /// Số lượng bầu — the number to elect, as voted by the congress.
    public var seats: Int
    /// Danh sách bầu cử — the candidate list (printed on the ballot in Vietnamese alphabetical order).
    public var candidates: [PersonID]
    /// Exclusions from the threshold base the regulation allows (QĐ 190 Điều 30), each with its count.
    public var baseExclusions: [BaseExclusion]
    /// The base stated in the data; when `nil`, the official delegates (members) summoned, from the list.
    public var declaredBase: Int?
    /// Lần bầu — the rounds, in order; a further round lists only the candidates left open.
    public var rounds: [VotingRound]
    /// Members of the outgoing body (or holders of the post) on the candidate list: elected, they are tái cử
    /// (re-elected); every other elected candidate is new (tham gia lần đầu).
    public var incumbents: [PersonID]
    /// Who the data says holds it (`held_by:`), when it says so; `nil` leaves it to the body
    /// (`Congress.electsAtCongress`). A statement that contradicts the body is refused by `check` (DH293).
    public var statedHolder: ElectionHolder? = nil
    /// Xin ý kiến về người ứng cử, được đề cử tại đại hội và người xin rút (`floor_opinion:`), when the congress
    /// asked for it before voting the list.
    public var floorOpinion: FloorOpinion? = nil
    /// Where the election stands in the YAML.
    public var location: SourceLocation?

    /// Đã kiểm phiếu — whether the data holds the count of at least one round. Before the congress votes the list
    /// stands with `rounds: []`: the ballots, the rules and the nominations can be printed, the papers that record
    /// the result cannot (`DocumentKind.applies(to:)`).
    public var isCounted: Bool { !rounds.isEmpty }

    public init(id: String, body: ElectedBody, seats: Int, candidates: [PersonID], baseExclusions: [BaseExclusion] = [],
                declaredBase: Int? = nil, rounds: [VotingRound] = [], incumbents: [PersonID] = [],
                location: SourceLocation? = nil) {
        self.id = id
        self.body = body
        self.seats = seats
        self.candidates = candidates
        self.baseExclusions = baseExclusions
        self.declaredBase = declaredBase
        self.rounds = rounds
        self.incumbents = incumbents
        self.location = location
    }
}

/// The bodies a congress (or the first meeting of its new committee) elects.
public enum ElectedBody: String, Sendable, Equatable, CaseIterable {
    /// Ban Chấp hành (cấp ủy) — the executive committee.
    case banChapHanh = "ban-chap-hanh"
    /// Ban Thường vụ — the standing committee.
    case banThuongVu = "ban-thuong-vu"
    /// Bí thư — the secretary.
    case biThu = "bi-thu"
    /// Phó Bí thư — the deputy secretaries.
    case phoBiThu = "pho-bi-thu"
    /// Ủy ban Kiểm tra — the inspection commission.
    case uyBanKiemTra = "uy-ban-kiem-tra"
    /// Chủ nhiệm Ủy ban Kiểm tra — its chair.
    case chuNhiemUyBanKiemTra = "chu-nhiem-uy-ban-kiem-tra"
    /// Chi ủy — the committee of a chi bộ.
    case chiUy = "chi-uy"
    /// Đại biểu chính thức đi dự đại hội cấp trên — official delegates to the superior congress.
    case daiBieuCapTren = "dai-bieu-cap-tren"
    /// Đại biểu dự khuyết đi dự đại hội cấp trên — alternate delegates, elected in an election of their own
    /// (the HD 04-HD/TW templates have a ballot and vote-count minutes for each; reviews/papers.md §5).
    case daiBieuDuKhuyet = "dai-bieu-du-khuyet"

    /// Whether the body is the delegation to the superior congress (official or alternate delegates).
    public var isDelegation: Bool { self == .daiBieuCapTren || self == .daiBieuDuKhuyet }
}

/// Who holds an election: the congress, or the first meeting of the new committee (`FirstMeeting`).
public enum ElectionHolder: String, Sendable, Equatable, CaseIterable {
    /// Đại hội.
    case congress = "congress"
    /// Hội nghị lần thứ nhất Ban Chấp hành (Chi ủy) khóa mới.
    case firstMeeting = "first-meeting"
}

/// One exclusion from the threshold base, as the data states it.
public struct BaseExclusion: Sendable, Equatable {
    /// The reason as written, e.g. "Đảng viên miễn sinh hoạt vắng mặt".
    public var reason: String
    public var count: Int

    public init(reason: String, count: Int) {
        self.reason = reason
        self.count = count
    }
}

/// Lần bầu — one round: the ballots and each candidate's votes.
public struct VotingRound: Sendable, Equatable {
    /// Phiếu phát ra.
    public var issued: Int
    /// Phiếu thu về.
    public var collected: Int
    /// Phiếu hợp lệ.
    public var valid: Int
    /// Phiếu không hợp lệ.
    public var invalid: Int
    /// Lý do phiếu không hợp lệ, each with its count (optional).
    public var invalidReasons: [BaseExclusion]
    /// Votes per candidate, in the order the data gives them.
    public var votes: [(candidate: PersonID, votes: Int)]
    /// Where the round stands in the YAML.
    public var location: SourceLocation?
    /// Mã kiểm tra — the SHA-256 of the count's entry log when `daihoi count` counted the round (its results file).
    public var checkCode: String? = nil
    /// Nhật ký nhập phiếu — the count's canonical entry log of the round (`entry_log: {file: …}` in its results
    /// file), whose SHA-256 is `checkCode`: the entry-log paper prints it, `check` compares the two (DH510).
    public var entryLog: String? = nil

    public init(issued: Int, collected: Int, valid: Int, invalid: Int, invalidReasons: [BaseExclusion] = [],
                votes: [(candidate: PersonID, votes: Int)], location: SourceLocation? = nil) {
        self.issued = issued
        self.collected = collected
        self.valid = valid
        self.invalid = invalid
        self.invalidReasons = invalidReasons
        self.votes = votes
        self.location = location
    }

    public static func == (lhs: VotingRound, rhs: VotingRound) -> Bool {
        lhs.issued == rhs.issued && lhs.collected == rhs.collected && lhs.valid == rhs.valid
            && lhs.invalid == rhs.invalid && lhs.invalidReasons == rhs.invalidReasons && lhs.location == rhs.location
            && lhs.checkCode == rhs.checkCode && lhs.entryLog == rhs.entryLog
            && lhs.votes.map(\.candidate) == rhs.votes.map(\.candidate) && lhs.votes.map(\.votes) == rhs.votes.map(\.votes)
    }
}

extension Congress {
    /// Whether the congress itself holds the election of `body` (with its own Ban Kiểm phiếu and its voters
    /// present), rather than the first meeting of the new committee.
    ///
    /// DOMAIN.md "Who elects what" [CONFIRMED]: the congress elects the cấp ủy and the delegation to the upper
    /// congress; at a chi bộ the congress may elect the bí thư and phó bí thư directly. Ban Thường vụ, Bí thư,
    /// Phó Bí thư, Ủy ban Kiểm tra and its Chủ nhiệm are elected at the first meeting of the new committee,
    /// which has its own counting board (its members). At a chi bộ the congress elects the bí thư and phó bí
    /// thư when the superior allows it: `settings.chiBoCongressElectsSecretary` (default yes); otherwise the chi
    /// ủy's first meeting does.
    public func electsAtCongress(_ body: ElectedBody) -> Bool {
        switch body {
        case .banChapHanh, .chiUy, .daiBieuCapTren, .daiBieuDuKhuyet: return true
        case .biThu, .phoBiThu: return organisation.level.isChiBo && settings.chiBoCongressElectsSecretary
        case .banThuongVu, .uyBanKiemTra, .chuNhiemUyBanKiemTra: return false
        }
    }
}
