import Foundation
@testable import Load
import Testing
import Yams

/// `PlainScalarTag` decides what the YAML 1.2 core schema decides (YAML 1.2.2 §10.3.2): compared with a Yams
/// `Resolver` built from the spec's own regular expressions, on hand-picked strings and on thousands of strings
/// drawn from the characters the rules care about.
@Suite("Plain scalar tags: the YAML 1.2 core schema without regular expressions")
struct PlainScalarTagTests {
    /// The core schema's table, verbatim from YAML 1.2.2 §10.3.2 (tag resolution), first match wins.
    static let core = [
        (Tag.Name.null, "^(?:null|Null|NULL|~|)$"),
        (.bool, "^(?:true|True|TRUE|false|False|FALSE)$"),
        (.int, "^(?:[-+]?[0-9]+)$"),
        (.int, "^(?:0o[0-7]+)$"),
        (.int, "^(?:0x[0-9a-fA-F]+)$"),
        (.float, "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$"),
        (.float, "^(?:[-+]?\\.(?:inf|Inf|INF))$"),
        (.float, "^(?:\\.(?:nan|NaN|NAN))$"),
    ].reduce(Resolver.basic) { try! $0.appending(Resolver.Rule($1.0, $1.1)) }

    /// The tag the spec's patterns give the plain scalar `text`.
    static func spec(_ text: String) -> String {
        core.resolveTag(of: Node.scalar(.init(text, Tag(.implicit, core, .default), .plain))).rawValue
    }

    static let picked = [
        "", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "yes", "Yes", "no", "on", "off", "OFF", "y",
        "n", "0", "-0", "+0", "00", "007", "010", "08", "09", "0o17", "0o", "0o8", "-0o17", "0b1010", "0x1F", "0xg", "0x",
        "-0x1F", "12", "-12", "+5", "1_000", "_1", "1:30", "190:20:30", "1.5", "-1.5", "1.", ".5", "-.5", ".5e+3", "1e3",
        "1E-3", "1e", "1.2.3", ".inf", "-.inf", "+.Inf", ".INF", ".nan", "-.nan", ".NaN", "<<", "=", "2025-03-27", "07:30",
        "1.10", "Chi bộ 3", "Đảng viên", "p12", "1 2", "1,5", "99,67%", "٣", "１２", "0912345678", "+84912345678",
    ]

    @Test("hand-picked strings get the tag the core schema's patterns give them")
    func picked() {
        for text in Self.picked {
            #expect(PlainScalarTag.resolve(text).rawValue == Self.spec(text), "\(text)")
        }
    }

    @Test("YAML 1.1 readings are gone: 010 and 09 are integers, yes and 1:30 are text")
    func notYAML11() {
        #expect(PlainScalarTag.resolve("010") == .int)
        #expect(PlainScalarTag.resolve("09") == .int)
        #expect(PlainScalarTag.resolve("yes") == .str)
        #expect(PlainScalarTag.resolve("Off") == .str)
        #expect(PlainScalarTag.resolve("1:30") == .str)
        #expect(PlainScalarTag.resolve("1_000") == .str)
        #expect(PlainScalarTag.resolve("2025-03-27") == .str)
    }

    @Test("random strings of the rules' characters get the tag the core schema's patterns give them")
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
            // Half the strings start like a number, where the rules have most branches.
            if next() % 2 == 0 { text = ["1", "0", "-1", "+", ".", "0x", "0o", "-.", "1.", "1e"][next() % 10] + text }
            #expect(PlainScalarTag.resolve(text).rawValue == Self.spec(text), "\(text.debugDescription)")
        }
    }
}
