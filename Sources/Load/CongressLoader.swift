import CongressModel
import Diagnostics
import Foundation
import Yams

/// What loading a congress file gives: the model when the file is valid, every diagnostic found, and
/// every text read (the YAML and each referenced file), by file name, for showing source lines.
public struct LoadResult: Sendable {
    /// The congress, or `nil` when any error was found.
    public var congress: Congress?
    /// Every problem found, in file order within each check.
    public var diagnostics: [Diagnostic]
    /// File name (as diagnostics name it) → its text.
    public var sources: [String: String]

    /// A result as the loader builds it (tests and callers may build one too).
    public init(congress: Congress?, diagnostics: [Diagnostic], sources: [String: String]) {
        self.congress = congress
        self.diagnostics = diagnostics
        self.sources = sources
    }
}

/// Đọc tệp đại hội — reads a `congress.yaml` (format 1, docs/congress-format.md) into a `Congress`,
/// reporting every error it can find with its `file:line:column`.
public struct CongressLoader: Sendable {
    /// A loader; it holds no state, so one may load many files, from any task.
    public init() {}

    /// Loads the file at `file` (the path as given is the name used in diagnostics).
    /// A missing or unreadable file is a diagnostic, never a crash.
    public func load(file: String) -> LoadResult {
        let refusal: Message
        switch ConfinedFile.read(file) {
        case let .data(data):
            switch UTF8Text.decode(data) {
            case let .success(text): return load(text: text, file: file)
            case let .failure(bad):
                let sources = bad.encoding == nil ? [file: String(decoding: data, as: UTF8.self)] : [:]
                return LoadResult(congress: nil, diagnostics: [.error(.notUTF8(path: file, encoding: bad.encoding),
                                                                      at: SourceLocation(file: file, line: bad.line, column: bad.column))],
                                  sources: sources)
            }
        case .missing: refusal = .io(.readFailed(path: file, reason: SystemReason(code: ENOENT)))
        case .outsideFolder: refusal = .io(.readFailed(path: file, reason: SystemReason(code: ELOOP)))
        // A folder is the system's EISDIR ("là một thư mục"); a FIFO, a device, a socket is never opened (DH134).
        case .special(.folder): refusal = .io(.readFailed(path: file, reason: SystemReason(code: EISDIR)))
        case let .special(kind): refusal = .notRegularFile(path: file, kind: kind)
        case .tooLarge: refusal = .fileTooLarge(path: file, maximumMiB: ConfinedFile.maximumBytes >> 20)
        case let .unreadable(code): refusal = .io(.readFailed(path: file, reason: SystemReason(code: code)))
        }
        // A file that is there but refused whole (a pipe, a device, past the size limit) is named at its start, so the
        // line reads file:1:1 like every other refused file; a missing or unreadable path has no position.
        let whole: Bool
        switch refusal {
        case .notRegularFile, .fileTooLarge: whole = true
        default: whole = false
        }
        return LoadResult(congress: nil, diagnostics: [.error(refusal, at: whole ? SourceLocation(file: file, line: 1, column: 1) : nil)],
                          sources: [:])
    }

    /// Loads YAML text; `file` names it in diagnostics and `{file: …}` references resolve against its folder.
    public func load(text: String, file: String) -> LoadResult {
        // A byte-order mark (Windows editors write one) is not part of the text; libyaml refuses it here.
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let context = LoadContext(file: file, text: text)
        let congress = readDocument(text: text, context: context)
        let ok = !context.diagnostics.contains { $0.severity == .error }
        return LoadResult(congress: ok ? congress : nil, diagnostics: context.diagnostics, sources: context.sources)
    }
}

private extension CongressLoader {
    func readDocument(text: String, context: LoadContext) -> Congress? {
        if let refused = ControlCharacter.first(in: text) {
            context.error(.refusedCharacter(key: context.file, scalar: refused.scalar),
                          at: SourceLocation(file: context.file, line: refused.line, column: refused.column))
            return nil
        }
        if let run = CombiningMarkRun.first(in: text) {
            context.error(.combiningMarkRun(key: context.file, limit: CombiningMarkRun.limit),
                          at: SourceLocation(file: context.file, line: run.line, column: run.column))
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: context.yamlText, Resolver.basic)
        } catch {
            context.append(YAMLErrorMapping.diagnostic(for: error, file: context.file, text: context.yamlText, lines: context.lineMap))
            return nil
        }
        guard let root else {
            context.error(.emptyDocument, at: SourceLocation(file: context.file, line: 1, column: 1))
            return nil
        }
        if let repeated = AliasExpansion.excess(in: root, fileBytes: context.yamlText.utf8.count) {
            context.error(.aliasExpansion(anchor: repeated.anchor?.rawValue), at: context.lineMap.location(repeated.mark, file: context.file))
            return nil
        }
        let foreign = ForeignTag.all(in: root)
        for (node, path, tag) in foreign {
            context.error(.foreignTag(key: path, tag: tag), at: context.lineMap.location(node.mark, file: context.file))
        }
        guard foreign.isEmpty else { return nil }
        let reader = DocumentReader(context: context)
        guard let parts = reader.read(Cursor(node: root, path: "", context: context)) else { return nil }
        CrossChecks(context: context).run(on: parts)
        return reader.congress(from: parts)
    }
}
