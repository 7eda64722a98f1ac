/// The one place that words the kind of congress (DOMAIN.md, "Kind of congress"): every paper — minutes,
/// script, credentials, delegate list, vote-count, resolution — reads its nouns and its voting phrase here, and
/// `check` compares the script's typed lines with it (DH265).
extension CongressKind {
    /// "đảng viên" at a đại hội đảng viên (every member attends), "đại biểu" at a đại hội đại biểu.
    public var participantNoun: String {
        switch self {
        case .dangVien: "đảng viên"
        case .daiBieu: "đại biểu"
        }
    }

    /// Those who count for the quorum and the threshold base: "đảng viên chính thức" / "đại biểu chính thức"
    /// (probationary members neither vote nor stand; DOMAIN.md "Quorum").
    public var officialNoun: String { participantNoun + " chính thức" }

    /// How a show-of-hands vote is cast: "giơ thẻ đảng viên" / "giơ thẻ đại biểu".
    public var cardPhrase: String { "giơ thẻ " + participantNoun }

    /// "Đại hội đảng viên" / "Đại hội đại biểu".
    public var congressWord: String { "Đại hội " + participantNoun }

    /// The other kind (the card phrase a script of this kind should not use).
    public var other: CongressKind { self == .dangVien ? .daiBieu : .dangVien }
}
