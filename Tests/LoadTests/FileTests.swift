import Diagnostics
import Foundation
import Load
import Testing

/// Files on disk: the path as given names the file, references resolve against its folder.
@Suite struct FileTests {
    @Test func missingFileIsADiagnosticNotACrash() {
        let result = CongressLoader().load(file: "no/such/congress.yaml")
        #expect(result.congress == nil)
        #expect(result.diagnostics.map(\.code) == ["DH100"])
        #expect(result.diagnostics.first?.message.text(in: .en) == "cannot read file 'no/such/congress.yaml': No such file or directory")
        #expect(result.diagnostics.first?.message.text(in: .vi) == "không đọc được tệp 'no/such/congress.yaml': không có tệp hoặc thư mục này")
        #expect(result.diagnostics.first?.location == nil)
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try temporaryFolder()
        let result = CongressLoader().load(file: folder)
        #expect(result.diagnostics.map(\.code) == ["DH100"])
        #expect(result.diagnostics.first?.message.text(in: .vi) == "không đọc được tệp '\(folder)': là một thư mục")
    }

    @Test func missingReferencedFileIsReportedAtTheReference() throws {
        let folder = try temporaryFolder()
        let file = folder + "/congress.yaml"
        try minimal(replacing: [11: "  venue: {file: texts/venue.md}"]).write(toFile: file, atomically: true, encoding: .utf8)
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(file):11:17 DH120"])
        #expect(onlyText(result, .vi) == "không đọc được tệp tham chiếu 'texts/venue.md'")
    }

    @Test func controlCharacterInAReferencedFileIsLocatedInThatFile() throws {
        let folder = try temporaryFolder()
        try "Hội trường\nTầng 2\u{1B}\n".write(toFile: folder + "/venue.md", atomically: true, encoding: .utf8)
        let file = folder + "/congress.yaml"
        try minimal(replacing: [11: "  venue: {file: ./venue.md}"]).write(toFile: file, atomically: true, encoding: .utf8)
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(folder)/venue.md:2:7 DH121"])
        #expect(onlyText(result, .en) == "'congress.venue' contains the control character U+001B, which is not allowed")
        #expect(result.sources["\(folder)/venue.md"] != nil)
    }

    @Test func referenceThatComesBackIntoTheFolderIsAccepted() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try "Nhà văn hóa\n".write(toFile: folder + "/venue.md", atomically: true, encoding: .utf8)
        let file = folder + "/congress.yaml"
        try minimal(replacing: [11: "  venue: {file: a/../venue.md}"]).write(toFile: file, atomically: true, encoding: .utf8)
        let result = CongressLoader().load(file: file)
        #expect(result.diagnostics.isEmpty)
        #expect(result.congress?.details.venue == "Nhà văn hóa\n")
    }

    @Test func invalidUTF8IsADiagnostic() throws {
        let folder = try temporaryFolder()
        let file = folder + "/congress.yaml"
        try Data([0x73, 0x63, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: file))
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(file):1:3 DH132"])
    }
}
