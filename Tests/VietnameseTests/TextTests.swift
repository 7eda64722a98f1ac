import Foundation
import Testing
import TestSupport
@testable import Vietnamese

struct TextTests {
    @Test func uppercaseKeepsVietnameseLettersInNFC() {
        #expect(VietnameseText.uppercased("Đảng bộ huyện Hưng Hà") == "ĐẢNG BỘ HUYỆN HƯNG HÀ")
        #expect(VietnameseText.uppercased("lần thứ XVI, nhiệm kỳ 2020 - 2025") == "LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025")
        let upper = VietnameseText.uppercased("ơ ư ă ê ô đ ỹ ợ")
        #expect(upper == "Ơ Ư Ă Ê Ô Đ Ỹ Ợ")
        #expect(upper.unicodeScalars.count == 15)   // precomposed: one scalar per letter
    }

    /// The table path of Latin text gives what the general path gives, for every scalar of the table
    /// and for text mixing them with scalars outside it.
    @Test func latinUppercaseMatchesGeneralPath() {
        for scalar in LatinText.scalars {
            let text = String(scalar) + "a" + String(scalar)
            #expect(VietnameseText.uppercased(text) == VietnameseText.normalized(text.uppercased()), "U+\(String(scalar.value, radix: 16))")
        }
        for text in ["ß đ", "ŉ", "ǰ", "Đảng bộ ho\u{300}a", "Σσς", "", "ĐẢNG"] {
            #expect(VietnameseText.uppercased(text) == VietnameseText.normalized(text.uppercased()), "\(text)")
        }
    }

    @Test func normalisationComposes() {
        let decomposed = "ho\u{300}a"   // o + combining grave
        #expect(decomposed.unicodeScalars.count == 4)
        #expect(VietnameseText.normalized(decomposed).unicodeScalars.count == 3)
        #expect(VietnameseText.normalized(decomposed) == "hòa")
    }

    @Test func namesSplitIntoFamilyMiddleGiven() {
        let n = VietnameseName("Nguyễn Thị Minh Khai")
        #expect(n.family == "Nguyễn")
        #expect(n.middle == ["Thị", "Minh"])
        #expect(n.given == "Khai")
        #expect(VietnameseName("Khai").given == "Khai")
        #expect(VietnameseName("Khai").family == "")
        #expect(VietnameseName("Lê  Văn   Nam").collationOrder == ["Nam", "Văn", "Lê"])
    }
}

struct CollationTests {
    /// Ordered by hand from the CLDR `vi` rules: letters a ă â … d đ … o ô ơ … u ư, tones
    /// none < huyền < hỏi < ngã < sắc < nặng, given name first, then middle, then family.
    @Test func namesInHandMadeOrder() {
        let expected = [
            "Nguyễn Văn An",
            "Trần Thị Ánh",
            "Lê Văn Ạnh",
            "Phạm Thị Ăn",
            "Vũ Đức Ân",
            "Hoàng Văn Bình",
            "Nguyễn Văn Cường",
            "Lê Thị Dung",
            "Trần Văn Dũng",
            "Bùi Văn Đức",
            "Phan Thị Hà",
            "Đỗ Thị Hạ",
            "Lê Văn Hải",
            "Nguyễn Thị Hoa",
            "Trần Thị Hòa",
            "Ngô Thị Hỏa",
            "Lê Thị Hóa",
            "Đinh Văn Long",
            "Lê Văn Nam",
            "Nguyễn Văn Nam",
            "Trần Văn Nam",
            "Lưu Thị Oanh",
            "Tạ Thị Ơn",
            "Phùng Văn Thu",
            "Hà Thị Thư",
            "Cao Văn Tùng",
            "Mai Thị Uyên",
            "Lý Thị Ưng",
            "Vương Văn Yên",
        ]
        var shuffled = expected
        var generator = SplitMix64(seed: 7)
        shuffled.shuffle(using: &generator)
        #expect(VietnameseCollation.sorted(shuffled, byName: { $0 }) == expected)
        #expect(shuffled.sorted(by: VietnameseCollation.areInIncreasingOrder) == expected)
    }

