/// The command line's own problems with files and folders (DH410–DH429, and DH450–DH451 for the dossier's merged PDF): a paper asked for that the data
/// cannot make, an output folder that is a file, a batch folder that is missing, empty or holds files it
/// would otherwise skip without a word, prose whose raw HTML was dropped.
public enum IOMessage: Sendable, Equatable {
    /// `--doc X` asked for a paper the data cannot make (the data lacks every one of `paper.needs`).
    case paperNotApplicable(SkippedPaper)
    /// `--doc all`: the papers left out, each with the keys it needs (one line).
    case papersSkipped([SkippedPaper])
    /// `-o` names an existing file, not a folder.
    case outputIsFile(path: String)
    /// The batch folder cannot be opened.
    case batchFolderMissing(path: String, reason: SystemReason)
    /// The batch folder holds no `congress.yaml` at all.
    case batchFolderEmpty(path: String)
    /// A congress file under a batch folder named otherwise than `congress.yaml` (`congress.yml`, `Congress.yaml`).
    case misnamedCongressFile(path: String)
    /// A YAML file at the top of the batch folder, beside the branch folders, which no branch reads.
    case strayYAML(path: String)
    /// Raw HTML in Markdown prose, dropped from the papers (with the text of a `<script>` or `<style>`).
    case rawHTMLDropped(field: String, tag: String)
    /// `--doc dossier`: a paper the dossier requires (`settings.dossier_required`) that the data cannot make.
    case dossierPaperMissing(SkippedPaper)
    /// `--doc dossier`: the papers the dossier does not require that the data cannot make yet (one line).
    case dossierPapersLeftOut([SkippedPaper])
    /// `--doc dossier` before the congress met (no count, no closing time): the papers that record it, which
    /// come after it (one note, DH422).
    case dossierPapersAfterCongress([SkippedPaper])
    /// `--doc dossier --format pdf`: no pypdf (Debian `python3-pypdf`), so the papers' PDFs are not joined into one (DH450).
    case dossierMergeUnavailable(path: String)
    /// `--doc dossier --format pdf`: pypdf failed to join the papers' PDFs, with its last line, or Typst failed to set the whole dossier, with its message (DH451).
    case dossierMergeFailed(path: String, reason: String)
    /// A file could not be read, with the system's reason in the user's language: DH100 (as
    /// ``Message/unreadableFile(path:detail:)``, whose reason is a text already worded).
    case readFailed(path: String, reason: SystemReason)
    /// A file could not be written, with the system's reason in the user's language: DH401 (as
    /// ``Message/outputWriteFailed(path:detail:)``, whose reason is a text already worded).
    case writeFailed(path: String, reason: SystemReason)

    /// The stable code, DH410–DH429 or DH450–DH459.
    public var code: String {
        switch self {
        case .paperNotApplicable: "DH410"
        case .papersSkipped: "DH411"
        case .outputIsFile: "DH412"
        case .batchFolderMissing: "DH413"
        case .batchFolderEmpty: "DH414"
        case .misnamedCongressFile: "DH415"
        case .strayYAML: "DH416"
        case .rawHTMLDropped: "DH417"
        case .dossierPaperMissing: "DH420"
        case .dossierPapersLeftOut: "DH421"
        case .dossierPapersAfterCongress: "DH422"
        case .dossierMergeUnavailable: "DH450"
        case .dossierMergeFailed: "DH451"
        case .readFailed: "DH100"
        case .writeFailed: "DH401"
        }
    }

    /// One example of every code (docs/diagnostics.md lists every code); `readFailed` is DH100 and
    /// `writeFailed` DH401, whose examples are ``Message/unreadableFile(path:detail:)`` and ``Message/outputWriteFailed(path:detail:)``.
    public static let examples: [IOMessage] = [
        .paperNotApplicable(SkippedPaper(paper: "report", title: "báo cáo chính trị", needs: ["political_report", "targets"])),
        .papersSkipped([SkippedPaper(paper: "ballots", title: "phiếu bầu cử", needs: ["elections"])]),
        .outputIsFile(path: "out"),
        .batchFolderMissing(path: "branches", reason: SystemReason(code: 2)),
        .batchFolderEmpty(path: "branches"),
        .misnamedCongressFile(path: "branches/chi-bo-1/congress.yml"),
        .strayYAML(path: "branches/congress.yaml"),
        .rawHTMLDropped(field: "political_report.limitations", tag: "<script>"),
        .dossierPaperMissing(SkippedPaper(paper: "minutes", title: "biên bản đại hội", needs: ["sessions.official.closed_at"])),
        .dossierPapersLeftOut([SkippedPaper(paper: "report", title: "báo cáo chính trị", needs: ["political_report", "targets"])]),
        .dossierPapersAfterCongress([SkippedPaper(paper: "minutes", title: "biên bản đại hội", needs: ["sessions.official.closed_at"])]),
        .dossierMergeUnavailable(path: "out/ho-so-dai-hoi.pdf"),
        .dossierMergeFailed(path: "out/ho-so-dai-hoi.pdf", reason: "pypdf.errors.PdfReadError: EOF marker not found"),
    ]

