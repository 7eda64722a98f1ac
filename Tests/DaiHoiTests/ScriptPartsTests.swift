import CongressModel
import Derive
import Load
import Testing

/// The script numbers its sessions as parts only when there are two: a one-session congress prints no "PHẦN I".
struct ScriptPartsTests {
    private static func script(_ sample: String) throws -> [String] {
        let file = Repository.root.appendingPathComponent("Samples/\(sample)/congress.yaml").path
        let congress = try #require(CongressLoader().load(file: file).congress)
        return try PaperWordingTests.text(.script, congress).split(separator: "\n").map(String.init)
    }

    @Test func aOneSessionCongressHasNoPartNumber() throws {
        let lines = try Self.script("chi-bo-khu-pho-3")
        #expect(lines.contains("PHIÊN CHÍNH THỨC"))
        #expect(!lines.contains { $0.contains("PHẦN I") })
    }

    @Test func twoSessionsAreNumberedAsParts() throws {
        let lines = try Self.script("hung-ha")
        #expect(lines.filter { $0.hasPrefix("PHẦN ") } == ["PHẦN I. PHIÊN TRÙ BỊ", "PHẦN II. PHIÊN CHÍNH THỨC"])
    }
}
