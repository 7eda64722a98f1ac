import Derive
import Diagnostics
import Vietnamese

/// What `daihoi batch` is asked to do.
public struct BatchOptions: Sendable {
    /// The folder holding one sub-folder per branch, each with its `congress.yaml`.
    public var inputDirectory: String
    /// Where each branch's papers go (`OUT/<branch>/`), with the dashboard `OUT/index.html`.
    public var outputDirectory: String
    public var documents: [DocumentKind]
    public var formats: [OutputFormat]
    /// Branches rendered at the same time (default: the number of cores).
    public var jobs: Int
    /// Render every branch even when its inputs are unchanged.
    public var force: Bool
    /// Only this slice of the branches.
    public var shard: Shard?
    /// The day readiness is judged on.
    public var asOf: CalendarDate?
    /// Language of the diagnostics recorded in the results.
    public var language: Language
    /// The papers were asked for by name (`--doc report`): a branch whose data cannot make one has an error.
    public var explicitDocuments = false
    /// `--doc dossier`: each branch's whole dossier in its folder, as `render --doc dossier` writes it, with its
    /// readiness on the dashboard; a branch lacking a required paper has an error (DH420).
    public var dossier = false

    public init(inputDirectory: String, outputDirectory: String, documents: [DocumentKind] = DocumentKind.allCases,
                formats: [OutputFormat] = [.html], jobs: Int = 2, force: Bool = false, shard: Shard? = nil,
                asOf: CalendarDate? = nil, language: Language = .vi) {
        self.inputDirectory = inputDirectory
        self.outputDirectory = outputDirectory
        self.documents = documents
        self.formats = formats
        self.jobs = max(1, jobs)
        self.force = force
        self.shard = shard
        self.asOf = asOf
        self.language = language
    }
}

/// What a batch run did. Only the branches with errors are kept whole (their diagnostics are printed);
/// every result is in its branch's `.daihoi-result.json` (`BatchRunner.results(in:)` reads them).
public struct BatchReport: Sendable {
    /// Every branch of the slice, by name.
    public var branches: [String] = []
    /// Branches rendered in this run.
    public var rendered: [String] = []
    /// Branches skipped because nothing changed.
    public var unchanged: [String] = []
    /// Branches with at least one error, by name.
    public var invalid: [BranchResult] = []
    /// What the input folder holds that is not a branch (`congress.yml`, a YAML at its top).
    public var inputDiagnostics: [Diagnostic] = []

    public init() {}
}