    public func text(in language: Language) -> String {
        let vi = language == .vi
        switch self {
        case let .paperNotApplicable(p):
            return vi ? "không xuất được \(p.title) ('\(p.paper)'): dữ liệu cần khóa \(p.needsText(.vi))"
                      : "cannot write the \(p.title) ('\(p.paper)'): the data needs the key \(p.needsText(.en))"
        case let .papersSkipped(papers):
            let list = SkippedPaper.listText(papers, language)
            return vi ? "không xuất \(papers.count) văn kiện vì dữ liệu chưa có:\(list)"
                      : "\(papers.count) paper\(papers.count == 1 ? "" : "s") not written, the data lacks what they need:\(list)"
        case let .outputIsFile(path):
            return vi ? "'\(path)' là một tệp, không phải thư mục — chọn một thư mục khác với -o"
                      : "'\(path)' is a file, not a folder — choose another folder with -o"
        case let .batchFolderMissing(path, reason):
            return vi ? "không mở được thư mục các chi bộ '\(path)': \(reason.text(in: .vi))"
                      : "cannot open the branches folder '\(path)': \(reason.text(in: .en))"
        case let .batchFolderEmpty(path):
            return vi ? "thư mục '\(path)' không có chi bộ nào — cần mỗi chi bộ một thư mục chứa congress.yaml"
                      : "the folder '\(path)' holds no branch — each branch needs a folder with its congress.yaml"
        case let .misnamedCongressFile(path):
            return vi ? "bỏ qua '\(path)': tệp đại hội phải tên là congress.yaml"
                      : "'\(path)' is skipped: a congress file must be named congress.yaml"
        case let .strayYAML(path):
            return vi ? "bỏ qua '\(path)': tệp nằm ngay trong thư mục các chi bộ — mỗi chi bộ cần một thư mục riêng chứa congress.yaml"
                      : "'\(path)' is skipped: it sits at the top of the branches folder — each branch needs its own folder with a congress.yaml"
        case let .rawHTMLDropped(field, tag):
            return vi ? "'\(field)' có HTML ('\(tag)'): đã bỏ khỏi văn kiện cùng nội dung của script/style — viết bằng Markdown"
                      : "'\(field)' holds raw HTML ('\(tag)'): dropped from the papers with the content of script/style — write Markdown"
        case let .dossierPaperMissing(p):
            return vi ? "hồ sơ đại hội thiếu \(p.title) ('\(p.paper)'), tài liệu bắt buộc: dữ liệu cần khóa \(p.needsText(.vi))"
                      : "the congress dossier lacks the \(p.title) ('\(p.paper)'), which it requires: the data needs the key \(p.needsText(.en))"
        case let .dossierPapersLeftOut(papers):
            let list = SkippedPaper.listText(papers, language)
            return vi ? "hồ sơ đại hội chưa có (không bắt buộc):\(list)" : "the congress dossier leaves out (not required):\(list)"
        case let .dossierPapersAfterCongress(papers):
            let list = papers.map { "\n  – \($0.title)" }.joined()
            return vi ? "hồ sơ lập trước đại hội (chưa có kết quả kiểm phiếu `elections[].rounds`, chưa có giờ bế mạc `sessions.official.closed_at`); các văn kiện sau lập khi Đại hội đã họp:\(list)"
                      : "dossier made before the congress (no count in `elections[].rounds`, no closing time in `sessions.official.closed_at`); these papers are made once the congress has met:\(list)"
        case let .dossierMergeUnavailable(path):
            return vi ? "không ghép được hồ sơ thành một tệp '\(path)': thiếu pypdf — cài gói python3-pypdf; các PDF từng tài liệu vẫn được ghi"
                      : "cannot join the dossier into one file '\(path)': pypdf is missing — install python3-pypdf; each paper's PDF is still written"
        case let .dossierMergeFailed(path, reason):
            return vi ? "không ghép được hồ sơ thành một tệp '\(path)': \(reason); các PDF từng tài liệu vẫn được ghi"
                      : "cannot join the dossier into one file '\(path)': \(reason); each paper's PDF is still written"
        case let .readFailed(path, reason):
            return vi ? "không đọc được tệp '\(path)': \(reason.text(in: .vi))" : "cannot read file '\(path)': \(reason.text(in: .en))"
        case let .writeFailed(path, reason):
            return vi ? "không ghi được '\(path)': \(reason.text(in: .vi))" : "cannot write '\(path)': \(reason.text(in: .en))"
        }
    }
}

/// A paper left out because the data lacks what it is made from.
public struct SkippedPaper: Sendable, Equatable {
    /// The `--doc` value, e.g. `report`.
    public var paper: String
    /// Its Vietnamese name, e.g. "báo cáo chính trị" (the papers are Vietnamese in both languages).
    public var title: String
    /// The keys of which the data needs at least one.
    public var needs: [String]

    public init(paper: String, title: String, needs: [String]) {
        self.paper = paper
        self.title = title
        self.needs = needs
    }

    /// One paper a line, under the message: "\n  – báo cáo chính trị: cần `political_report` hoặc `targets`\n  – phiếu
    /// bầu cử: cần `elections`" (a run-on line of sixteen papers was unreadable: reviews of session 8).
    static func listText(_ papers: [SkippedPaper], _ language: Language) -> String {
        papers.map { "\n  – \($0.title): \(language == .vi ? "cần" : "needs") \($0.needsText(language))" }.joined()
    }

    /// "`political_report` hoặc `targets`".
    func needsText(_ language: Language) -> String {
        needs.map { "`\($0)`" }.joined(separator: language == .vi ? " hoặc " : " or ")
    }
}
