import Derive

/// What a batch recorded about one branch: written last into `OUT/<branch>/.daihoi-result.json`, after
/// every document, so a killed run leaves either a complete branch or one the next run redoes.
public struct BranchResult: Codable, Sendable, Equatable {
    /// The branch folder, relative to the batch input (also its output folder).
    public var name: String
    /// Tên tổ chức — the organisation, when the file loaded.
    public var organisation: String?
    /// The congress name ("Đại hội đảng viên Chi bộ … lần thứ V").
    public var congress: String?
    /// Cấp ủy cấp trên — the superior body named in the branch's file.
    public var superior: String?
    /// The place name of its date line.
    public var place: String?
    /// Nhiệm kỳ, "2025 - 2030".
    public var term: String?
    /// ISO date of the first session.
    public var date: String?
    /// ISO date by which the script must be final.
    public var scriptDeadline: String?
    /// Days from the as-of date to the deadline (negative: late); `nil` without `--as-of`.
    public var daysLeft: Int?
    /// Script items not yet final (no performer, or placeholder lines: DH201/DH202); `nil` when the file did not load.
    public var scriptUnfinished: Int?
    public var errors: Int
    public var warnings: Int
    /// Every diagnostic, rendered as the CLI prints it.
    public var diagnostics: [String]
    /// The documents written, relative to the branch output folder, sorted.
    public var documents: [String]
    /// The hash of the inputs this result was made from.
    public var inputHash: String
    /// Figures the aggregate report sums.
    public var figures: BranchFigures?
    /// `batch --doc dossier`: how much of the branch's dossier is ready; `nil` for other runs or a file that did not load.
    public var dossier: DossierReadiness?

    public init(name: String, organisation: String? = nil, congress: String? = nil, date: String? = nil,
                scriptDeadline: String? = nil, daysLeft: Int? = nil, errors: Int = 0, warnings: Int = 0,
                diagnostics: [String] = [], documents: [String] = [], inputHash: String, figures: BranchFigures? = nil) {
        self.name = name
        self.organisation = organisation
        self.congress = congress
        self.date = date
        self.scriptDeadline = scriptDeadline
        self.daysLeft = daysLeft
        self.errors = errors
        self.warnings = warnings
        self.diagnostics = diagnostics
        self.documents = documents
        self.inputHash = inputHash
        self.figures = figures
    }
}

/// The figures of one branch that the superior committee's aggregate report adds up.
public struct BranchFigures: Codable, Sendable, Equatable {
    public var summoned: Int
    public var present: Int
    /// Whether the congress has been held (its official session is on or before the as-of date).
    public var held: Bool
    /// Ủy viên cấp ủy trúng cử — committee members elected (Ban Chấp hành or chi ủy).
    public var committeeElected: Int
    /// Of them, women.
    public var committeeWomen: Int
    /// Of them, ethnic minorities (not Kinh).
    public var committeeMinorities: Int
    /// Of them, with a university degree or higher.
    public var committeeUniversity: Int
    /// Of them, with high-level (cao cấp or cử nhân) political theory.
    public var committeeHighTheory: Int
    /// Of them, re-elected (tái cử: members of the outgoing committee); the rest are new.
    public var committeeReElected: Int = 0
    /// Whether a secretary (bí thư) was elected.
    public var secretaryElected: Bool
    /// Whether the secretary elected held the post before (bí thư tái cử).
    public var secretaryReElected: Bool = false
    /// Phó Bí thư elected, and of them re-elected.
    public var deputiesElected: Int = 0
    public var deputiesReElected: Int = 0

    /// Whether the file records the results of the congress: a committee, secretary or deputy elected.
    var hasResults: Bool { committeeElected > 0 || secretaryElected || deputiesElected > 0 }

    public init(summoned: Int, present: Int, held: Bool, committeeElected: Int = 0, committeeWomen: Int = 0,
                committeeMinorities: Int = 0, committeeUniversity: Int = 0, committeeHighTheory: Int = 0,
                secretaryElected: Bool = false) {
        self.summoned = summoned
        self.present = present
        self.held = held
        self.committeeElected = committeeElected
        self.committeeWomen = committeeWomen
        self.committeeMinorities = committeeMinorities
        self.committeeUniversity = committeeUniversity
        self.committeeHighTheory = committeeHighTheory
        self.secretaryElected = secretaryElected
    }
}

/// How much of a branch's congress dossier (hồ sơ đại hội) its data makes: the papers written of those the dossier
/// holds, and the required ones it lacks (each an error DH420, as in `render --doc dossier`).
public struct DossierReadiness: Codable, Sendable, Equatable {
    /// The papers the data makes (the index not counted).
    public var ready: Int
    /// The papers of the dossier: those made and those missing.
    public var total: Int
    /// The Vietnamese titles of the required papers the data cannot make, in the order of the congress.
    public var missingRequired: [String]

    public init(ready: Int, total: Int, missingRequired: [String]) {
        self.ready = ready
        self.total = total
        self.missingRequired = missingRequired
    }

    /// From the plan of the branch's dossier.
    init(_ plan: DossierPlan) {
        self.init(ready: plan.papers.count, total: plan.papers.count + plan.missing.count,
                  missingRequired: plan.missing.filter(\.required).map(\.title))
    }

    /// "12/14" — ready of the whole dossier.
    var fraction: String { "\(ready)/\(total)" }
}
