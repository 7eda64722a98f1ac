/// How the names of one ballot (phiếu bầu cử) are laid out so that the ballot is always one sheet:
/// a voter gets one sheet, and a ballot of two sheets can be split, lost or counted twice.
///
/// Up to ``oneColumnLimit`` names stand in one column; above, in two columns read down the left one
/// first, in smaller type (`two-columns`: 12 pt, the size Hướng dẫn 36-HD/VPTW allows tables);
/// a list of more than ``twoColumnLimit`` names to strike out takes three. An approval ballot ("Đồng ý" /
/// "Không đồng ý" boxes) stays at two columns at most: its boxes need the width.
///
/// A short ballot (at most ``halfSheetLimit`` names) fits half an A4 sheet: printed two to a sheet, one above
/// the other with a cut line at the middle of the page, each cut half is 210 × 148,5 mm, an A5 sheet
/// turned sideways (reviews/papers.md §2.5: a 1–4-name ballot on a whole A4 is waste; 36-HD/VPTW allows A5).
/// Whether to do so is `settings.ballot_two_up` (UNCONFIRMED, default yes).
public struct BallotLayout: Sendable, Equatable {
    /// The most names a ballot sets in one column (about what one A4 sheet holds with the header).
    public static let oneColumnLimit = 25
    /// The most names a ballot sets in two columns.
    public static let twoColumnLimit = 60
    /// The most names of a ballot that fits half an A4 sheet (128,5 mm of the 257 mm between the margins, less
    /// 5 mm each side of the cut line): a two-name ballot of Hưng Hà measures 121,4 mm in Chromium (header 36 mm,
    /// title and subject 20 mm, the table 20 mm, instructions 13 mm, the mark and stamp row 31 mm), a name 6 mm;
    /// PaginationTests asserts both copies on their page in LibreOffice and Chromium.
    public static let halfSheetLimit = 2

    /// Columns of names on the sheet: 1, 2 or 3.
    public let columns: Int
    /// Rows of the sheet, each a list of `columns` positions into the names (nil: an empty cell at the end).
    public let rows: [[Int?]]
    /// The ballot fits half an A4 sheet (``halfSheetLimit``).
    public let fitsHalfSheet: Bool

    /// - Parameter extraLines: lines the ballot prints besides the usual ones, each as tall as a name's row
    ///   (a further round's "(Lần bầu thứ 2)").
    public init(names: Int, withBoxes: Bool, extraLines: Int = 0) {
        let wanted = names <= Self.oneColumnLimit ? 1 : names <= Self.twoColumnLimit || withBoxes ? 2 : 3
        columns = wanted
        fitsHalfSheet = names + extraLines <= Self.halfSheetLimit
        let height = (names + wanted - 1) / wanted
        rows = (0..<height).map { row in
            (0..<wanted).map { column in
                let index = column * height + row
                return index < names ? index : nil
            }
        }
    }

    /// The ballots printed on each sheet: `count` copies of one ballot, two to a sheet when `twoUp`, else one.
    /// The last sheet of an odd count holds one.
    public static func sheets(copies count: Int, twoUp: Bool) -> [Int] {
        guard twoUp else { return Array(repeating: 1, count: count) }
        return Array(repeating: 2, count: count / 2) + (count % 2 == 1 ? [1] : [])
    }
}