    /// The middle name decides before the family name: "Lê Anh Tuấn" < "Nguyễn Bá Tuấn" < "Bùi Công Tuấn".
    @Test func middleBeforeFamily() {
        let names = ["Bùi Công Tuấn", "Nguyễn Bá Tuấn", "Lê Anh Tuấn"]
        #expect(VietnameseCollation.sorted(names, byName: { $0 }) == ["Lê Anh Tuấn", "Nguyễn Bá Tuấn", "Bùi Công Tuấn"])
    }

    /// Names read on their UTF-8 bytes get the key they get character by character; other text takes that path.
    @Test func latinKeyMatchesCharacterKey() {
        let names = ["", " ", "A", "Nguyễn Thị Minh Khai", "  Trần\tThị  Hòa ", "TRẦN THỊ HÒA", "Lê", "Lê Anh",
                     "Đỗ Văn Bình", "Bùi Thị Ánh", "Lý Thị Ưng", "Ông Ích Khiêm", "O'Neil Mc-Donald 3",
                     "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
                     "× ÷ ǅ ȷ ɏ Ḁ ỿ", "a\r\nb"]
        for name in names {
            var cache = VietnameseCollation.WeightCache()
            #expect(VietnameseCollation.latinSortKey(name) == VietnameseCollation.characterSortKey(name, weights: &cache), "\(name)")
        }
        for other in ["Ho\u{300}a", "a\u{A0}b", "東京", "ɐ"] {
            #expect(VietnameseCollation.latinSortKey(other) == nil, "\(other)")
        }
    }

    @Test func caseAndNormalisationDoNotMatter() {
        #expect(VietnameseCollation.sortKey("TRẦN THỊ HÒA") == VietnameseCollation.sortKey("Trần Thị Hòa"))
        #expect(VietnameseCollation.sortKey("Trần Thị Ho\u{300}a") == VietnameseCollation.sortKey("Trần Thị Hòa"))
    }

    /// Sorting with keys computed once gives the comparator's order, ties (case, NFC / NFD spellings,
    /// the same name twice) included.
    @Test func keyedSortMatchesComparator() {
        let names = ["Trần Thị Hòa", "TRẦN THỊ HÒA", "Trần Thị Ho\u{300}a", "Lê An", "Lê Anh", "Trần Thị Hòa", "Nguyễn Văn An",
                     "nguyễn văn an", "Đỗ Văn Bình", "Bùi Thị Ánh", "Bùi Thị Anh", "Lý Thị Ưng", "A", ""]
        var shuffled = names
        var generator = SplitMix64(seed: 11)
        for _ in 0..<5 {
            shuffled.shuffle(using: &generator)
            let byComparator = shuffled.sorted(by: VietnameseCollation.areInIncreasingOrder)
            let keyed = VietnameseCollation.sorted(shuffled, byName: { $0 }, tieBreak: .codePoints)
            #expect(keyed.map { Array($0.unicodeScalars) } == byComparator.map { Array($0.unicodeScalars) })
        }
    }

    /// The positions `order` gives are those of the sorted names, equal names in their input order; none is
    /// lost or repeated, and no names give no positions.
    @Test func orderGivesTheSortedPositions() {
        let names = ["Trần Thị Hòa", "Lê An", "Trần Thị Hòa", "Bùi Thị Ánh", "Nguyễn Văn An", "Bùi Thị Anh"]
        let order = VietnameseCollation.order(names, tieBreak: .codePoints)
        // By given name first (An, An, Anh, Ánh, Hòa, Hòa), then the middle and family names.
        #expect(order == [1, 4, 5, 3, 0, 2])
        #expect(order.map { names[$0] } == VietnameseCollation.sorted(names, byName: { $0 }, tieBreak: .codePoints))
        #expect(VietnameseCollation.order([]) == [])
    }

