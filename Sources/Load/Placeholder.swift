/// A placeholder `daihoi init` writes where the user must put a real value: text between « and » (guillemets, which
/// no Party paper uses), e.g. `name: «Chi bộ Khu phố 1»`. `check` warns while one is left (DH460).
public enum Placeholder {
    public static let opening: Character = "«"
    public static let closing: Character = "»"

    /// The first «…» of `text`, guillemets included.
    public static func first(in text: String) -> String? {
        guard let start = text.firstIndex(of: opening),
              let end = text[start...].firstIndex(of: closing) else { return nil }
        return String(text[start...end])
    }

    /// `text` with every placeholder's guillemets taken away: the value a user who accepts the example writes.
    public static func accepted(_ text: String) -> String {
        String(text.filter { $0 != opening && $0 != closing })
    }
}
