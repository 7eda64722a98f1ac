import Elections

/// Why the counting room refuses a request: nothing is stored, nothing already stored is touched. Each has a code of
/// DH540–DH569 (docs/diagnostics.md) and a message in Vietnamese (the room's language) and English.
public enum CountRefusal: Error, Sendable, Equatable {
    /// No token, or a token the count did not issue.
    case unknownToken
    /// The token's role may not do this (a clerk publishing, the head entering ballots).
    case wrongRole(needed: String)
    /// No such election or round to count.
    case unknownRound(election: String, round: Int)
    /// The round has been published: it takes no more entries, decisions or figures.
    case alreadyPublished(election: String, round: Int)
    /// The clerk already entered this position of the pile (a correction says so explicitly).
    case positionAlreadyEntered(pile: Int, position: Int)
    /// A correction of a position the clerk never entered.
    case nothingToCorrect(pile: Int, position: Int)
    /// A position number that names no name of the ballot.
    case nameNotOnBallot(position: Int, names: Int)
    /// More names kept (or approved) than places: the ballot is invalid and is entered as such.
    case moreNamesThanSeats(kept: Int, seats: Int)
    /// A surplus ballot with every name struck: invalid (QĐ 244 Điều 17), entered as such.
    case noNameKept
    /// The reading's form is not the ballot's (names kept on a ballot with boxes, or the reverse).
    case wrongForm(expected: BallotForm)
    /// A ballot with boxes read with a mark count other than its names.
    case approvalCount(marks: Int, names: Int)
    /// An invalid-ballot reason that cannot apply to this ballot's form, or is not one of the thể lệ.
    case reasonDoesNotApply(String)
    /// A request body that is not what the API expects.
    case malformed(String)
    /// A pile number or position below 1 or above the bound.
    case outOfRange(field: String, value: Int)
    /// The pile already has its entries from enough different clerks.
    case pileComplete(pile: Int, clerks: Int)
    /// A decision on a position that has no open mismatch.
    case noMismatchThere(pile: Int, position: Int)
    /// Publishing while the count does not balance or a mismatch is open.
    case notBalanced([String])
    /// The counting board is too small for the entries each pile needs.
    case boardTooSmall(clerks: Int, needed: Int)
    /// Figures that contradict each other (collected above issued, issued above voters).
    case figuresContradict(String)
    /// Tally mode (counting groups' sheets): DH560–DH569.
    case tally(TallyRefusal)

    public var code: String {
        switch self {
        case .unknownToken: "DH540"
        case .wrongRole: "DH541"
        case .unknownRound: "DH542"
        case .alreadyPublished: "DH543"
        case .positionAlreadyEntered: "DH544"
        case .nothingToCorrect: "DH545"
        case .nameNotOnBallot: "DH546"
        case .moreNamesThanSeats: "DH547"
        case .noNameKept: "DH548"
        case .wrongForm: "DH549"
        case .approvalCount: "DH550"
        case .reasonDoesNotApply: "DH551"
        case .malformed: "DH552"
        case .outOfRange: "DH553"
        case .pileComplete: "DH554"
        case .noMismatchThere: "DH555"
        case .notBalanced: "DH556"
        case .boardTooSmall: "DH557"
        case .figuresContradict: "DH558"
        case .tally(let t): t.code
        }
    }

    /// The HTTP status the API answers with.
    public var status: Int {
        switch self {
        case .unknownToken: 401
        case .tally(let t): t.status
        case .wrongRole: 403
        case .unknownRound: 404
        case .alreadyPublished, .positionAlreadyEntered, .pileComplete, .notBalanced, .noMismatchThere: 409
        default: 422
        }
    }

    public func message(english: Bool = false) -> String {
        english ? self.english : vietnamese
    }

