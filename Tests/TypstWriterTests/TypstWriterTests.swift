import DocumentTree
import Foundation
import Testing
import TestSupport
@testable import TypstWriter

/// The Typst writer: data never becomes Typst code, the same tree gives the same source, and the compiler
/// (PyPI's typst in .venv-typst, when `make setup` made it) sets the text back exactly as the tree holds it.
@Suite("Typst writer")
struct TypstWriterTests {
    /// Strings that would be markup, code, a comment, a label, a reference, math, a URL, a raw block or a string's end.
    static let hostile = [
        "#let x = read(\"/etc/passwd\")", "#import \"@preview/x:0.1.0\"", "$ x^2 $", "*đậm* _nghiêng_", "`raw` ```rust fn```",
        "<nhan> @tham-chieu", "[ngoặc] {khối}", "// chú thích /* khối */", "https://example.org/a_b*c", "\\ \\\\ \\u{41}",
        "\" \"\" \"#eval(\"1\")", "= Tiêu đề", "- gạch", "+ cộng", "/ mục: định nghĩa", "~ -- --- ... 'a' \"b\"",
        "a\u{0}b\u{7}c\u{1b}d\u{fffe}", "Lê Thị Hồng Nhung #1", "50% & <script>alert(1)</script> ]]>",
    ]

    /// A paper with the Party header and one paragraph per string, set in the tree as they are (a tree from
    /// another source than XML may hold what XML cannot: control characters).
    static func paper(_ paragraphs: [String]) throws -> Document {
        var document = try XHTMLParser.parse(PartyPaperFixture.page(body: PartyPaperFixture.header + "<h1>Biên bản</h1>"), name: "hostile", profile: .hd36_2018)
        document.body += paragraphs.map { .element(Element(name: "p", children: [.text($0)])) }
        return document
    }

    @Test("every run of text is one string literal: only backslash and quote escaped, control characters replaced")
    func literals() {
        #expect(TypstText.literal("a\"b\\c") == ##"#"a\"b\\c""##)
        #expect(TypstText.literal("#x $y$ *z* [w]") == ##"#"#x $y$ *z* [w]""##)
        #expect(TypstText.literal("a\u{7}b\nc") == "#\"a\u{FFFD}b c\"")
        // NFC: a decomposed "ệ" (e + combining dot below + combining circumflex) is written precomposed.
        #expect(TypstText.literal("Vi\u{65}\u{323}\u{302}t") == "#\"Việt\"")
        for text in Self.hostile {
            let quoted = TypstText.quoted(text)
            // Between the outer quotes, every quote is escaped: the literal cannot end early.
            var escaped = false
            for scalar in quoted.unicodeScalars.dropFirst().dropLast() {
                if escaped { escaped = false; continue }
                if scalar == "\\" { escaped = true; continue }
                #expect(scalar != "\"", "\(text) closes its literal: \(quoted)")
            }
            #expect(!escaped, "\(text) ends on a lone backslash")
        }
    }

    @Test("the same tree gives the same source, and no text of the paper outside a literal")
    func deterministic() throws {
        let document = try Self.paper(Self.hostile)
        let first = TypstWriter().write(document)
        #expect(first == TypstWriter().write(document))
        #expect(!first.contains("/etc/passwd\")\n"))
        #expect(first.contains(##"#par[#"#let x = read(\"/etc/passwd\")"]"##))
    }

    @Test("table rows: thead rows and leading rows of th are heading rows, a th row after a body row is not")
    func tableRows() throws {
        let page = PartyPaperFixture.page(body: """
            <table class="grid"><tr><th>A</th></tr><thead><tr><th>B</th></tr></thead><tbody><tr><td>1</td></tr></tbody><tr><th>C</th></tr></table>
            """)
        let document = try XHTMLParser.parse(page, name: "t", profile: .hd36_2018)
        guard case .element(let table) = try #require(document.body.first) else { Issue.record("no table"); return }
        #expect(table.tableRows.map(\.isHeading) == [true, true, false, false])
        #expect(table.tableRows.map { Node.element($0.row).textContent } == ["A", "B", "1", "C"])
        // Two sheets: the second starts a page whose number restarts (`#dhSheet()`), the first none.
        let sheets = try XHTMLParser.parse(PartyPaperFixture.page(body: "<div class=\"sheet\"><p>a</p></div><div class=\"sheet\"><p>b</p></div>"),
                                           name: "s", profile: .hd36_2018)
        #expect(TypstWriter().write(sheets).components(separatedBy: "#dhSheet()").count == 2)
    }

