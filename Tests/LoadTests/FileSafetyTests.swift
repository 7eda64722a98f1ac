import Diagnostics
import Foundation
import Load
import Testing

/// Files and bytes (issue 12 §4): nothing outside the congress folder is read, nothing but a regular file is
/// opened, and text that is not UTF-8 is refused at its first bad byte.
@Suite struct FileSafetyTests {
    /// A congress folder whose line 11 refers to `reference`; returns the folder and the YAML's path.
    func congress(referring reference: String) throws -> (folder: String, file: String) {
        let folder = try temporaryFolder()
        let file = folder + "/congress.yaml"
        try minimal(replacing: [11: "  venue: {file: \(reference)}"]).write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    /// A secret outside every congress folder.
    func secret() throws -> String {
        let outside = try temporaryFolder()
        try "BÍ MẬT\n".write(toFile: outside + "/secret.md", atomically: true, encoding: .utf8)
        return outside
    }

    @Test("a referenced file that is a link leading outside the folder is refused at the reference (DH133)")
    func symlinkedFile() throws {
        let outside = try secret()
        let (folder, file) = try congress(referring: "bao-cao.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/bao-cao.md", withDestinationPath: outside + "/secret.md")
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(file):11:17 DH133"])
        #expect(onlyText(result, .en) == "referenced file 'bao-cao.md' is (or lies under) a link leading outside the congress file's folder — not read")
        #expect(!result.sources.values.contains { $0.contains("BÍ MẬT") })
    }

    @Test("a referenced file under a linked folder leading outside is refused (DH133)")
    func symlinkedFolder() throws {
        let outside = try secret()
        let (folder, file) = try congress(referring: "bao-cao/secret.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/bao-cao", withDestinationPath: outside)
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(file):11:17 DH133"])
        #expect(!result.sources.values.contains { $0.contains("BÍ MẬT") })
    }

    @Test("a link that stays inside the folder is read")
    func symlinkInside() throws {
        let (folder, file) = try congress(referring: "venue.md")
        try "Hội trường\n".write(toFile: folder + "/real.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/venue.md", withDestinationPath: "real.md")
        let result = CongressLoader().load(file: file)
        #expect(result.diagnostics.isEmpty)
        #expect(result.congress?.details.venue == "Hội trường\n")
    }

    @Test("absolute paths and .. leaving the folder are refused (DH119)")
    func escapes() throws {
        for reference in ["/etc/passwd", "../secret.md", "a/../../secret.md", "~/secret.md"] {
            let (_, file) = try congress(referring: reference)
            #expect(summary(CongressLoader().load(file: file)) == ["\(file):11:17 DH119"], "\(reference)")
        }
    }

    @Test("a path holding a control character is refused before any file is touched (DH121)")
    func controlCharacterInPath() throws {
        for (escaped, name) in [("\\0", "U+0000"), ("\\n", "U+000A"), ("\\x1B", "U+001B"), ("\\x85", "U+0085")] {
            let (_, file) = try congress(referring: "\"venue\(escaped).md\"")
            let result = CongressLoader().load(file: file)
            #expect(summary(result) == ["\(file):11:17 DH121"], "\(escaped)")
            #expect(onlyText(result, .en) == "'congress.venue.file' contains the control character \(name), which is not allowed")
        }
    }

    @Test("a FIFO, a folder, a device are never read, and a FIFO does not hang the load (DH134)")
    func specialFiles() throws {
        let (folder, file) = try congress(referring: "pipe")
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(file):11:17 DH134"])
        #expect(onlyText(result, .vi) == "'pipe' là một đường ống (FIFO), không phải một tệp văn bản — không đọc")

        let (folder2, file2) = try congress(referring: "bao-cao")
        try FileManager.default.createDirectory(atPath: folder2 + "/bao-cao", withIntermediateDirectories: true)
        #expect(summary(CongressLoader().load(file: file2)) == ["\(file2):11:17 DH134"])

        let (folder3, file3) = try congress(referring: "zero")
        try FileManager.default.createSymbolicLink(atPath: folder3 + "/zero", withDestinationPath: "/dev/zero")
        #expect(summary(CongressLoader().load(file: file3)) == ["\(file3):11:17 DH133"])
    }

    @Test("a file larger than 32 MiB is refused without being read whole (DH139)")
    func tooLarge() throws {
        let (folder, file) = try congress(referring: "big.md")
        // Sparse: 1 GiB on disk costs nothing, and reading it would fill the memory.
        #expect(FileManager.default.createFile(atPath: folder + "/big.md", contents: nil))
        #expect(truncate(folder + "/big.md", 1 << 30) == 0)
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(file):11:17 DH139"])
        #expect(onlyText(result, .vi) == "tệp 'big.md' lớn hơn 32 MiB — không phải tệp đại hội hay văn bản báo cáo")
        #expect(summary(CongressLoader().load(file: folder + "/big.md")) == ["\(folder)/big.md:1:1 DH139"])
    }

    @Test("the congress file itself as a FIFO or a device is refused, not read (DH134)")
    func congressFileSpecial() throws {
        let folder = try temporaryFolder()
        #expect(mkfifo(folder + "/congress.yaml", 0o644) == 0)
        let fifo = CongressLoader().load(file: folder + "/congress.yaml")
        #expect(fifo.diagnostics.map(\.code) == ["DH134"])
        #expect(fifo.diagnostics.first?.message.text(in: .en) == "'\(folder)/congress.yaml' is a pipe (FIFO), not a text file — not read")
        #expect(summary(fifo) == ["\(folder)/congress.yaml:1:1 DH134"], "at the file's start, like any refused file")
        #expect(summary(CongressLoader().load(file: "/dev/zero")) == ["/dev/zero:1:1 DH134"])
        #expect(CongressLoader().load(file: folder).diagnostics.map(\.code) == ["DH100"])
    }

    @Test("invalid UTF-8 is refused at the line and column of the first bad byte (DH132)")
    func invalidUTF8() throws {
        let folder = try temporaryFolder()
        let file = folder + "/congress.yaml"
        var bytes = Array(minimal().utf8)
        // Line 3 is "  name: Chi bộ Khu phố 3": a Latin-1 "é" (0xE9) in place of its 'C' (column 9).
        let lineStart = bytes.indices.filter { $0 == 0 || bytes[$0 - 1] == 0x0A }[2]
        bytes[lineStart + 8] = 0xE9
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let result = CongressLoader().load(file: file)
        #expect(summary(result) == ["\(file):3:9 DH132"])
        #expect(onlyText(result, .vi) == "tệp '\(file)' có byte không phải mã UTF-8 — lưu lại tệp bằng mã UTF-8")
        #expect(onlyText(result, .en) == "file '\(file)' holds a byte that is not UTF-8 — save the file again as UTF-8")
    }

    @Test("a UTF-16 file, with or without its byte-order mark, is named as UTF-16 (DH132)")
    func utf16() throws {
        let folder = try temporaryFolder()
        let text = minimal()
        let cases: [(Data, String)] = [
            (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!, "1:1"),
            (Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!, "1:1"),
            (text.data(using: .utf16LittleEndian)!, "1:2"),
            (text.data(using: .utf16BigEndian)!, "1:1"),
            // Notepad without a byte-order mark, starting with a Vietnamese letter (no NUL in the first pair).
            (("Đại hội\n" + text).data(using: .utf16LittleEndian)!, "1:3"),
        ]
        for (index, (data, at)) in cases.enumerated() {
            let file = folder + "/congress\(index).yaml"
            try data.write(to: URL(fileURLWithPath: file))
            let result = CongressLoader().load(file: file)
            #expect(summary(result) == ["\(file):\(at) DH132"], "\(index)")
            #expect(onlyText(result, .vi)?.contains("UTF-16 — lưu lại tệp bằng mã UTF-8") == true)
        }
    }

    @Test("a Markdown prose file in UTF-16 or with a bad byte is refused in that file (DH132)")
    func referencedNotUTF8() throws {
        let (folder, file) = try congress(referring: "bao-cao/ket-qua.md")
        try FileManager.default.createDirectory(atPath: folder + "/bao-cao", withIntermediateDirectories: true)
        try (Data([0xFF, 0xFE]) + "Kết quả\n".data(using: .utf16LittleEndian)!).write(to: URL(fileURLWithPath: folder + "/bao-cao/ket-qua.md"))
        #expect(summary(CongressLoader().load(file: file)) == ["\(folder)/bao-cao/ket-qua.md:1:1 DH132"])
        try Data("Dòng một\nKết qu\u{1}".utf8.map { $0 == 1 ? 0xC3 : $0 }).write(to: URL(fileURLWithPath: folder + "/bao-cao/ket-qua.md"))
        #expect(summary(CongressLoader().load(file: file)) == ["\(folder)/bao-cao/ket-qua.md:2:7 DH132"])
    }

    @Test("a UTF-8 byte-order mark at the start of a prose file is not part of the text")
    func referencedBOM() throws {
        let (folder, file) = try congress(referring: "venue.md")
        try (Data([0xEF, 0xBB, 0xBF]) + Data("Hội trường\n".utf8)).write(to: URL(fileURLWithPath: folder + "/venue.md"))
        #expect(CongressLoader().load(file: file).congress?.details.venue == "Hội trường\n")
    }
}
