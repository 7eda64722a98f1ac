/// The labels of a list's items as the ODT writer's list styles number them (`ODFStyles.listStyle`): an ordered
/// list "1." at the first and third level, "a." at the second; a bulleted list "–" at the first level, "+" below.
/// For the writers that set the labels themselves (Typst, the built-in layout).
public enum ListLabels {
    /// The label of item `number` of a list `depth` deep (1: a top-level list).
    public static func label(_ number: Int, depth: Int, ordered: Bool) -> String {
        guard ordered else { return depth == 1 ? "–" : "+" }
        guard depth == 2 else { return "\(number)." }
        var n = max(number, 1)
        var letters = ""
        while n > 0 {
            n -= 1
            letters = String(UnicodeScalar(UInt8(97 + n % 26))) + letters
            n /= 26
        }
        return letters + "."
    }
}
