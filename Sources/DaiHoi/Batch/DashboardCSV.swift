import Derive
import Vietnamese

/// `OUT/dashboard.csv` — the dashboard's rows, in its order, for a spreadsheet: UTF-8 with a byte order
/// mark (so Excel reads Vietnamese letters), CRLF line ends and RFC 4180 quoting; a cell that a spreadsheet
/// would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
enum DashboardCSV {
    /// The byte order mark and the header line.
    static let header = "\u{FEFF}" + line(["Tình trạng", "Tổ chức", "Thư mục", "Ngày đại hội", "Hạn kịch bản",
                                           "Mục kịch bản chưa xong", "Lỗi", "Cảnh báo", "Văn kiện",
                                           "Hồ sơ đại hội", "Thiếu (bắt buộc)"])

    /// One branch's line, judged on `day`.
    static func row(_ r: BranchResult, on day: CalendarDate) -> String {
        line([BranchState(r, on: day).label, r.organisation ?? r.name, r.name,
              r.date.flatMap(Dashboard.numeric) ?? "", r.scriptDeadline.flatMap(Dashboard.numeric) ?? "",
              r.scriptUnfinished.map(String.init) ?? "", String(r.errors), String(r.warnings),
              r.documents.map { Dashboard.href(r.name, $0) }.joined(separator: " "),
              r.dossier?.fraction ?? "", r.dossier?.missingRequired.joined(separator: "; ") ?? ""])
    }

    /// Cells joined by commas, ended by CRLF.
    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell: defused against formulas, then quoted when it holds a comma, a quote or a line break.
    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
