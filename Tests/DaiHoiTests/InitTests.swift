import CongressModel
import DaiHoi
import Diagnostics
import Foundation
import Load
import Testing
import Vietnamese

/// `daihoi init`: each kind's skeleton checks with only its placeholders flagged (DH460), clean once they are
/// replaced; no file is overwritten; the members' spreadsheet fills the people, each bad value at its row and column.
struct InitTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func check(_ folder: String) -> [Diagnostic] {
        Pipeline(templateFolder: "Templates").check(file: folder + "/congress.yaml").diagnostics
    }

    /// Replaces every «…» of the written files by its content, as a user accepting the examples would.
    static func fill(_ folder: String) throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }
        for file in files {
            let path = folder + "/" + file
            try Placeholder.accepted(String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test(arguments: [CongressKind.dangVien, .daiBieu])
    func skeletonFlagsOnlyItsPlaceholdersThenChecksClean(kind: CongressKind) throws {
        let folder = try Self.folder()
        let skeleton = CongressSkeleton(kind: kind)
        #expect(try SkeletonWriter.write(skeleton.files, into: folder) == .written(skeleton.files.map { folder + "/" + $0.path }))
        let text = try String(contentsOfFile: folder + "/congress.yaml", encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=congress.schema.json\n"))
        #expect(try String(contentsOfFile: folder + "/congress.schema.json", encoding: .utf8) == CongressSchema.json())
        #expect(text.contains("  kind: \(kind.rawValue)\n"))
        let before = Self.check(folder)
        #expect(before.map(\.code).filter { $0 != "DH460" } == [], "\(before.map { $0.message.text(in: .en) })")
        #expect(before.count >= 12)
        // The six prose files of bao-cao/ (the report's four, the committee review's two) are flagged too, each at the
        // key naming it.
        #expect(before.filter { $0.message.text(in: .en).contains("Viết nội dung") }.count == 6)
        try Self.fill(folder)
        #expect(Self.check(folder).map { "\($0.code) \($0.message.text(in: .en))" } == [])
    }

    @Test func levelSetsTheLevelAndTheTerm() throws {
        let file = CongressSkeleton(kind: .dangVien, level: .chiBoCoSo).files[0].text
        #expect(file.contains("  level: chi-bo-co-so "))
        #expect(file.contains("  term: 2025-2030 "))
        let branch = CongressSkeleton(kind: .dangVien).files[0].text
        #expect(branch.contains("  level: chi-bo-truc-thuoc ") && branch.contains("  term: 2025-2027 "))
    }

    @Test func neverOverwritesAFile() throws {
        let folder = try Self.folder()
        try "mine\n".write(toFile: folder + "/congress.yaml", atomically: true, encoding: .utf8)
        let outcome = try SkeletonWriter.write(CongressSkeleton(kind: .dangVien).files, into: folder)
        #expect(outcome == .existing([folder + "/congress.yaml"]))
        #expect(try String(contentsOfFile: folder + "/congress.yaml", encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/congress.schema.json"))
    }

    /// --force: the edited congress.yaml is kept as .bak (then .bak.2), an identical file is left alone, the rest
    /// written; the CLI says DH465 for each replaced file; without --force the CLI still refuses with DH461.
    @Test func forceKeepsTheOldFileAsBakAndSaysSo() throws {
        let folder = try Self.folder()
        let files = CongressSkeleton(kind: .dangVien).files
        try "mine\n".write(toFile: folder + "/congress.yaml", atomically: true, encoding: .utf8)
        let schema = try #require(files.first { $0.path == "congress.schema.json" })
        try schema.text.write(toFile: folder + "/congress.schema.json", atomically: true, encoding: .utf8)
        try "older\n".write(toFile: folder + "/congress.yaml.bak", atomically: true, encoding: .utf8)

        let outcome = try SkeletonWriter.write(files, into: folder, force: true)
        let yaml = folder + "/congress.yaml"
        let paths: [String] = files.map { folder + "/" + $0.path }.filter { !$0.hasSuffix("congress.schema.json") }
        let expected = SkeletonWriter.Outcome.written(paths, backups: [SkeletonWriter.Backup(path: yaml, backup: yaml + ".bak.2")])
        #expect(outcome == expected)
        #expect(try String(contentsOfFile: yaml + ".bak.2", encoding: .utf8) == "mine\n")
        #expect(try String(contentsOfFile: yaml + ".bak", encoding: .utf8) == "older\n")
        #expect(try String(contentsOfFile: yaml, encoding: .utf8) == files.first { $0.path == "congress.yaml" }?.text)

        let cliFolder = try Self.folder()
        try "mine\n".write(toFile: cliFolder + "/congress.yaml", atomically: true, encoding: .utf8)
        let refused = try CLI.run(["init", cliFolder])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("lỗi [DH461]: '\(cliFolder)/congress.yaml' đã có"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        let forced = try CLI.run(["init", cliFolder, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("cảnh báo [DH465]: đã ghi đè '\(cliFolder)/congress.yaml' (--force); tệp cũ giữ ở '\(cliFolder)/congress.yaml.bak'"),
                "\(forced.stderr)")
        #expect(try String(contentsOfFile: cliFolder + "/congress.yaml.bak", encoding: .utf8) == "mine\n")
    }

    @Test func membersFromASemicolonSpreadsheetWithBOM() throws {
        let csv = "\u{FEFF}Họ và tên;Giới tính;Năm sinh;Ngày vào Đảng;Đảng viên;Chức vụ\r\n"
            + "Nguyễn Văn An;Nam;1968;19/05/1995;chính thức;\"Bí thư; Trưởng khu phố\"\r\n"
            + "Trần Thị Bình;nữ;1975;2001-03-03;Chính thức;\r\n"
            + "Lê Văn \"\"Ba\"\" Cường;nam;1980;;chinh-thuc;\r\n"
            + "Phạm Thị Dung;nu;1985;;;\r\n"
            + "Hoàng Văn Em;nam;1990;;;\r\n"
            + "Vũ Thị Giang;nữ;1994;2024-11-07;dự bị;\r\n"
        let list = MembersList(text: csv, file: "danh-sach.csv")
        #expect(list.diagnostics.isEmpty)
        #expect(list.members.map(\.name) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn \"Ba\" Cường", "Phạm Thị Dung",
                                             "Hoàng Văn Em", "Vũ Thị Giang"])
        #expect(list.members[0].position == "Bí thư; Trưởng khu phố")
        #expect(list.members[0].joined == CalendarDate(year: 1995, month: 5, day: 19))
        #expect(list.members[5].membership == .duBi && list.members[1].gender == .nu)
        let folder = try Self.folder()
        _ = try SkeletonWriter.write(CongressSkeleton(kind: .dangVien, members: list.members).files, into: folder)
        let loaded = CongressLoader().load(file: folder + "/congress.yaml")
        let congress = try #require(loaded.congress)
        #expect(congress.people.map(\.name).prefix(6) == ArraySlice(list.members.map(\.name)))
        #expect(congress.delegates.count == 6)
        // Five full members vote; the placeholders left are the organisation's and the report's, no name.
        #expect(congress.motions.map(\.inFavour) == [5, 5, 5, 5, 5])
        #expect(!Self.check(folder).contains { $0.message.text(in: .en).contains("people[1]") })
    }

    @Test func badRowsReportedByRowAndColumn() throws {
        let csv = "ho_ten,gioi_tinh,nam_sinh,ngay_vao_dang\n"
            + "Nguyễn Văn An,nam,1968,1995-05-19\n"
            + "Trần Thị Bình,female,19750,2001-02-30\n"
            + ",nu,1980,\n"
            + "Nguyễn Văn An,nam,1968,\n"
        let list = MembersList(text: csv, file: "ds.csv")
        #expect(list.diagnostics.map { "\($0.location!) \($0.code) \($0.message.text(in: .en))" } == [
            "ds.csv:3:2 DH462 column 'gioi_tinh': 'female' is not valid — expected: nam, nữ",
            "ds.csv:3:3 DH462 column 'nam_sinh': '19750' is not valid — expected: năm sinh bốn chữ số, ví dụ 1975",
            "ds.csv:3:4 DH462 column 'ngay_vao_dang': '2001-02-30' is not valid — expected: ngày dạng 1998-03-26 hoặc 26/03/1998",
            "ds.csv:4:1 DH462 column 'ho_ten': '' is not valid — expected: họ và tên",
            "ds.csv:5:1 DH464 'Nguyễn Văn An' is already on row 2 (same name and birth year) — one row per person",
        ])
        let missing = MembersList(text: "ten;tuoi\nAn;30\n", file: "ds.csv")
        #expect(missing.diagnostics.map(\.code) == ["DH463"])
    }
}
