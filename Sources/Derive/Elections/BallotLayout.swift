/// How the names of one ballot (phiếu bầu cử) are laid out so that the ballot is always one sheet:
/// a voter gets one sheet, and a ballot of two sheets can be split, lost or counted twice.
///
/// Up to ``oneColumnLimit`` names stand in one column; above, in two columns read down the left one
/// first, in smaller type (`two-columns`: 12 pt, the size Hướng dẫn 36-HD/VPTW allows tables);
/// a list of more than ``twoColumnLimit`` names to strike out takes three. An approval ballot ("Đồng ý" /
/// "Không đồng ý" boxes) stays at two columns at most: its boxes need the width.
public struct BallotLayout: Sendable, Equatable {
    /// The most names a ballot sets in one column (about what one A4 sheet holds with the header).
    public static let oneColumnLimit = 25
    /// The most names a ballot sets in two columns.
    public static let twoColumnLimit = 60

    /// Columns of names on the sheet: 1, 2 or 3.
    public let columns: Int
    /// Rows of the sheet, each a list of `columns` positions into the names (nil: an empty cell at the end).
    public let rows: [[Int?]]

    public init(names: Int, withBoxes: Bool) {
        let wanted = names <= Self.oneColumnLimit ? 1 : names <= Self.twoColumnLimit || withBoxes ? 2 : 3
        columns = wanted
        let height = (names + wanted - 1) / wanted
        rows = (0..<height).map { row in
            (0..<wanted).map { column in
                let index = column * height + row
                return index < names ? index : nil
            }
        }
    }
}
