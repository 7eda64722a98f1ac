import Diagnostics

/// ArgumentParser's own words in a `--help` page (headings, the help and version flags, defaults), in
/// Vietnamese: the texts of the page itself come from ``HelpText``.
enum HelpPage {
    static let vietnamese: [(String, String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"),
        ("USAGE:", "CÁCH DÙNG:"),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH:"),
        ("Show help information.", "Xem hướng dẫn."),
        ("Show the version.", "In số phiên bản."),
        ("(default:", "(mặc định:"),
        ("; default:", "; mặc định:"),
        ("(values:", "(giá trị:"),
        ("See 'daihoi help <subcommand>' for detailed help.", "Xem 'daihoi help <lệnh>' để biết chi tiết."),
        ("<subcommand>", "<lệnh>"),
    ]

    /// The help page in the CLI's language (unchanged in English).
    static func localized(_ page: String, language: Language) -> String {
        guard language == .vi else { return page }
        return vietnamese.reduce(page) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
