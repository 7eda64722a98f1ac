/// Mã — the ids the congress file gives people and elections.
///
/// An id is referred to elsewhere in the file and may name an output file, so it is kept to lowercase
/// ASCII letters, digits, '-' and '_' (docs/congress-format.md): no '/', '.', space or diacritic, so
/// `../../x` can never become a path.
public enum Identifier {
    /// Whether `text` is a valid id: non-empty, only `a`–`z`, `0`–`9`, `-`, `_`.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
