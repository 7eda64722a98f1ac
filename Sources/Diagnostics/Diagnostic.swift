/// How serious a diagnostic is: an error stops the documents, a warning does not.
public enum Severity: String, Sendable {
    /// Lỗi — the input cannot be used as it is.
    case error
    /// Cảnh báo — the documents can be made, but something is missing or doubtful.
    case warning
    /// Ghi chú — information, e.g. the days left until the script deadline.
    case note
}

/// One problem found in the input or while producing the documents, with where it is.
public struct Diagnostic: Sendable, Equatable {
    /// Lỗi or cảnh báo.
    public var severity: Severity
    /// What is wrong, independent of the language it is shown in.
    public var message: Message
    /// Where it is; `nil` when the problem belongs to no input position (e.g. a write failure).
    public var location: SourceLocation?

    /// A diagnostic of `severity` saying `message` at `location`.
    public init(severity: Severity, message: Message, location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// The stable code of the message, e.g. `DH104` (documented in docs/diagnostics.md).
    public var code: String { message.code }

    /// An error at a location.
    public static func error(_ message: Message, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity: .error, message: message, location: location)
    }
}
