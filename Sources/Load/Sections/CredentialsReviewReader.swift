import CongressModel

/// `credentials_review:` — what the Ban thẩm tra tư cách reports besides attendance (đại hội đại biểu), each part
/// optional prose: `delegate_elections`, `complaints`, `replacements`.
enum CredentialsReviewReader {
    static func review(_ cursor: Cursor) -> CredentialsReview? {
        guard let map = cursor.map(keys: CongressFields.credentialsReview.keys) else { return nil }
        let elections = PeopleReader.optional(map, "delegate_elections") { $0.text() }
        let complaints = PeopleReader.optional(map, "complaints") { $0.text() }
        let replacements = PeopleReader.optional(map, "replacements") { $0.text() }
        guard let elections, let complaints, let replacements else { return nil }
        return CredentialsReview(delegateElections: elections, complaints: complaints, replacements: replacements)
    }
}
