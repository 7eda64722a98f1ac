/// The 1-based line and column (in Unicode scalars) of a scan through a text, as the diagnostics count them:
/// LF, CR and CR LF each end one line. One place for the byte- and scalar-level scans of the loader
/// (`UTF8Text`, `ControlCharacter`, `CombiningMarkRun`).
struct LineColumnCounter {
    private(set) var line = 1
    private(set) var column = 1
    private var previousWasCR = false

    /// Moves past `scalar`.
    mutating func advance(over scalar: Unicode.Scalar) {
        if scalar == "\n" {
            if !previousWasCR { line += 1 }
            column = 1
        } else if scalar == "\r" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        previousWasCR = scalar == "\r"
    }
}
