import DocumentTree

/// An expected sentence as the papers print it: a number kept with its unit by a no-break space
/// (`NoBreakSpacing`, tested on its own in DocumentTreeTests), so wording tests keep reading as sentences.
func bound(_ sentence: String) -> String { NoBreakSpacing.apply(sentence) }
