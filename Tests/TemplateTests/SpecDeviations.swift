import Template

/// A spec case where this engine deliberately differs, with what it does instead.
struct SpecDeviation {
    let outcome: SpecOutcome
    let reason: Reason

    /// The deviations of docs/template-engine.md ("Deviations from the spec").
    enum Reason: String {
        case raw = "no raw output: {{{name}}} and {{& name}} are refused when compiling"
        case miss = "strict: a name that resolves nowhere is an error, never a blank or a falsey section"
        case null = "JSON null is absent (TemplateValue has no null), so the name resolves nowhere: an error"
        case chain = "strict dotted names: a dotted name whose later part is missing is an error"
        case partial = "partials are resolved when compiling: an unknown partial is a compile error"
    }
}

/// Every deviation from the spec, keyed "file/case name"; every other case of the supported files passes as is.
enum SpecDeviations {
    static let all: [String: SpecDeviation] = [
        "interpolation/Ampersand": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Ampersand - Standalone": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Ampersand - Surrounding Whitespace": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Ampersand Context Miss Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Ampersand Decimal Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Ampersand Integer Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Ampersand Null Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Ampersand With Padding": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Basic Context Miss Interpolation": SpecDeviation(outcome: .failed(.unknownName("cannot")), reason: .miss),
        "interpolation/Basic Null Interpolation": SpecDeviation(outcome: .failed(.unknownName("cannot")), reason: .null),
        "interpolation/Dotted Names - Ampersand Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Dotted Names - Broken Chain Resolution": SpecDeviation(outcome: .failed(.unknownName("a.b.c.name")), reason: .chain),
        "interpolation/Dotted Names - Broken Chains": SpecDeviation(outcome: .failed(.unknownName("a.b.c")), reason: .chain),
        "interpolation/Dotted Names - Context Precedence": SpecDeviation(outcome: .failed(.unknownName("b.c")), reason: .chain),
        "interpolation/Dotted Names - Triple Mustache Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Dotted Names are never single keys": SpecDeviation(outcome: .failed(.unknownName("a.b")), reason: .chain),
        "interpolation/Implicit Iterators - Ampersand": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Implicit Iterators - Triple Mustache": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache - Standalone": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache - Surrounding Whitespace": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache Context Miss Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache Decimal Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache Integer Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache Null Interpolation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "interpolation/Triple Mustache With Padding": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "inverted/Context Misses": SpecDeviation(outcome: .failed(.unknownName("missing")), reason: .miss),
        "inverted/Dotted Names - Broken Chains": SpecDeviation(outcome: .failed(.unknownName("a.b.c")), reason: .chain),
        "inverted/Null is falsey": SpecDeviation(outcome: .failed(.unknownName("null")), reason: .null),
        "partials/Failed Lookup": SpecDeviation(outcome: .failed(.unknownPartial("text")), reason: .partial),
        "partials/Standalone Indentation": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "sections/Context Misses": SpecDeviation(outcome: .failed(.unknownName("missing")), reason: .miss),
        "sections/Dotted Names - Broken Chains": SpecDeviation(outcome: .failed(.unknownName("a.b.c")), reason: .chain),
        "sections/Implicit Iterator - Ampersand": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "sections/Implicit Iterator - Triple mustache": SpecDeviation(outcome: .failed(.rawOutputNotAllowed), reason: .raw),
        "sections/Null is falsey": SpecDeviation(outcome: .failed(.unknownName("null")), reason: .null),
    ]
}
