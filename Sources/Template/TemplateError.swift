/// Why a template could not be compiled or rendered: always names the template, the line and the column.
///
/// Compile errors (a bad tag, an unclosed section, an unknown partial) are thrown by
/// ``TemplateLibrary/init(folders:)`` and ``TemplateLibrary/init(templates:)``; render errors
/// (a name that resolves nowhere, a refused character) by ``TemplateLibrary/render(_:_:)``.
public struct TemplateError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The template's name ("documents/minutes"), or a file path for errors reading a folder.
    public var template: String
    /// 1-based line of the tag at fault; 0 when the error has no position (a folder that cannot be read).
    public var line: Int
    /// 1-based column of the tag's opening delimiter, counted in characters; 0 when there is no position.
    public var column: Int
    /// What went wrong.
    public var kind: Kind
    /// A suggestion ("did you mean 'present'?"), when one is near enough to help.
    public var hint: String?
    /// The file the template was read from ("/…/Templates/partials/header.xhtml"), so that the error points at
    /// the file a user edits; `nil` for templates given in memory. Set by ``TemplateLibrary`` for every error
    /// it throws about a template it read from a folder (compile and render alike).
    public var path: String?

    /// An error at a position in a template.
    public init(template: String, line: Int, column: Int, kind: Kind, hint: String? = nil) {
        self.template = template
        self.line = line
        self.column = column
        self.kind = kind
        self.hint = hint
    }

    /// What went wrong, one case per kind of mistake.
    public enum Kind: Sendable, Equatable {
        /// `{{#name}}` (or `{{^name}}`) with no `{{/name}}` before the end of the template.
        case unclosedSection(String)
        /// `{{/found}}` where `{{/expected}}` was due, or where no section was open (`expected == nil`).
        case unexpectedClose(expected: String?, found: String)
        /// An opening delimiter with no closing delimiter after it.
        case unclosedTag
        /// A tag with nothing between its delimiters (`{{ }}`).
        case emptyTag
        /// `{{{name}}}` or `{{& name}}`: this engine has no raw output; every value is XML-escaped.
        case rawOutputNotAllowed
        /// A tag name that is not a name: inner whitespace or an empty dotted part (`a..b`, `a.`).
        case invalidName(String)
        /// A set-delimiter tag whose content is not two delimiters without whitespace or `=`.
        case invalidDelimiters(String)
        /// A name that resolves nowhere on the context stack (variable, section or inverted section).
        case unknownName(String)
        /// A variable whose value is not text (a list, an object or a flag): `found` says which.
        case notText(name: String, found: String)
        /// A partial naming a template the library does not hold.
        case unknownPartial(String)
        /// A partial name with characters outside `[A-Za-z0-9_/.-]` or containing `..`.
        case invalidPartialName(String)
        /// Sections nested deeper than the limit inside one template.
        case sectionTooDeep(limit: Int)
        /// Partials nested deeper than the limit (a partial that includes itself with no end).
        case partialTooDeep(String, limit: Int)
        /// Sections and partials open at once beyond the limit while rendering (sections inside nested partials).
        case nestingTooDeep(limit: Int)
        /// A render that ran more operations or wrote more bytes than the limits (sections nested over lists).
        case renderTooLarge(operations: Int, bytes: Int)
        /// A value holding a character XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE; U+FFFF).
        case refusedCharacter(name: String, scalar: UInt32)
        /// ``TemplateLibrary/render(_:_:)`` asked for a template the library does not hold.
        case unknownTemplate(String)
        /// Two template files give the same name (`a.xhtml` and `a.css`, or the same path in two folders).
        case duplicateTemplate(String)
        /// A template folder or file that cannot be read, or a file that is not UTF-8.
        case unreadable(String)
        /// A file of the `--templates` overlay that replaces no built-in template and that no template includes.
        case unusedOverlay(String)
    }
}
