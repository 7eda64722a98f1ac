/// Text made only of ASCII and precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF: every
/// Vietnamese letter in NFC), read on its UTF-8 bytes.
///
/// In such text every scalar is one character (a CR LF pair aside, which is white space either way),
/// the white space is ASCII, and nothing is to be normalised: the fast paths of collation and of
/// column widths read it without `Character`. Each scalar is numbered by its row in one table:
/// U+0000–U+007F, then U+00C0–U+024F, then U+1E00–U+1EFF.
public enum LatinText {
    /// What one step of the reading met.
    public enum Step {
        /// ASCII white space (space, tab, LF, VT, FF, CR).
        case space
        /// Any other scalar, by its row in ``scalars``.
        case scalar(row: Int)
    }

    /// The scalars of the table, in row order.
    public static let scalars: [Unicode.Scalar] = (Array(0..<0x80) + Array(0xC0..<0x250) + Array(0x1E00..<0x1F00))
        .compactMap { Unicode.Scalar(UInt32($0)) }

    /// The row of `scalar` in ``scalars``, or `nil` when the scalar is outside the table.
    public static func row(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0..<0x80: return Int(scalar.value)
        case 0xC0..<0x250: return 0x80 + Int(scalar.value) - 0xC0
        case 0x1E00..<0x1F00: return 0x80 + 0x190 + Int(scalar.value) - 0x1E00
        default: return nil
        }
    }

    /// Calls `step` for each scalar of the UTF-8 `bytes` in order; returns `false`, at the first scalar
    /// outside the table, when the text is not Latin text (some steps may then have been taken).
    /// Bytes that are not well-formed UTF-8 (a sequence cut short, a missing continuation byte) are not
    /// Latin text either: the caller's general path deals with them.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ step: (Step) -> Void) -> Bool {
        var index = 0
        while index < bytes.count {
            guard let (taken, next) = Self.step(in: bytes, at: index) else { return false }
            step(taken)
            index = next
        }
        return true
    }

    /// The step of ``read(_:_:)`` at `index` (below `bytes.count`) and the index after it; `nil` when the
    /// scalar there is outside the table or not well-formed UTF-8. Inlinable, for a caller's own loop: read with
    /// a closure, the column widths of a 300-row delegate list took 13.8 M instructions a document, read
    /// with this in a loop 1.7 M (callgrind, ODTBench repeat).
    @inlinable
    public static func step(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Step, Int)? {
        let lead = bytes[index]
        if lead < 0x80 {
            return (lead == 0x20 || (0x09...0x0D).contains(lead) ? .space : .scalar(row: Int(lead)), index + 1)
        }
        /// Whether the byte at `offset` exists and continues a sequence (10xxxxxx).
        func continuation(_ offset: Int) -> Bool {
            offset < bytes.count && bytes[offset] & 0xC0 == 0x80
        }
        if (0xC3...0xC9).contains(lead), continuation(index + 1) {
            let value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
            guard value < 0x250 else { return nil }
            return (.scalar(row: 0x80 + value - 0xC0), index + 2)
        }
        if lead == 0xE1, continuation(index + 1), continuation(index + 2), (0xB8...0xBB).contains(bytes[index + 1]) {
            let value = 0x1000 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
            return (.scalar(row: 0x80 + 0x190 + value - 0x1E00), index + 3)
        }
        return nil
    }
}
