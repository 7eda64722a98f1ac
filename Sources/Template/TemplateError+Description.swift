/// The English text of a template error, Jinja-like: the file, line and column, then what went wrong —
/// `/…/Templates/partials/header.xhtml:12:5: no value named 'x' (…) (template partials/header)`; a template given
/// in memory is named instead of its file: `documents/minutes:12:5: …`.
extension TemplateError {
    /// `file:line:column: message (template name)`, `template:line:column: message` without a file, or
    /// `template: message` when there is no position.
    public var description: String {
        let file = path ?? template
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        let suggestion = hint.map { "; did you mean '\($0)'?" } ?? ""
        let name = path == nil ? "" : " (template \(template))"
        return "\(place): \(kind.message)\(suggestion)\(name)"
    }
}

extension TemplateError.Kind {
    /// The message, without the position.
    var message: String {
        switch self {
        case .unclosedSection(let name):
            return "section '\(name)' is never closed (expected '{{/\(name)}}' before the end of the template)"
        case .unexpectedClose(let expected?, let found):
            return "'{{/\(found)}}' does not close the open section '\(expected)' (expected '{{/\(expected)}}')"
        case .unexpectedClose(nil, let found):
            return "'{{/\(found)}}' closes a section, but no section is open"
        case .unclosedTag:
            return "tag is never closed (expected the closing delimiter)"
        case .emptyTag:
            return "empty tag (expected a name between the delimiters)"
        case .rawOutputNotAllowed:
            return "raw output ('{{{name}}}', '{{& name}}') is not allowed: every value is XML-escaped (write '{{name}}')"
        case .invalidName(let name):
            return "'\(name)' is not a name (expected letters, digits and single dots, no spaces)"
        case .invalidDelimiters(let text):
            return "'\(text)' does not set delimiters (expected two delimiters without spaces or '=', as in '{{=<% %>=}}')"
        case .unknownName(let name):
            return "no value named '\(name)' (not in any enclosing section nor at the top level)"
        case .notText(let name, let found):
            return "the value named '\(name)' is \(found), not text (a section '{{#\(name)}}' shows lists, objects and flags)"
        case .unknownPartial(let name):
            return "no template named '\(name)' for this partial (partials come from the template folders only)"
        case .invalidPartialName(let name):
            return "'\(name)' is not a partial name (expected letters, digits, '_', '/', '.', '-' and no '..')"
        case .sectionTooDeep(let limit):
            return "sections nested more than \(limit) deep"
        case .partialTooDeep(let name, let limit):
            return "partial '\(name)' nested more than \(limit) deep (a partial that includes itself without end?)"
        case .nestingTooDeep(let limit):
            return "sections and partials nested more than \(limit) deep while rendering"
        case .renderTooLarge(let operations, let bytes):
            return "rendering stopped here after \(operations) operations or \(bytes) bytes (sections nested over lists multiply)"
        case .refusedCharacter(let name, let scalar):
            return "the value named '\(name)' holds \(Self.scalarName(scalar)), a character XML 1.0 forbids"
        case .unknownTemplate(let name):
            return "no template named '\(name)'"
        case .duplicateTemplate(let name):
            return "two template files are both named '\(name)'"
        case .unreadable(let reason):
            return "cannot read templates: \(reason)"
        case .unusedOverlay(let name):
            return "'\(name)' replaces no built-in template and no template includes it, so it would change nothing"
        }
    }

    private static func scalarName(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
