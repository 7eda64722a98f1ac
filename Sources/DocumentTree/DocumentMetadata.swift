/// What a paper says about itself beside its pages, for a file's properties (the PDF's Info and XMP): the day it
/// is dated and the body that issues it. The title is ``Document/title``.
///
/// Set by the pipeline from the congress, never from the clock, so the same congress gives the same bytes.
public struct DocumentMetadata: Sendable, Equatable {
    /// Ngày của văn bản — the day the paper is dated; nil when the caller knows none (the writers then fall back
    /// to `SOURCE_DATE_EPOCH`, or 1970-01-01).
    public var date: DocumentDate?
    /// Cơ quan ban hành — the issuing body, e.g. "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TÂN LẬP LẦN THỨ XV ĐOÀN CHỦ TỊCH".
    public var author: String?

    public init(date: DocumentDate? = nil, author: String? = nil) {
        self.date = date
        self.author = author
    }

    /// A file property (title, author) as a reader's viewer shows it, in every writer: the no-break spaces the
    /// tree's typography put in (NoBreakSpacing) become spaces and its word joiners go ("2025 -⁠ 2030" reads
    /// "2025 - 2030").
    public static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\u{2060}" {
            out.append(scalar == "\u{00A0}" || scalar == "\u{202F}" ? " " : scalar)
        }
        return String(out)
    }
}

/// A day of the calendar as a file's metadata writes it (no time of day, no time zone: midnight UTC).
public struct DocumentDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2020-05-19".
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

extension Document {
    /// The issuing body as the paper's header prints it: the bold issuer lines of the first `table.doc-header`
    /// (the congress, and the body of the congress that issues the paper), joined by spaces, no-break spaces read
    /// as spaces; nil when the paper has no header block.
    public var headerIssuer: String? {
        func find(_ nodes: [Node]) -> Element? {
            for case .element(let element) in nodes {
                if element.name == "table", element.hasClass("doc-header") { return element }
                if let found = find(element.children) { return found }
            }
            return nil
        }
        func issuerLines(_ nodes: [Node], into lines: inout [String]) {
            for case .element(let element) in nodes {
                if element.name == "p", element.hasClass("issuer-name") {
                    let words = DocumentMetadata.plain(Node.element(element).textContent).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if !words.isEmpty { lines.append(words) }
                } else {
                    issuerLines(element.children, into: &lines)
                }
            }
        }
        guard let header = find(body) else { return nil }
        var lines: [String] = []
        issuerLines(header.children, into: &lines)
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }
}
