/// Settings for the rules the sources leave UNCONFIRMED (DOMAIN.md); each has the stated default.
public struct Settings: Sendable, Equatable {
    /// Format profile id: `hd36_2018` (default) or `hd05_2026`.
    public var formatProfile: String
    /// Decimals of a percentage. UNCONFIRMED for Party counts; state elections use 2 (DOMAIN.md §2 d).
    public var percentDecimals: Int
    /// Days before the congress by which the script must be final. UNCONFIRMED (seed 004: 5 days).
    public var scriptDeadlineDays: Int
    /// A tie at the election cutoff: `further-round` (default) or `congress-decides`. UNCONFIRMED (DOMAIN.md §3).
    public var electionTieRule: String
    /// The largest candidate surplus the congress allows, in percent of the seats (QĐ 190 Điều 14: ≤ 30).
    public var maximumSurplusPercent: Int
    /// Đoàn Chủ tịch size bounds; `nil` takes the defaults by level (5–7 for a đại hội đại biểu, 1–3 for a chi bộ).
    /// UNCONFIRMED (DOMAIN.md §3 "Presidium").
    public var presidiumSize: ClosedRange<Int>?
    /// Words per minute at which the political report is read, for its reading time. UNCONFIRMED, default 130.
    public var speakingRate: Int = 130
    /// At a chi bộ, whether the congress elects the bí thư and phó bí thư directly (when the superior allows
    /// it: DOMAIN.md "Who elects what"); `false` leaves them to the chi ủy's first meeting. Default `true`.
    public var chiBoCongressElectsSecretary: Bool = true
    /// Nơi nhận of the resolution between the superior committee and the file copy; `nil` takes the default by level
    /// ("Đảng viên trong chi bộ" / "Các chi bộ trực thuộc" / "Các tổ chức cơ sở đảng trực thuộc"). UNCONFIRMED.
    public var resolutionRecipients: [String]? = nil
    /// The bodies whose candidate list must hold more candidates than places (số dư). QĐ 190-QĐ/TW Điều 14 khoản 1
    /// [CONFIRMED, quoted by baobackan.vn]: "Số lượng ứng cử viên trong danh sách bầu cử cấp ủy và ban thường vụ cấp ủy
    /// phải nhiều hơn số lượng cần bầu" — the default; whether other bodies (Ủy ban Kiểm tra, delegates) need one is
    /// not said there (UNCONFIRMED): a guide that requires it adds them.
    public var surplusRequired: Set<ElectedBody> = [.banChapHanh, .chiUy, .banThuongVu]
    /// Who issues the political report and in which number series: the outgoing committee (default; the report is
    /// "của Ban Chấp hành … khóa … trình Đại hội" and signed T/M the committee) or the congress. UNCONFIRMED
    /// (reviews/papers.md §2.8).
    public var reportIssuer: ReportIssuer = .committee
    /// The longest a session runs without a break item (nghỉ giải lao, nghỉ trưa) before `check` warns, in
    /// minutes. UNCONFIRMED (reviews/papers.md §2.2 defect 5: "about 4 hours"), default 240.
    public var maximumMinutesWithoutBreak: Int = 240
    /// The papers the congress dossier must hold (`dossier_required`, as `--doc` names: `minutes`, `programme` …);
    /// `nil` takes the default by kind of congress (`Dossier.defaultRequired`). Hướng dẫn 62-HD/VPTW's list could
    /// not be confirmed (DOMAIN.md "Papers a congress files"): UNCONFIRMED.
    public var dossierRequired: [String]? = nil
    /// Whether the delegate list is printed on landscape pages (`true`), portrait (`false`), or by its length
    /// (`nil`: landscape above `DelegateListOrientation.portraitRowLimit` rows). 36-HD/VPTW sets A4 and does not
    /// say whether a long table may turn; UNCONFIRMED (reviews/papers.md §2.4 names landscape as the remedy).
    public var delegateListLandscape: Bool? = nil
    /// The share of the voters present, in percent, that must agree (more than it) to let a person withdraw from an
    /// election's list (`withdrawal_agree_percent`). Hướng dẫn 03-HD/TW leaves it to the congress's vote and states
    /// no share: UNCONFIRMED, default 50 ("quá một nửa"; `FloorOpinionRules`).
    public var withdrawalAgreePercent: Int = 50
    /// Whether a short ballot is printed two to an A4 sheet, one above the other with a cut line, each half an A5
    /// sheet turned sideways (`BallotLayout.halfSheetLimit`); `false` prints every ballot on a whole A4 sheet.
    /// 36-HD/VPTW allows A5; what size real congresses print their ballots is UNCONFIRMED (reviews/papers.md §2.5).
    /// Default `true`.
    public var ballotTwoUp: Bool = true
    /// Whether each ballot carries a place for the counting board's mark (Ban kiểm phiếu: a member signs or marks
    /// each ballot as it is issued) beside the place for the stamp: a ballot not issued by the board is invalid
    /// (DOMAIN.md "Ballot validity"), how a congress shows it is UNCONFIRMED (the stamp alone or the board's mark
    /// too). Default `true`.
    public var ballotBoardMark: Bool = true
    /// How many counting groups (tổ kiểm phiếu) count the ballots by hand, each with its tally sheet
    /// (`settings.tally_groups`); `nil`: one per two members of the board besides its head (`TallyGroups`).
    /// UNCONFIRMED (not in QĐ 190-QĐ/TW or Hướng dẫn 04-HD/TW).
    public var tallyGroups: Int? = nil

    public init(formatProfile: String = "hd36_2018", percentDecimals: Int = 2, scriptDeadlineDays: Int = 5,
                electionTieRule: String = "further-round", maximumSurplusPercent: Int = 30,
                presidiumSize: ClosedRange<Int>? = nil) {
        self.formatProfile = formatProfile
        self.percentDecimals = percentDecimals
        self.scriptDeadlineDays = scriptDeadlineDays
        self.electionTieRule = electionTieRule
        self.maximumSurplusPercent = maximumSurplusPercent
        self.presidiumSize = presidiumSize
    }
}

/// Who issues the political report (`settings.report_issuer`).
public enum ReportIssuer: String, Sendable, Equatable, CaseIterable {
    /// The outgoing committee: its header ("BAN CHẤP HÀNH / ĐẢNG BỘ HUYỆN …") and its series ("…-BC/HU").
    case committee
    /// The congress: its header and the congress's series ("02-BC/ĐH").
    case congress
}
