/// A value a template can show: the view models are turned into this once, before rendering.
///
/// There is no number case on purpose: every figure reaches a template already
/// formatted the Vietnamese way by the view model (`Derive`).
public enum TemplateValue: Sendable, Equatable {
    /// Text, XML-escaped when interpolated.
    case string(String)
    /// A flag: a section renders once when true, an inverted section when false.
    case bool(Bool)
    /// A list: a section renders once per element; an empty list is falsey.
    case list([TemplateValue])
    /// A set of named values: a section pushes it on the context stack.
    case object(TemplateFields)
}

/// A type that can present itself to a template.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .string(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}