    /// The weights of ASCII characters, computed directly, are those of the general path.
    @Test func asciiWeightsMatchGeneralPath() {
        var cache = VietnameseCollation.WeightCache()
        for value in 0x20...0x7E {
            let character = Character(Unicode.Scalar(value)!)
            #expect(VietnameseCollation.weights(character, cache: &cache) == VietnameseCollation.weights(character), "\(character)")
        }
        for character in ["ễ", "Đ", "ư", "o\u{302}\u{301}", "Ặ"].map(Character.init) {
            #expect(VietnameseCollation.weights(character, cache: &cache) == VietnameseCollation.weights(character))
            #expect(VietnameseCollation.weights(character, cache: &cache) == VietnameseCollation.weights(character))
        }
    }

    /// Text whose scalars are all below U+0300 or in U+1E00–U+1EFF is NFC already, as the shortcut assumes.
    @Test func nfcShortcutHolds() {
        for value in Array(0x20..<0x300) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            #expect(VietnameseText.isNFCForSure(text))
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars), "U+\(String(value, radix: 16))")
        }
        #expect(!VietnameseText.isNFCForSure("Ho\u{300}a"))
        #expect(Array(VietnameseText.normalized("Ho\u{300}a").unicodeScalars) == Array("Hòa".unicodeScalars))
    }

    @Test func aPrefixSortsFirst() {
        #expect(VietnameseCollation.areInIncreasingOrder("Lê An", "Lê Anh"))
        #expect(!VietnameseCollation.areInIncreasingOrder("Lê Anh", "Lê An"))
    }
}


/// `LatinText.read` on raw bytes: well-formed Latin text is read scalar by scalar; anything else
/// (other scripts, combining marks, bytes that are not UTF-8) is handed back, never read past its end.
struct LatinTextTests {
    func read(_ bytes: [UInt8]) -> (latin: Bool, scalars: [Unicode.Scalar]) {
        var scalars: [Unicode.Scalar] = []
        let latin = bytes.withUnsafeBufferPointer { buffer in
            LatinText.read(buffer) { step in
                switch step {
                case .space: scalars.append(" ")
                case .scalar(let row): scalars.append(LatinText.scalars[row])
                }
            }
        }
        return (latin, scalars)
    }

    @Test func readsVietnameseLetters() {
        let text = "Nguyễn Đức Ánh"
        let result = read(Array(text.utf8))
        #expect(result.latin)
        #expect(String(String.UnicodeScalarView(result.scalars)) == text)
    }

    @Test func handsBackWhatIsNotLatinText() {
        #expect(!read(Array("ho\u{300}a".utf8)).latin)       // a combining mark
        #expect(!read(Array("漢".utf8)).latin)
        #expect(!read([0x61, 0xC3]).latin)                    // cut short after the lead byte
        #expect(!read([0xC3, 0x41]).latin)                    // no continuation byte
        #expect(!read([0x61, 0xE1, 0xBA]).latin)              // a three-byte sequence cut short
        #expect(!read([0xE1, 0xBA, 0x41]).latin)
        #expect(read([0x61, 0xC3]).scalars == ["a"])          // nothing read past the end
    }

    /// `step`, which the column widths and the sort keys call in their own loops, takes the steps `read` takes
    /// and stops where `read` stops: the same scalars, the same refusals, each index inside the bytes.
    @Test func stepWalksAsReadReads() {
        let cases: [[UInt8]] = [Array("Nguyễn Đức Ánh".utf8), Array("  Trần\tThị  Hòa ".utf8), Array("ỳỵỷỹ ǅ ɏ".utf8),
                                Array("ho\u{300}a".utf8), [0x61, 0xC3], [0xC3, 0x41], [0x61, 0xE1, 0xBA], [0xE1, 0xBA, 0x41], []]
        for bytes in cases {
            var scalars: [Unicode.Scalar] = []
            var latin = true
            bytes.withUnsafeBufferPointer { buffer in
                var index = 0
                while index < buffer.count {
                    guard let (step, next) = LatinText.step(in: buffer, at: index) else { latin = false; return }
                    #expect(next > index && next <= buffer.count)
                    switch step {
                    case .space: scalars.append(" ")
                    case .scalar(let row): scalars.append(LatinText.scalars[row])
                    }
                    index = next
                }
            }
            let expected = read(bytes)
            #expect(latin == expected.latin, "\(bytes)")
            #expect(scalars == expected.scalars, "\(bytes)")
        }
    }
}
