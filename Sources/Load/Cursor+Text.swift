import Diagnostics
import Foundation
import Vietnamese
import Yams

extension Cursor {
    /// A text: a scalar, or `{file: relative/path}` whose file is read from the congress folder.
    /// NFC-normalised; a control character is refused.
    /// A text still holding a placeholder of `daihoi init` (« … ») is read, with a warning (DH460).
    func text() -> String? {
        guard let text = readText() else { return nil }
        if let placeholder = Placeholder.first(in: text) {
            context.append(Diagnostic(severity: .warning, message: .placeholderNotReplaced(key: path, placeholder: placeholder),
                                      location: location))
        }
        return text
    }

    private func readText() -> String? {
        if case let .mapping(mapping) = node {
            guard mapping["file"] != nil else {
                wrongType(.text)
                return nil
            }
            return referencedText()
        }
        guard let raw = scalarText(expecting: .text) else { return nil }
        if let refused = raw.unicodeScalars.first(where: ControlCharacter.isRefused) {
            error(.refusedCharacter(key: path, scalar: ControlCharacter.name(refused)))
            return nil
        }
        // A quoted "\u0301…" may hold marks the raw file does not.
        if CombiningMarkRun.first(in: raw) != nil {
            error(.combiningMarkRun(key: path, limit: CombiningMarkRun.limit))
            return nil
        }
        return VietnameseText.normalized(raw)
    }
}

private extension Cursor {
    /// The text of `{file: relative/path}`: a regular file inside the congress folder (`ConfinedFile`), UTF-8,
    /// without control characters; every refusal is reported at the `file:` value, naming the path as written.
    func referencedText() -> String? {
        guard let map = map(keys: CongressFields.fileReference.keys), let pathCursor = map.required("file"),
              let relative = pathCursor.scalarText(expecting: .text) else { return nil }
        // No control character at all in a path: not even the tab and line breaks a text may hold (C0, DEL, C1).
        if let refused = relative.unicodeScalars.first(where: { ControlCharacter.isRefused($0) || $0.value < 0x20
            || (0x80..<0xA0).contains($0.value) || LineMap.isYAMLOnlyBreak($0) }) {
            pathCursor.error(.refusedCharacter(key: pathCursor.path, scalar: ControlCharacter.name(refused)))
            return nil
        }
        guard let inside = resolve(relative) else {
            pathCursor.error(.fileReferenceOutsideFolder(path: relative))
            return nil
        }
        let resolved = context.folder.isEmpty ? inside : "\(context.folder)/\(inside)"
        let data: Data
        switch ConfinedFile.read(inside, inside: context.folder) {
        case let .data(bytes): data = bytes
        case .missing, .unreadable:
            pathCursor.error(.referencedFileMissing(path: relative))
            return nil
        case .outsideFolder:
            pathCursor.error(.symlinkOutsideFolder(path: relative))
            return nil
        case let .special(kind):
            pathCursor.error(.notRegularFile(path: relative, kind: kind))
            return nil
        case .tooLarge:
            pathCursor.error(.fileTooLarge(path: relative, maximumMiB: ConfinedFile.maximumBytes >> 20))
            return nil
        }
        let text: String
        switch UTF8Text.decode(data) {
        case let .success(decoded): text = decoded
        case let .failure(bad):
            if bad.encoding == nil { context.sources[resolved] = String(decoding: data, as: UTF8.self) }
            context.error(.notUTF8(path: resolved, encoding: bad.encoding),
                          at: SourceLocation(file: resolved, line: bad.line, column: bad.column))
            return nil
        }
        context.sources[resolved] = text
        if let refused = ControlCharacter.first(in: text) {
            context.error(.refusedCharacter(key: path, scalar: refused.scalar),
                          at: SourceLocation(file: resolved, line: refused.line, column: refused.column))
            return nil
        }
        if let run = CombiningMarkRun.first(in: text) {
            context.error(.combiningMarkRun(key: path, limit: CombiningMarkRun.limit),
                          at: SourceLocation(file: resolved, line: run.line, column: run.column))
            return nil
        }
        return VietnameseText.normalized(text)
    }

    /// The path relative to the congress folder, `.` and `..` folded, or `nil` when it is absolute or leaves the
    /// folder by its `..` (links are `ConfinedFile`'s to check).
    func resolve(_ relative: String) -> String? {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.hasPrefix("~") else { return nil }
        var kept: [Substring] = []
        for component in relative.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !kept.isEmpty else { return nil }
                kept.removeLast()
            default: kept.append(component)
            }
        }
        guard !kept.isEmpty else { return nil }
        return kept.joined(separator: "/")
    }
}
