extension VietnameseText {
    /// What ``uppercased(_:)`` gives for `text`, when the text is ``LatinText`` whose every scalar has
    /// for upper case one scalar of the table that is NFC as it stands; `nil` for any other text. Read
    /// by table row, without looking up Unicode's case properties or checking the normal form each time.
    ///
    /// The UTF-8 of the upper case is written straight into the new string: a scalar of the table is
    /// at most twice as long in upper case (an ASCII letter stays one byte), so twice the length is room enough.
    static func latinUppercased(_ text: String) -> String? {
        var latin = true
        let upper = String(unsafeUninitializedCapacity: text.utf8.count * 2) { buffer in
            var count = 0
            for scalar in text.unicodeScalars {
                guard let row = LatinText.row(of: scalar), let mapped = latinUppers[row] else {
                    latin = false
                    return 0
                }
                UTF8.encode(mapped) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
        return latin ? upper : nil
    }

    /// The upper case of each scalar of ``LatinText``, by table row, worked out once with the general
    /// path: the one scalar it gives when that scalar is NFC as it stands (``isNFCForSure(_:)``), else `nil`.
    static let latinUppers: [Unicode.Scalar?] = LatinText.scalars.map { scalar in
        let upper = String(scalar).uppercased()
        guard upper.unicodeScalars.count == 1, isNFCForSure(upper) else { return nil }
        return upper.unicodeScalars.first
    }
}
