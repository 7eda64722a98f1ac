import CongressModel
import Diagnostics

/// Reads the top-level map of `congress.yaml`; each section has its own reader.
struct DocumentReader {
    let context: LoadContext

    static var keys: [String] { CongressFields.document.keys }

    /// Every section that could be read (a section with an error is `nil`; the diagnostics say why).
    struct Parts {
        var schema: Int?
        var organisation: Organisation?
        var details: CongressDetails?
        var people: [Person]?
        var delegates: [Delegate]?
        var attendance: DeclaredAttendance?
        var guests: [Guest] = []
        var bodies: CongressBodies?
        var sessions: (preparatory: Session?, official: Session)?
        var discussions: [Discussion] = []
        var motions: [Motion] = []
        var draftComments: [DraftComments] = []
        var elections: [Election] = []
        var firstMeeting: FirstMeeting?
        var delegation: DelegationAllocation?
        var settings = Settings()
        var politicalReport: PoliticalReport?
        var committeeReview: CommitteeReview?
        var speeches = Speeches()
        var targets: [Target] = []
        var resolution: Resolution?
        var documentNumbers: [String: String] = [:]
        var credentialsReview: CredentialsReview?
    }

    /// The sections of the document, or `nil` when it is not a map or its schema is not 1.
    func read(_ root: Cursor) -> Parts? {
        guard let map = root.map(keys: Self.keys) else { return nil }
        var parts = Parts()
        if let cursor = map.required("schema") {
            guard let schema = readSchema(cursor) else { return nil }
            parts.schema = schema
        }
        parts.organisation = map.required("organisation").flatMap(OrganisationReader.organisation)
        parts.details = map.required("congress").flatMap(OrganisationReader.details)
        parts.people = map.required("people").flatMap(PeopleReader.people)
        parts.delegates = map.required("delegates").flatMap(DelegatesReader.delegates)
        parts.attendance = map.optional("attendance").flatMap(DelegatesReader.attendance)
        parts.guests = map.optional("guests").map(DelegatesReader.guests) ?? []
        parts.bodies = map.required("bodies").flatMap(DelegatesReader.bodies)
        parts.sessions = map.required("sessions").flatMap(SessionsReader.sessions)
        parts.discussions = map.optional("discussions").map(SessionsReader.discussions) ?? []
        parts.motions = map.optional("motions").map(SessionsReader.motions) ?? []
        parts.draftComments = map.optional("draft_comments").map(SessionsReader.draftComments) ?? []
        parts.elections = map.optional("elections").flatMap(ElectionsReader.elections) ?? []
        if let results = map.optional("vote_count_results") { CountResultsReader.apply(results, to: &parts.elections) }
        parts.firstMeeting = map.optional("first_meeting").flatMap(FirstMeetingReader.firstMeeting)
        parts.delegation = map.optional("delegation").flatMap(FirstMeetingReader.delegation)
        parts.settings = map.optional("settings").map(SettingsReader.settings) ?? Settings()
        parts.politicalReport = map.optional("political_report").flatMap(ReportReader.report)
        parts.committeeReview = map.optional("committee_review").flatMap(ReportReader.committeeReview)
        parts.speeches = map.optional("speeches").flatMap(ReportReader.speeches) ?? Speeches()
        parts.targets = map.optional("targets").flatMap(ReportReader.targets) ?? []
        parts.resolution = map.optional("resolution").flatMap(ReportReader.resolution)
        parts.documentNumbers = map.optional("document_numbers").flatMap(ReportReader.documentNumbers) ?? [:]
        parts.credentialsReview = map.optional("credentials_review").flatMap(CredentialsReviewReader.review)
        return parts
    }

    /// The congress, when every required section was read.
    func congress(from parts: Parts) -> Congress? {
        guard let schema = parts.schema, let organisation = parts.organisation, let details = parts.details,
              let people = parts.people, let delegates = parts.delegates, let bodies = parts.bodies,
              let sessions = parts.sessions else { return nil }
        var congress = Congress(file: context.file, schema: schema, organisation: organisation, details: details,
                        people: people, delegates: delegates, declaredAttendance: parts.attendance, guests: parts.guests,
                        bodies: bodies, preparatorySession: sessions.preparatory, officialSession: sessions.official,
                        discussions: parts.discussions, motions: parts.motions, elections: parts.elections,
                        settings: parts.settings, politicalReport: parts.politicalReport, targets: parts.targets,
                        resolution: parts.resolution, documentNumbers: parts.documentNumbers,
                        credentialsReview: parts.credentialsReview, sourceMap: SourceMap(context.positions))
        congress.firstMeeting = parts.firstMeeting
        congress.delegation = parts.delegation
        congress.draftComments = parts.draftComments
        congress.committeeReview = parts.committeeReview
        congress.speeches = parts.speeches
        return congress
    }

    /// `schema: 1`; any other version stops the load (the rest of the file may follow another format).
    private func readSchema(_ cursor: Cursor) -> Int? {
        guard cursor.kind == .integer, cursor.node.int == 1 else {
            cursor.error(.unsupportedSchema(found: cursor.rawScalar ?? cursor.kind.name(in: .en)))
            return nil
        }
        return 1
    }
}