    @Test("two ballots to a sheet: the upper copy fills the page down to the cut line, the lower one under it")
    func twoUpSheet() throws {
        let copy = "<h1>Phiếu bầu cử</h1><table class=\"signatures ballot-stamp\"><tbody><tr><td class=\"signature\">"
            + "<p class=\"sign-title\">NƠI ĐÓNG DẤU</p><p class=\"sign-space\"> </p></td></tr></tbody></table>"
        let page = PartyPaperFixture.page(body: "<div class=\"sheet two-up\"><div class=\"ballot half-sheet cut-below\">\(copy)</div>"
            + "<div class=\"ballot half-sheet\">\(copy)</div></div>")
        let source = TypstWriter().write(try XHTMLParser.parse(page, name: "b", profile: .hd36_2018))
        // A4, top margin 20 mm: the upper block 297 / 2 − 20 = 128.5 mm tall, 5 mm clear of the line on each side.
        #expect(FormatProfile.hd36_2018.upperHalfSheetMM == 128.5)
        #expect(source.components(separatedBy: "#dhUpperHalf(128.5mm, 5mm)[").count == 2, "\(source)")
        #expect(source.components(separatedBy: "#block(breakable: false, width: 100%, above: 0pt, below: 0pt, inset: (top: 5mm))[").count == 2)
        #expect(source.contains("dash: \"dashed\""))
        // The stamp's room: two lines of 18 pt in each half, not the 22 mm of a whole sheet.
        #expect(source.components(separatedBy: "#v(36pt)").count == 3, "\(source)")
        #expect(!source.contains("22mm"))
    }

    @Test("Nơi nhận beside the signer: left-aligned, only its label underlined")
    func recipients() throws {
        let page = PartyPaperFixture.page(body: """
            <table class="signatures"><tbody><tr><td class="signature"><div class="recipients"><p class="lead-in">Nơi nhận:</p>\
            <p>- Huyện ủy,</p><p>- Lưu.</p></div></td><td class="signature"><p class="sign-authority">T/M BAN CHẤP HÀNH</p>\
            <p class="sign-space"></p><p class="sign-name">Nguyễn Văn A</p></td></tr></tbody></table>
            """)
        let source = TypstWriter().write(try XHTMLParser.parse(page, name: "r", profile: .hd36_2018))
        #expect(source.components(separatedBy: "#underline[").count == 2, "\(source)")
        #expect(source.contains(##"#underline[#"Nơi nhận:"]"##))
        #expect(source.contains("#dhTight(12pt)[#set align(left)"))
    }

