extension VietnameseText {
    /// What ``uppercased(_:)`` gives for `text`, when the text is ``LatinText`` whose every scalar has
    /// for upper case one scalar of the table that is NFC as it stands; `nil` for any other text. Read
    /// by table row, without looking up Unicode's case properties or checking the normal form each time.
    static func latinUppercased(_ text: String) -> String? {
        var upper = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let row = LatinText.row(of: scalar), let mapped = latinUppers[row] else { return nil }
            upper.append(mapped)
        }
        return String(upper)
    }

    /// The upper case of each scalar of ``LatinText``, by table row, worked out once with the general
    /// path: the one scalar it gives when that scalar is NFC as it stands (``isNFCForSure(_:)``), else `nil`.
    static let latinUppers: [Unicode.Scalar?] = LatinText.scalars.map { scalar in
        let upper = String(scalar).uppercased()
        guard upper.unicodeScalars.count == 1, isNFCForSure(upper) else { return nil }
        return upper.unicodeScalars.first
    }
}
