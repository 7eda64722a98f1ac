import DaiHoi

/// What the command line says besides the help and the diagnostics — progress lines, summaries, the
/// line of an interrupted run, the frame of usage errors — one value per language.
struct CLIWords: Sendable {
    /// `[load]`, `[check]`, `[pdf]` and the line before a paper's name.
    var load: String
    var check: String
    var pdf: String
    /// "[pdf] 9 PDF" → the words after the count.
    var pdfFiles: String
    var noErrors: String
    /// "53/300 errors: 1 eta: 5 s (chi-bo-0053)" (a log line) and the bar's "lỗi: 1  còn ~5 s".
    var batchLine: @Sendable (_ done: Int, _ total: Int, _ invalid: Int, _ eta: String, _ current: String) -> String
    var barTail: @Sendable (_ invalid: Int, _ eta: String) -> String
    /// "300 branches: 297 rendered, 0 unchanged, 3 with errors → out/index.html".
    var batchSummary: @Sendable (_ branches: Int, _ rendered: Int, _ unchanged: Int, _ invalid: Int, _ index: String) -> String
    var mergeSummary: @Sendable (_ branches: Int, _ index: String) -> String
    var sampleSummary: @Sendable (_ count: Int, _ broken: Int, _ folder: String) -> String
    /// The one line of a run stopped by Ctrl-C: what was finished, and that a rerun completes the rest.
    var interruptedBatch: @Sendable (_ done: Int, _ total: Int) -> String
    var interruptedRender: @Sendable (_ done: Int, _ total: Int) -> String
    /// Usage errors.
    var usageError: String
    var didYouMean: @Sendable (_ word: String) -> String
    var seeHelp: @Sendable (_ command: String) -> String
    var internalError: String
    var missingBranchesFolder: String
    var badShard: String
    var badAsOf: String
    var badJobs: String
    var badCount: String
    var badBroken: String
    var badMembers: String
}

extension CLIWords {
    static let vietnamese = CLIWords(
        load: "[đọc]", check: "[kiểm tra]", pdf: "[pdf]", pdfFiles: "tệp PDF đang in", noErrors: "Không có lỗi.",
        batchLine: { "[batch] \($0)/\($1) lỗi: \($2) còn: \($3) (\($4))" },
        barTail: { "lỗi: \($0)  còn ~\($1)" },
        batchSummary: { "\($0) chi bộ: \($1) đã xuất, \($2) không đổi, \($3) có lỗi → \($4)" },
        mergeSummary: { "\($0) chi bộ → \($1)" },
        sampleSummary: { "\($0) chi bộ (\($1) bị làm hỏng) → \($2)" },
        interruptedBatch: { "Đã dừng: đã xong \($0)/\($1) chi bộ; chạy lại lệnh để hoàn tất." },
        interruptedRender: { "Đã dừng: đã xong \($0)/\($1) văn kiện; chạy lại lệnh để hoàn tất." },
        usageError: "Lỗi",
        didYouMean: { "có phải ý bạn là '\($0)'?" },
        seeHelp: { "Xem '\($0) --help' để biết thêm." },
        internalError: "lỗi nội bộ",
        missingBranchesFolder: "Thiếu thư mục các chi bộ (hoặc dùng --merge).",
        badShard: "--shard cần dạng K/N với 1 ≤ K ≤ N, ví dụ 2/3.",
        badAsOf: "--as-of cần một ngày có thật dạng YYYY-MM-DD.",
        badJobs: "--jobs phải từ 1 trở lên.",
        badCount: "N phải từ 1 trở lên.",
        badBroken: "--broken phải từ 0 đến N.",
        badMembers: "--members phải từ 6 đến 1000.")

    static let english = CLIWords(
        load: "[load]", check: "[check]", pdf: "[pdf]", pdfFiles: "PDF to print", noErrors: "No errors.",
        batchLine: { "[batch] \($0)/\($1) errors: \($2) eta: \($3) (\($4))" },
        barTail: { "errors: \($0)  eta ~\($1)" },
        batchSummary: { "\($0) branches: \($1) rendered, \($2) unchanged, \($3) with errors → \($4)" },
        mergeSummary: { "\($0) branches → \($1)" },
        sampleSummary: { "\($0) branches (\($1) broken) → \($2)" },
        interruptedBatch: { "Stopped: \($0)/\($1) branches done; run the command again to complete the rest." },
        interruptedRender: { "Stopped: \($0)/\($1) papers done; run the command again to complete the rest." },
        usageError: "Error",
        didYouMean: { "did you mean '\($0)'?" },
        seeHelp: { "See '\($0) --help' for more information." },
        internalError: "internal error",
        missingBranchesFolder: "Missing the branches folder (or use --merge).",
        badShard: "--shard expects K/N with 1 ≤ K ≤ N, e.g. 2/3.",
        badAsOf: "--as-of expects a real date YYYY-MM-DD.",
        badJobs: "--jobs must be at least 1.",
        badCount: "N must be at least 1.",
        badBroken: "--broken must be between 0 and N.",
        badMembers: "--members must be between 6 and 1000.")
}
