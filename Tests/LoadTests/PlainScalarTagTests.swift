import Foundation
@testable import Load
import Testing
import Yams

/// `PlainScalarTag` decides what Yams' `Resolver.default` decided with regular expressions: compared
/// on hand-picked strings and on thousands of strings drawn from the characters the rules care about.
@Suite("Plain scalar tags without regular expressions")
struct PlainScalarTagTests {
    /// The tag Yams 6.2.2's default resolver gives the plain scalar `text`.
    static func yams(_ text: String) -> String {
        Node.scalar(.init(text, Tag(.implicit, .default, .default), .plain)).tag.description
    }

    static let picked = [
        "", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "yes", "no", "on", "off", "OFF", "y", "n",
        "0", "-0", "+0", "00", "007", "08", "0o17", "0o", "0o8", "0b1010", "0b", "0b2", "0x1F", "0xg", "0x", "12", "-12", "1_000",
        "_1", "1:30", "1:60", "190:20:30", "0:30", "1:3:5", "1:", "1.5", "-1.5", "1.", ".5", "-.5", ".5e+3", ".5e3", "1e3",
        "1E-3", "1e", "1.2.3", "1:30.5", "1:30.", "-1:30.5", ".inf", "-.inf", "+.Inf", ".INF", ".nan", "-.nan", ".NaN", "<<",
        "=", "==", "2025-03-27", "2025-3-27", "2025-03-27T07:30:00", "2025-3-7 7:30:00.5 +07:00", "2025-03-27t07:30:00Z",
        "2025-03-27 07:30:00 Z", "2025-03-27  07:30:00-7", "2025-03-27T07:30:00 ", "2025-03-271", "20250-03-27", "07:30",
        "Chi bộ 3", "Đảng viên", "p12", "1 2", "1,5", "99,67%", "٣", "１２",
    ]

    @Test("hand-picked strings get the tag Yams' default resolver gives them")
    func picked() {
        for text in Self.picked {
            #expect(PlainScalarTag.resolve(text).rawValue == Self.yams(text), "\(text)")
        }
    }

    @Test("random strings of the rules' characters get the tag Yams' default resolver gives them")
    func random() {
        let alphabet = Array("0123456789_-+.:eEoxbabcdefABCDEFTtZ ~<=nulNLrsyYOfiI\t")
        var state: UInt64 = 20_251_129
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<20_000 {
            let length = next() % 12
            var text = String((0..<length).map { _ in alphabet[next() % alphabet.count] })
            // Half the strings start like a number, a date or a time, where the rules have most branches.
            if next() % 2 == 0 { text = ["1", "0", "-1", "2025-", "2025-03-27", "1:2", ".", "0x", "0o", "0b"][next() % 10] + text }
            #expect(PlainScalarTag.resolve(text).rawValue == Self.yams(text), "\(text.debugDescription)")
        }
    }
}
