import Diagnostics
import Foundation
import Yams

extension Cursor {
    /// A text: a scalar, or `{file: relative/path}` whose file is read from the congress folder.
    /// NFC-normalised; a control character is refused.
    func text() -> String? {
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
        return raw.precomposedStringWithCanonicalMapping
    }
}

private extension Cursor {
    func referencedText() -> String? {
        guard let map = map(keys: ["file"]), let pathCursor = map.required("file"),
              let relative = pathCursor.scalarText(expecting: .text) else { return nil }
        guard let resolved = resolve(relative) else {
            pathCursor.error(.fileReferenceOutsideFolder(path: relative))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: resolved),
              let text = String(data: data, encoding: .utf8) else {
            pathCursor.error(.referencedFileMissing(path: relative))
            return nil
        }
        context.sources[resolved] = text
        if let refused = ControlCharacter.first(in: text) {
            context.error(.refusedCharacter(key: path, scalar: refused.scalar),
                          at: SourceLocation(file: resolved, line: refused.line, column: refused.column))
            return nil
        }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The path joined to the congress folder, or `nil` when it is absolute or leaves the folder.
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
        let inside = kept.joined(separator: "/")
        return context.folder.isEmpty ? inside : "\(context.folder)/\(inside)"
    }
}
