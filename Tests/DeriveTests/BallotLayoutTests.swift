import Derive
import Testing

/// A ballot is one sheet: its names in one, two or three columns (`BallotLayout`).
struct BallotLayoutTests {
    @Test("up to 25 names in one column, in order")
    func oneColumn() {
        let layout = BallotLayout(names: 25, withBoxes: false)
        #expect(layout.columns == 1)
        #expect(layout.rows.count == 25)
        #expect(layout.rows.map { $0 } == (0..<25).map { [$0] })
        #expect(BallotLayout(names: 1, withBoxes: true).rows == [[0]])
    }

    @Test("46 names: two columns of 23, read down the left column first")
    func twoColumns() {
        let layout = BallotLayout(names: 46, withBoxes: false)
        #expect(layout.columns == 2)
        #expect(layout.rows.count == 23)
        #expect(layout.rows.first == [0, 23])
        #expect(layout.rows.last == [22, 45])
        // An odd count leaves the last right-hand cell empty; every name appears once.
        let odd = BallotLayout(names: 27, withBoxes: true)
        #expect(odd.rows.count == 14)
        #expect(odd.rows.last == [13, nil])
        #expect(odd.rows.flatMap { $0 }.compactMap { $0 }.sorted() == Array(0..<27))
    }

    @Test("above 60 names to strike out, three columns; an approval ballot stays at two")
    func threeColumns() {
        let layout = BallotLayout(names: 61, withBoxes: false)
        #expect(layout.columns == 3)
        #expect(layout.rows.count == 21)
        #expect(layout.rows.flatMap { $0 }.compactMap { $0 }.sorted() == Array(0..<61))
        #expect(BallotLayout(names: 61, withBoxes: true).columns == 2)
        #expect(BallotLayout(names: 0, withBoxes: false).rows.isEmpty)
    }

    @Test("a ballot of at most two names fits half a sheet, a further round's extra line counted; two to a sheet, an odd last alone")
    func halfSheet() {
        #expect(BallotLayout(names: 1, withBoxes: true).fitsHalfSheet)
        #expect(BallotLayout(names: 2, withBoxes: false).fitsHalfSheet)
        #expect(!BallotLayout(names: 3, withBoxes: false).fitsHalfSheet)
        #expect(BallotLayout(names: 1, withBoxes: true, extraLines: 1).fitsHalfSheet)
        #expect(!BallotLayout(names: 2, withBoxes: true, extraLines: 1).fitsHalfSheet)
        #expect(BallotLayout.sheets(copies: 5, twoUp: true) == [2, 2, 1])
        #expect(BallotLayout.sheets(copies: 2, twoUp: true) == [2])
        #expect(BallotLayout.sheets(copies: 3, twoUp: false) == [1, 1, 1])
    }
}
