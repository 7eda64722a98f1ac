import Diagnostics
import Foundation
import Load
import Testing

/// Scalars mean what the model says (issue 12 §2): integers are decimal as in the YAML 1.2 core schema,
/// text fields keep what was written, and a wrong type names both types.
@Suite struct ScalarMeaningTests {
    @Test("a leading zero is decimal: number 010 is the tenth congress, never octal 8")
    func leadingZeroIsDecimal() {
        #expect(load(minimal(replacing: [9: "  number: 010"])).congress?.details.number == 10)
        #expect(load(minimal(replacing: [9: "  number: 09"])).congress?.details.number == 9)
        #expect(load(minimal(replacing: [9: "  number: 007"])).congress?.details.number == 7)
        #expect(load(minimal(replacing: [9: "  number: +5"])).congress?.details.number == 5)
    }

    @Test("hexadecimal and octal integers are refused with their decimal value (DH130)")
    func nonDecimalIsRefused() {
        let hex = load(minimal(replacing: [9: "  number: 0x1F"]))
        #expect(summary(hex) == ["congress.yaml:9:11 DH130"])
        #expect(onlyText(hex, .vi) == "'congress.number' phải là số nguyên viết ở hệ thập phân (31), nhưng lại là '0x1F'")
        #expect(onlyText(hex, .en) == "'congress.number' must be an integer written in decimal (31), found '0x1F'")
        #expect(summary(load(minimal(replacing: [9: "  number: 0o17"]))) == ["congress.yaml:9:11 DH130"])
    }

    @Test("1_000, 1e3, .inf and yes are not integers (DH104 names what they are)")
    func notIntegers() {
        for (value, found) in [("1_000", "văn bản"), ("1e3", "số thập phân"), (".inf", "số thập phân"), ("yes", "văn bản"),
                               ("1:30", "văn bản")] {
            let result = load(minimal(replacing: [9: "  number: \(value)"]))
            #expect(summary(result) == ["congress.yaml:9:11 DH104"], "\(value)")
            #expect(onlyText(result, .vi) == "'congress.number' phải là số nguyên, nhưng lại là \(found)", "\(value)")
        }
    }

    @Test("a text field keeps what was written: 010, 1.10, Yes, off, 0912345678, 2025-03-27")
    func textStaysText() throws {
        for value in ["010", "1.10", "Yes", "off", "0912345678", "+84912345678", "2025-03-27", "0x1F", "1e3", "true", "12:30"] {
            let result = load(minimal(replacing: [11: "  venue: \(value)"]))
            #expect(result.diagnostics.isEmpty, "\(value)")
            #expect(result.congress?.details.venue == value, "\(value)")
        }
        let quoted = load(minimal(replacing: [11: "  venue: \"010\""]))
        #expect(quoted.congress?.details.venue == "010")
    }

    @Test("a person's name 'Yes' and position '1.10' stay as written")
    func personFieldsStayText() {
        let result = load(minimal(replacing: [13: "  - {id: hoa, name: Yes, position: 1.10}"]))
        #expect(result.diagnostics.isEmpty)
        #expect(result.congress?.people.first?.name == "Yes")
        #expect(result.congress?.people.first?.position == "1.10")
    }

    @Test("presidium_size that is not [minimum, maximum] names the shape, not 'a list, found a list' (DH131)")
    func presidiumBounds() {
        for value in ["[7, 5]", "[5]", "[1, 2, 3]"] {
            let result = load(minimal(appending: ["settings:", "  presidium_size: \(value)"]))
            #expect(summary(result) == ["congress.yaml:26:19 DH131"], "\(value)")
            #expect(onlyText(result, .vi) == "'settings.presidium_size' phải là hai số nguyên [nhỏ nhất, lớn nhất], số đầu không lớn hơn số sau, như [5, 7]")
        }
        // An entry that is not an integer is reported once, at the entry.
        #expect(summary(load(minimal(appending: ["settings:", "  presidium_size: [a, 7]"]))) == ["congress.yaml:26:20 DH104"])
        #expect(load(minimal(appending: ["settings:", "  presidium_size: [3, 9]"])).congress?.settings.presidiumSize == 3...9)
    }

    @Test("delegate_list_landscape: a boolean, absent by default (the list's length decides)")
    func delegateListLandscape() {
        #expect(load(minimal(appending: ["settings:", "  delegate_list_landscape: true"])).congress?.settings.delegateListLandscape == true)
        #expect(load(minimal(appending: ["settings:", "  delegate_list_landscape: false"])).congress?.settings.delegateListLandscape == false)
        #expect(load(minimal()).congress?.settings.delegateListLandscape == nil)
        #expect(summary(load(minimal(appending: ["settings:", "  delegate_list_landscape: 3"]))) == ["congress.yaml:26:28 DH104"])
    }

    @Test("no wrong-type message names the same kind twice")
    func wrongTypeNamesTwoKinds() {
        let texts = [
            minimal(replacing: [13: "  - {id: hoa, name: [a, b]}"]), minimal(replacing: [15: "delegates: {hoa: 1}"]),
            minimal(replacing: [17: "  presidium: hoa"]), minimal(replacing: [9: "  number: [1]"]),
            minimal(appending: ["settings:", "  presidium_size: 5"]), minimal(appending: ["settings:", "  presidium_size: [7, 5]"]),
        ]
        for text in texts {
            for diagnostic in load(text).diagnostics {
                if case let .wrongType(_, expected, found) = diagnostic.message { #expect(expected != found, "\(diagnostic.message)") }
            }
        }
    }
}
