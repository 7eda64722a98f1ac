/// What the Ban thẩm tra tư cách đại biểu reports besides attendance (`credentials_review:`), at a đại hội đại biểu.
///
/// QĐ 29-QĐ/TW mục 12.2 (DOMAIN.md, "Kind of congress"): the board reviews the committee's report on how the
/// delegates were elected at the lower congresses, settles complaints about delegates' credentials, and states
/// the alternates (đại biểu dự khuyết) who replaced absent delegates; then attendance and the breakdowns.
/// Each part is prose typed by the secretaries; a part left out is printed as a line to fill in, never invented.
public struct CredentialsReview: Sendable, Equatable {
    /// Việc bầu cử đại biểu ở đại hội cấp dưới — how the delegates were elected (principles, procedure, results).
    public var delegateElections: String?
    /// Đơn thư khiếu nại, tố cáo về tư cách đại biểu và kết quả giải quyết.
    public var complaints: String?
    /// Đại biểu dự khuyết thay thế đại biểu chính thức vắng mặt.
    public var replacements: String?

    public init(delegateElections: String? = nil, complaints: String? = nil, replacements: String? = nil) {
        self.delegateElections = delegateElections
        self.complaints = complaints
        self.replacements = replacements
    }
}