    public var vietnamese: String {
        switch self {
        case .unknownToken: "mã truy cập không đúng hoặc thiếu — nhập mã được cấp khi mở phiên kiểm phiếu"
        case .wrongRole(let needed): "vai trò này không được làm việc đó — cần: \(needed)"
        case .unknownRound(let e, let r): "không có lần bầu \(r) của cuộc bầu cử '\(e)' để kiểm phiếu"
        case .alreadyPublished(let e, let r): "lần bầu \(r) của '\(e)' đã công bố kết quả — không nhập, sửa thêm được"
        case .positionAlreadyEntered(let p, let n): "tập \(p), phiếu số \(n) đã được đồng chí nhập — muốn sửa, chọn «sửa phiếu»"
        case .nothingToCorrect(let p, let n): "tập \(p), phiếu số \(n) chưa được đồng chí nhập — không có gì để sửa"
        case .nameNotOnBallot(let n, let names): "số \(n) không có trên lá phiếu (phiếu có \(names) tên)"
        case .moreNamesThanSeats(let k, let s): "phiếu để lại (đồng ý) \(k) tên, nhiều hơn số lượng cần bầu \(s): đây là phiếu không hợp lệ — nhập là phiếu không hợp lệ"
        case .noNameKept: "phiếu gạch hết tên trên danh sách có số dư là phiếu không hợp lệ — nhập là phiếu không hợp lệ"
        case .wrongForm(let f): f == .strikeNames ? "lá phiếu này có số dư: nhập các tên được để lại" : "lá phiếu này không có số dư: nhập đồng ý / không đồng ý từng tên"
        case .approvalCount(let m, let n): "phiếu có \(n) tên, nhưng nhập \(m) ô"
        case .reasonDoesNotApply(let r): "lý do '\(r)' không áp dụng cho lá phiếu này"
        case .malformed(let d): "yêu cầu không đúng dạng: \(d)"
        case .outOfRange(let f, let v): "\(f) = \(v) nằm ngoài phạm vi cho phép"
        case .pileComplete(let p, let c): "tập \(p) đã được \(c) đồng chí nhập đủ"
        case .noMismatchThere(let p, let n): "tập \(p), phiếu số \(n) không có chênh lệch cần quyết định"
        case .notBalanced(let reasons): "chưa công bố được: " + reasons.joined(separator: "; ")
        case .boardTooSmall(let c, let n): "Ban Kiểm phiếu có \(c) người nhập phiếu, mỗi tập cần \(n) người nhập độc lập"
        case .figuresContradict(let d): "số liệu mâu thuẫn: \(d)"
        case .tally(let t): t.vietnamese
        }
    }

    public var english: String {
        switch self {
        case .unknownToken: "missing or unknown token — enter the token issued when the count was opened"
        case .wrongRole(let needed): "this role may not do that — needed: \(needed)"
        case .unknownRound(let e, let r): "no round \(r) of election '\(e)' to count"
        case .alreadyPublished(let e, let r): "round \(r) of '\(e)' is published — nothing more can be entered or changed"
        case .positionAlreadyEntered(let p, let n): "pile \(p), ballot \(n) is already entered by you — send a correction to change it"
        case .nothingToCorrect(let p, let n): "pile \(p), ballot \(n) was never entered by you — nothing to correct"
        case .nameNotOnBallot(let n, let names): "number \(n) is not on the ballot (it has \(names) names)"
        case .moreNamesThanSeats(let k, let s): "the ballot keeps (approves) \(k) names, more than the \(s) places: it is invalid — enter it as invalid"
        case .noNameKept: "a surplus ballot with every name struck is invalid — enter it as invalid"
        case .wrongForm(let f): f == .strikeNames ? "this ballot has a surplus: enter the names kept" : "this ballot has no surplus: enter agree / disagree per name"
        case .approvalCount(let m, let n): "the ballot has \(n) names but \(m) marks were entered"
        case .reasonDoesNotApply(let r): "the reason '\(r)' does not apply to this ballot"
        case .malformed(let d): "malformed request: \(d)"
        case .outOfRange(let f, let v): "\(f) = \(v) is out of range"
        case .pileComplete(let p, let c): "pile \(p) already has its \(c) independent entries"
        case .noMismatchThere(let p, let n): "pile \(p), ballot \(n) has no mismatch to decide"
        case .notBalanced(let reasons): "cannot publish: " + reasons.joined(separator: "; ")
        case .boardTooSmall(let c, let n): "the counting board has \(c) entry clerks; each pile needs \(n) independent entries"
        case .figuresContradict(let d): "the figures contradict each other: \(d)"
        case .tally(let t): t.english
        }
    }
}
