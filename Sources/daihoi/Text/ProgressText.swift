import Derive
import Diagnostics

/// The pipeline's progress lines (`[load] FILE`, `[check] ORG`, `[2/9] script`, `[pdf] 9 PDF`) worded in
/// the CLI's language: the tags and the paper names. A line of another shape is printed as it is.
struct ProgressText: Sendable {
    let language: Language
    let words: CLIWords

    func text(_ line: String) -> String {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return line }
        let tag = line[line.index(after: line.startIndex)..<close]
        let rest = line[line.index(after: close)...].drop { $0 == " " }
        switch tag {
        case "load": return "\(words.load) \(rest)"
        case "check": return "\(words.check) \(rest)"
        case "pdf":
            guard let count = rest.split(separator: " ").first, Int(count) != nil, rest.split(separator: " ").count == 2 else {
                return line
            }
            return "\(words.pdf) \(count) \(words.pdfFiles)"
        default:
            guard Self.step(line) != nil, let kind = DocumentKind(rawValue: String(rest)) else { return line }
            return language == .vi ? "[\(tag)] \(kind.title)" : line
        }
    }

    /// "[3/9] report" → (3, 9).
    static func step(_ line: String) -> (index: Int, count: Int)? {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
        let parts = line[line.index(after: line.startIndex)..<close].split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        return (index, count)
    }
}
