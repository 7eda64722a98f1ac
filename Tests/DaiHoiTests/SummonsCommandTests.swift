import Foundation
import Testing

/// `render --doc summons`: one sheet per person summoned and per guest, in the order of the file; `--summons-proof N`
/// lays out only the first N of each, read back from the written HTML.
struct SummonsCommandTests {
    static func sheets(_ html: String) -> [String] {
        html.components(separatedBy: "<div class=\"sheet\">").dropFirst().map { sheet in
            // The addressee's name, in bold after "Kính gửi: đồng chí".
            let after = sheet.components(separatedBy: "Kính gửi: đồng chí <strong>").dropFirst().first ?? ""
            return String(after.prefix { $0 != "<" })
        }
    }

    @Test func theWholeRunAndAProofOfIt() throws {
        let file = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let all = try CLI.run(["render", file, "--doc", "summons", "-o", out.path])
        #expect(all.status == 0, "\(all.stderr)")
        let whole = Self.sheets(try String(contentsOf: out.appendingPathComponent("summons.html"), encoding: .utf8))
        // 19 members summoned, then the 2 guests (the file's order).
        #expect(whole.count == 21)
        #expect(whole.first == "Trần Thị Hòa" && whole[18] == "Hà Minh Quân" && whole.suffix(2) == ["Phạm Anh Tuấn", "Vũ Thị Nga"])
        let proof = try CLI.run(["render", file, "--doc", "summons", "--summons-proof", "1", "-o", out.path])
        #expect(proof.status == 0, "\(proof.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("summons.html"), encoding: .utf8)
        #expect(Self.sheets(html) == ["Trần Thị Hòa", "Phạm Anh Tuấn"])
        #expect(html.contains("<h1>GIẤY TRIỆU TẬP</h1>") && html.contains("<h1>GIẤY MỜI</h1>"))
    }
}
