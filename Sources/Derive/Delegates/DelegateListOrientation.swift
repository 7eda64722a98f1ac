import CongressModel

/// Khổ giấy của danh sách đại biểu — whether the delegate list turns its pages sideways. Its eight columns
/// (STT, họ và tên, năm sinh, giới tính, dân tộc, chức vụ và đơn vị, chuyên môn, lý luận chính trị) leave the
/// position about 40 mm in portrait, so most rows take two or three lines: 300 delegates filled 17–19 pages.
/// On a landscape page the position reads on one line and a page holds some 25 rows (issue 15: at least 20).
/// 36-HD/VPTW does not say whether a table may turn (UNCONFIRMED): `settings.delegate_list_landscape` decides,
/// and by default a list longer than `portraitRowLimit` rows turns while a short one stays portrait.
public enum DelegateListOrientation {
    /// The longest list printed in portrait by default: two portrait pages hold it.
    public static let portraitRowLimit = 40

    /// Whether `congress`'s delegate list is printed on landscape pages.
    public static func isLandscape(_ congress: Congress) -> Bool {
        congress.settings.delegateListLandscape ?? (congress.delegates.count > portraitRowLimit)
    }
}
