/// Điểm a), b), c) — the inner numbering under a numbered point of a Party paper, in the Vietnamese alphabet
/// (a, b, c, d, đ, e, g, h, i, k …: no f, j, w, z), as legal and Party documents letter their points (Nghị định
/// 30/2020/NĐ-CP, Phụ lục I: "điểm a, b, c, d, đ …"). Past the 23rd letter the letters repeat doubled ("aa)").
enum PointLetters {
    static let alphabet = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r",
                           "s", "t", "u", "v", "x", "y"]

    /// "a)" for 0, "đ)" for 4.
    static func marker(_ index: Int) -> String {
        let letter = alphabet[index % alphabet.count]
        return String(repeating: letter, count: index / alphabet.count + 1) + ")"
    }
}
