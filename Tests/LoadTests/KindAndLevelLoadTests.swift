import CongressModel
import Diagnostics
import Load
import Testing

/// `organisation.level` (every level, and a wrong one) and `credentials_review`, as the loader reads them.
struct KindAndLevelLoadTests {
    @Test func everyLevelLoads() throws {
        for level in OrganisationLevel.allCases {
            let result = load(minimal(replacing: [4: "  level: \(level.rawValue)"]))
            #expect(result.diagnostics.isEmpty, "\(level): \(summary(result))")
            let congress = try #require(result.congress)
            #expect(congress.organisation.level == level)
            // Where the kind and level rules point (DH261, DH262).
            #expect(congress.sourceMap["organisation.level"]?.line == 4)
            #expect(congress.sourceMap["congress.term"]?.line == 10)
            #expect(congress.sourceMap["congress.kind"]?.line == 8)
        }
    }

    @Test func anUnknownLevelListsTheLevels() {
        let result = load(minimal(replacing: [4: "  level: chi-bo-phuong"]))
        #expect(summary(result) == ["congress.yaml:4:10 DH107"])
        let text = onlyText(result, .en) ?? ""
        #expect(text.contains("chi-bo-truc-thuoc") && text.contains("chi-bo-co-so") && text.contains("cap-tren-co-so"), "\(text)")
    }

    @Test func theCredentialsReviewIsRead() throws {
        let result = load(minimal(appending: [
            "credentials_review:",
            "  delegate_elections: Bầu đúng nguyên tắc.",
            "  replacements: Không có.",
        ]))
        #expect(result.diagnostics.isEmpty, "\(summary(result))")
        let review = try #require(result.congress?.credentialsReview)
        #expect(review == CredentialsReview(delegateElections: "Bầu đúng nguyên tắc.", complaints: nil, replacements: "Không có."))
        #expect(load(minimal()).congress?.credentialsReview == nil)
    }

    @Test func aWrongCredentialsReviewIsLocated() {
        let misspelt = load(minimal(appending: ["credentials_review:", "  complaint: Không có."]))
        #expect(summary(misspelt) == ["congress.yaml:26:3 DH106"])
        let notText = load(minimal(appending: ["credentials_review:", "  complaints: [a, b]"]))
        #expect(summary(notText) == ["congress.yaml:26:15 DH104"])
    }
}