    @Test("hostile text comes back from the PDF as it went in, and the same source gives the same PDF bytes")
    func hostileRoundTrip() throws {
        guard case .success(let python) = TypstPython.locate(), onPath("pdftotext") else {
            print("skipped: no .venv-typst (make setup) or no poppler-utils"); return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("typst-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("hostile.typ")
        try TypstWriter().write(try Self.paper(Self.hostile)).write(to: source, atomically: true, encoding: .utf8)
        let jobs = ["a", "b"].map { TypstPDFJob(source: source, destination: folder.appendingPathComponent("\($0).pdf")) }
        let report = try TypstPDFPool(python: python, workers: 1).convert(jobs)
        #expect(report.failed.isEmpty, "\(report.failed.map(\.reason))")
        let a = try Data(contentsOf: jobs[0].destination), b = try Data(contentsOf: jobs[1].destination)
        #expect(a == b)
        let text = try run("pdftotext", ["-raw", jobs[0].destination.path, "-"])
        let printed = Set(text.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
        for hostile in Self.hostile {
            // What the tree holds (white space collapsed, control characters as U+FFFD, which poppler prints as is).
            let expected = hostile.unicodeScalars.map { $0.value < 0x20 || $0.value == 0xFFFE ? "\u{FFFD}" : String($0) }.joined()
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(printed.contains(expected), "\(hostile) printed otherwise; lines: \(printed.sorted())")
        }
    }

    @Test("a dossier source: each part's page rules, its count restarted with the sheet marker, one bookmark per part; the file's properties once, a hostile title or author a literal")
    func dossierSource() throws {
        var first = try Self.paper(["Mục lục"])
        first.metadata = DocumentMetadata(date: DocumentDate(year: 2020, month: 5, day: 19), author: "#eval(\"1\") \u{2060}\u{00A0}\"")
        var landscape = try Self.paper(["Danh sách"])
        landscape.profile = landscape.profile.landscape
        let source = TypstWriter().write(dossier: [.init(first, bookmark: "Mục lục \"hồ sơ\""), .init(landscape, bookmark: "Danh sách #x")],
                                         title: "Hồ sơ Đại hội", metadata: first.metadata)
        #expect(source.hasPrefix(##"#set document(title: "Hồ sơ Đại hội", author: "#eval(\"1\")  \"", date: if "source-date-epoch" in sys.inputs { auto } else { datetime(year: 2020, month: 5, day: 19) })"## + "\n"))
        #expect(source.components(separatedBy: "#set document(").count == 2)
        #expect(source.components(separatedBy: "#set page(").count == 3)
        #expect(source.contains("#set page(width: 297mm, height: 210mm"))
        #expect(source.components(separatedBy: "#counter(page).update(1)\n#[#metadata(\"sheet\") <dhsheet>]").count == 3)
        #expect(source.contains(##"bookmarked: true, "Mục lục \"hồ sơ\"")"##) && source.contains(##"bookmarked: true, "Danh sách #x")"##))
        #expect(source.contains("#set heading(bookmarked: false)"))
        #expect(!TypstWriter().write(first).contains("bookmarked"), "a paper alone keeps its headings' bookmarks")
    }

    @Test("a source Typst refuses is reported with Typst's reason, the other files still printed")
    func refusedSource() throws {
        guard case .success(let python) = TypstPython.locate() else { print("skipped: no .venv-typst"); return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("typst-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.typ"), good = folder.appendingPathComponent("good.typ")
        try "#let x = (".write(to: bad, atomically: true, encoding: .utf8)
        try TypstWriter().write(try Self.paper(["Một đoạn."])).write(to: good, atomically: true, encoding: .utf8)
        let jobs = [TypstPDFJob(source: bad, destination: folder.appendingPathComponent("bad.pdf")),
                    TypstPDFJob(source: good, destination: folder.appendingPathComponent("good.pdf"))]
        let report = try TypstPDFPool(python: python, workers: 1).convert(jobs)
        #expect(report.written == [jobs[1].destination])
        #expect(report.failed.map(\.job) == [jobs[0]])
        #expect(report.failed.first?.reason.isEmpty == false)
        #expect(!FileManager.default.fileExists(atPath: jobs[0].destination.path))
    }

    @Test("a worker that dies mid-run is restarted, its files tried once more, each failure reported, nothing hangs")
    func dyingWorker() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("typst-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stand-in interpreter: says it is ready, takes one request and dies without answering.
        let fake = folder.appendingPathComponent("python3")
        try "#!/bin/sh\necho 'ready 0'\nread line\nexit 9\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let jobs = (0..<6).map { TypstPDFJob(source: folder.appendingPathComponent("\($0).typ"), destination: folder.appendingPathComponent("\($0).pdf")) }
        let report = try TypstPDFPool(python: fake.path, workers: 2, timeout: .seconds(5)).convert(jobs)
        #expect(report.written.isEmpty)
        #expect(Set(report.failed.map(\.job)) == Set(jobs.map { $0 }), "\(report.failed.map(\.reason))")
        #expect(report.elapsed < .seconds(30))
    }

    @Test("DAIHOI_TYPST_TIMINGS: the worker logs its start and, for each file, the CPU time reading, compiling and writing")
    func workerTimings() throws {
        guard case .success(let python) = TypstPython.locate() else { print("skipped: no .venv-typst"); return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("typst-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("a.typ"), timings = folder.appendingPathComponent("timings.txt")
        try TypstWriter().write(try Self.paper(["Một đoạn."])).write(to: source, atomically: true, encoding: .utf8)
        // The worker alone, with the variable in its own environment only (not this test process's).
        let worker = Process()
        worker.executableURL = URL(fileURLWithPath: python)
        worker.arguments = ["-c", TypstWorkerScript.source] + TypstPDFPool.defaultFontFolders
        worker.environment = ["DAIHOI_TYPST_TIMINGS": timings.path]
        let input = Pipe(), output = Pipe()
        (worker.standardInput, worker.standardOutput) = (input, output)
        try worker.run()
        let request = #"{"pdfa":false,"source":"\#(source.path)","target":"\#(folder.path)/a.pdf"}"# + "\n"
        input.fileHandleForWriting.write(Data((request + request).utf8))
        try input.fileHandleForWriting.close()
        worker.waitUntilExit()
        let answers = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        #expect(answers.count == 3 && answers[0].hasPrefix("ready ") && answers.dropFirst().allSatisfy { $0 == "ok" }, "\(answers)")
        let lines = try String(contentsOf: timings, encoding: .utf8).split(separator: "\n").map { $0.split(separator: " ") }
        let pid = "\(worker.processIdentifier)"
        #expect(lines.map(\.first) == ["start", "file", "file"])
        #expect(lines.allSatisfy { $0.count > 1 && $0[1] == pid })
        // start: the CPU time of Python, the typst module and the fonts; each file: three CPU times, compiling the
        // first (fonts loaded, nothing memoized) the longest.
        #expect(lines[0].count == 3 && (Double(lines[0][2]) ?? 0) > 0)
        let files = lines.dropFirst().map { $0.dropFirst(2).compactMap { Double($0) } }
        #expect(files.allSatisfy { $0.count == 3 && $0.allSatisfy { $0 >= 0 } && $0[1] > 0 }, "\(files)")
        #expect(files.first.map { $0[1] == $0.max() } == true, "\(files)")
    }

    @Test("no Python with typst: the pool says why before printing anything")
    func unavailable() throws {
        #expect(throws: TypstUnavailable.self) {
            try TypstPDFPool(python: "/nonexistent/python3").convert([TypstPDFJob(source: URL(fileURLWithPath: "/x.typ"), destination: URL(fileURLWithPath: "/tmp/x.pdf"))])
        }
        if case .failure(let why) = TypstPython.locate(environment: ["DAIHOI_TYPST_PYTHON": "/nonexistent/python3"]) {
            #expect(why.reason.contains("DAIHOI_TYPST_PYTHON"))
        } else {
            Issue.record("a missing DAIHOI_TYPST_PYTHON was accepted")
        }
    }
}

/// A program on the PATH run to its end (``runProgram(_:_:withErrors:)``): its standard output.
@discardableResult
func run(_ executable: String, _ arguments: [String]) throws -> String { try runProgram(executable, arguments).output }
