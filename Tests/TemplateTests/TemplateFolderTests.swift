import Foundation
import Template
import Testing

/// The real templates of `Templates/`, loaded from disk.
@Suite("Template folders")
struct TemplateFolderTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates").path

    static let header: TemplateValue = [
        "superior": "ĐẢNG BỘ TỈNH THÁI BÌNH",
        "issuer_lines": ["ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ", "LẦN THỨ XVI, NHIỆM KỲ 2020 – 2025"],
        "place_date": "Hưng Hà, ngày 19 tháng 5 năm 2020",
        "has_number": false,
        "number": "",
    ]

    static func row(_ number: String, _ name: String, notes: String) -> TemplateValue {
        ["number": .string(number), "name": .string(name), "birth_year": "1970", "gender": "Nam", "ethnicity": "Kinh",
         "position": "Bí thư Đảng ủy & Chủ tịch <UBND> xã", "education": "Đại học", "theory": "Cao cấp",
         "has_position": true, "notes": .string(notes), "has_notes": .bool(!notes.isEmpty)]
    }

    @Test func loadsEveryTemplateByPathWithoutExtension() throws {
        let library = try TemplateLibrary(folders: [Self.templates])
        #expect(library.names.contains("documents/delegates"))
        #expect(library.names.contains("partials/header"))
        #expect(library.names == library.names.sorted())
    }

    @Test func rendersTheDelegateList() throws {
        let library = try TemplateLibrary(folders: [Self.templates])
        let value: TemplateValue = [
            "header": Self.header, "is_delegates": true,
            "congress_name_term": "Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 – 2025",
            "count": "3", "attendee": "đại biểu", "attendee_capital": "Đại biểu", "grouped": false, "group_count": "1",
            "groups": [["heading": false, "count": "3",
                        "rows": [Self.row("1", "Nguyễn Thị Ánh", notes: ""), Self.row("2", "Trần Văn Bình", notes: "Dự bị"),
                                 Self.row("3", "Lê Đức <Cường>", notes: "Vắng: ốm & nằm viện")]]],
        ]
        let output = try library.render("documents/delegates", value)
        #expect(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html"))
        #expect(output.contains("<td>Nguyễn Thị Ánh</td>"))
        #expect(output.contains("<td>Lê Đức &lt;Cường&gt;</td>"))
        // A note is the last line of its delegate's "Chức vụ, đơn vị" cell, in the delegate's own row (a row of its
        // own could be printed on the next page).
        #expect(output.contains("<td>Bí thư Đảng ủy &amp; Chủ tịch &lt;UBND&gt; xã<br/><em>Ghi chú: Vắng: ốm &amp; nằm viện</em></td>"))
        #expect(output.contains("<td>Bí thư Đảng ủy &amp; Chủ tịch &lt;UBND&gt; xã</td>"))
        #expect(output.components(separatedBy: "<tr>").count - 1 == 5)  // header row, table head, 3 rows
        #expect(output.components(separatedBy: "<em>Ghi chú:").count - 1 == 2)  // Bình's and Cường's notes
        #expect(!output.contains("class=\"note\""))
        #expect(output.contains("<p class=\"issuer-name\">LẦN THỨ XVI, NHIỆM KỲ 2020 – 2025</p>"))
        #expect(output.contains("tổng số 3 đại biểu"))
        #expect(output.contains("<h1>DANH SÁCH</h1>"))
        #expect(output.contains("<p class=\"doc-subject\">Đại biểu dự Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 – 2025</p>"))
        #expect(output.contains("<title>Danh sách đại biểu dự Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 – 2025</title>"))
        #expect(!output.contains("{{"))
    }

    @Test func delegateListWithoutHeaderFailsNamingTheTemplate() throws {
        let library = try TemplateLibrary(folders: [Self.templates])
        let error = try #require(throws: TemplateError.self) {
            _ = try library.render("documents/delegates", ["attendee": "đại biểu", "congress_name_term": "x"])
        }
        #expect(error.template == "documents/delegates")
        #expect(error.kind == .unknownName("header"))
        #expect(error.line == 7)
    }

    @Test func partialsComeFromAnyFolderOfTheLibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-extra-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("extra"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{> partials/header}}|{{title}}".write(to: folder.appendingPathComponent("extra/page.mustache"),
                                                    atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let library = try TemplateLibrary(folders: [Self.templates, folder.path])
        #expect(library.names.contains("extra/page"))
        #expect(!library.names.contains("notes"))
        let output = try library.render("extra/page", ["title": "T", "superior": "S", "issuer_lines": [],
                                                       "place_date": "P", "has_number": false, "number": ""])
        #expect(output.hasSuffix("</table>\n|T"))
    }

    @Test func duplicateNamesAndMissingFoldersAreErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-dup-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a".write(to: folder.appendingPathComponent("page.xhtml"), atomically: true, encoding: .utf8)
        try "b".write(to: folder.appendingPathComponent("page.css"), atomically: true, encoding: .utf8)
        let duplicate = try #require(throws: TemplateError.self) { _ = try TemplateLibrary(folders: [folder.path]) }
        #expect(duplicate.kind == .duplicateTemplate("page"))
        let missing = try #require(throws: TemplateError.self) {
            _ = try TemplateLibrary(folders: [folder.path + "/nowhere"])
        }
        #expect(missing.kind == .unreadable("no folder \(folder.path)/nowhere"))
        #expect(missing.line == 0)
    }
}
