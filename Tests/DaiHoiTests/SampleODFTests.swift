import DaiHoi
import Derive
import DocumentTree
import Foundation
import Testing
import TestSupport
import ZIPFoundation

/// The congresses the ODF tests go through: every sample, the minimal fixture, and one synthetic branch
/// with a chi ủy election (so the ballots and the vote count are printed too).
enum ODFCorpus {
    static let congresses: [(name: String, file: String)] = {
        var all = Repository.sampleFiles()
        all.append(("minimal", Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/minimal.yaml").path))
        if let folder = try? Repository.temporaryFolder(), let branch = SyntheticBranches(seed: 11, members: 60).generate(count: 1).first {
            let file = folder.appendingPathComponent("congress.yaml")
            if (try? branch.yaml.write(to: file, atomically: true, encoding: .utf8)) != nil { all.append(("synthetic", file.path)) }
        }
        return all
    }()
    static let names = congresses.map(\.name)

    /// One congress rendered as ODT and FODT (and PDF when LibreOffice is there): the folder and the report.
    struct Output: Sendable {
        var folder: URL
        var written: [String]
        var errors: [String]
        func files(_ ext: String) -> [URL] {
            written.filter { $0.hasSuffix(".\(ext)") }.sorted().map { URL(fileURLWithPath: $0) }
        }
    }

    /// Every congress rendered once per test process (ODT, FODT, and PDF through the pool).
    static let outputs: [String: Output] = {
        var result: [String: Output] = [:]
        for (name, file) in congresses {
            guard let folder = try? Repository.temporaryFolder() else { continue }
            let formats: [OutputFormat] = LibreOfficeTools.ready ? [.odt, .fodt, .pdf] : [.odt, .fodt]
            // A proof of the summonses: the whole run of Hưng Hà would print 304 more pages (PaginationTests alike).
            let report = Pipeline(templateFolder: Repository.templates, paperOptions: options)
                .render(file: file, documents: DocumentKind.allCases, formats: formats, outputDirectory: folder.path)
            result[name] = Output(folder: folder, written: report.written,
                                  errors: report.diagnostics.filter { $0.severity == .error }.map { "\($0.message)" })
        }
        return result
    }()

    static func file(_ name: String) -> String { congresses.first { $0.name == name }?.file ?? "" }

    /// How the corpus is rendered: the first three summonses and invitations (`--summons-proof 3`).
    static let options = PaperOptions(summonsLimit: 3)
}

enum ODFSchemaFile {
    static let url = Repository.root.appendingPathComponent("Tests/.schema/OpenDocument-v1.2-schema.rng")
    static let ready = FileManager.default.fileExists(atPath: url.path) && onPath("xmllint")
    static var reason: Comment {
        let why: Comment = "skipped: needs xmllint and \(url.path) (run scripts/odf-schema.sh)"
        if !ready { print(why) }
        return why
    }
}

enum LibreOfficeTools {
    static let tools = ["soffice", "pdfinfo", "pdftotext", "pdffonts"]
    static let ready = tools.allSatisfy(onPath)
    static var reason: Comment {
        let why: Comment = "skipped: needs \(tools.joined(separator: ", ")) (apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils)"
        if !ready { print(why) }
        return why
    }
}

/// The parts of an ODT archive, by name.
private func parts(_ odt: URL) throws -> [String: Data] {
    let archive = try Archive(url: odt, accessMode: .read)
    var result: [String: Data] = [:]
    for entry in archive {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        result[entry.path] = data
    }
    return result
}

/// The text between `<tag` and `</tag>` (the element with its content), or nil.
private func element(_ tag: String, in xml: String) -> Substring? {
    guard let start = xml.range(of: "<\(tag)"), let end = xml.range(of: "</\(tag)>", range: start.upperBound..<xml.endIndex) else { return nil }
    return xml[start.lowerBound..<end.upperBound]
}

/// Plain text of an XML fragment with white space collapsed.
private func plain(_ xml: Substring) -> String {
    let noTags = xml.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
    return noTags.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "\u{2060}", with: "")
}

@Suite("ODT, FODT and PDF of every sample", .serialized)
struct SampleODFTests {
    @Test("every congress renders every applicable paper as ODT and FODT without an error", arguments: ODFCorpus.names)
    func rendered(_ name: String) throws {
        let output = try #require(ODFCorpus.outputs[name])
        #expect(output.errors.isEmpty, "\(output.errors)")
        #expect(output.files("odt").count >= 4)
        #expect(output.files("odt").map { $0.deletingPathExtension().lastPathComponent }
                == output.files("fodt").map { $0.deletingPathExtension().lastPathComponent })
    }

    @Test("every ODT part and every FODT validates against the ODF 1.2 schema",
          .enabled(if: ODFSchemaFile.ready, ODFSchemaFile.reason), arguments: ODFCorpus.names)
    func schema(_ name: String) throws {
        let output = try #require(ODFCorpus.outputs[name])
        let scratch = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var files: [String] = output.files("fodt").map(\.path)
        for odt in output.files("odt") {
            let all = try parts(odt)
            for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
                let data = try #require(all[part], "\(odt.lastPathComponent) lacks \(part)")
                #expect(String(decoding: data, as: UTF8.self).contains("office:version=\"1.2\""), "\(odt.lastPathComponent)/\(part)")
                let file = scratch.appendingPathComponent("\(odt.deletingPathExtension().lastPathComponent)-\(part)")
                try data.write(to: file)
                files.append(file.path)
            }
        }
        #expect(files.count == output.files("odt").count * 5)
        let result = try runProgram("xmllint", ["--noout", "--relaxng", ODFSchemaFile.url.path] + files)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the ODT's parts hold what the FODT holds, and two runs give the same archive, part by part and byte for byte",
          arguments: ODFCorpus.names)
    func partsAndDeterminism(_ name: String) throws {
        let output = try #require(ODFCorpus.outputs[name])
        let again = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: again) }
        let report = Pipeline(templateFolder: Repository.templates, paperOptions: ODFCorpus.options)
            .render(file: ODFCorpus.file(name), documents: DocumentKind.allCases, formats: [.odt], outputDirectory: again.path)
        #expect(!report.hasErrors)
        for odt in output.files("odt") {
            let first = try parts(odt)
            let secondURL = again.appendingPathComponent(odt.lastPathComponent)
            let second = try parts(secondURL)
            #expect(first.keys.sorted() == ["META-INF/manifest.xml", "content.xml", "meta.xml", "mimetype", "settings.xml", "styles.xml"])
            #expect(first.keys.sorted() == second.keys.sorted())
            for (part, data) in first { #expect(second[part] == data, "\(odt.lastPathComponent)/\(part) differs between runs") }
            #expect(try Data(contentsOf: odt) == Data(contentsOf: secondURL))
            #expect(first["mimetype"] == Data("application/vnd.oasis.opendocument.text".utf8))

            let flat = try String(contentsOf: odt.deletingPathExtension().appendingPathExtension("fodt"), encoding: .utf8)
            let content = String(decoding: try #require(first["content.xml"]), as: UTF8.self)
            let styles = String(decoding: try #require(first["styles.xml"]), as: UTF8.self)
            #expect(element("office:body", in: content) == element("office:body", in: flat), "\(odt.lastPathComponent): body")
            #expect(element("office:styles", in: styles) == element("office:styles", in: flat), "\(odt.lastPathComponent): styles")
            #expect(element("office:master-styles", in: styles) == element("office:master-styles", in: flat))
        }
    }

    struct Word { let x: Double; let y: Double; let text: String }

    /// Words of every page with their top-left corner in millimetres, page by page.
    static func pages(_ pdf: URL) throws -> [[Word]] {
        let html = try runProgram("pdftotext", ["-bbox", pdf.path, "-"], withErrors: true).output
        let pattern = try NSRegularExpression(pattern: #"<word xMin="([0-9.]+)" yMin="([0-9.]+)"[^>]*>([^<]*)</word>"#)
        return html.components(separatedBy: "<page ").dropFirst().map { page in
            pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).compactMap { match in
                guard let x = Range(match.range(at: 1), in: page), let y = Range(match.range(at: 2), in: page),
                      let t = Range(match.range(at: 3), in: page), let xv = Double(page[x]), let yv = Double(page[y]) else { return nil }
                return Word(x: xv * 25.4 / 72, y: yv * 25.4 / 72, text: String(page[t]))
            }
        }
    }

    /// Whether a page starts a paper: the header's "ĐẢNG CỘNG SẢN VIỆT NAM" stands in its top 40 mm
    /// (page 1, and the first page of each sheet: a ballot, a vote-count minutes, an assignment).
    static func startsPaper(_ words: [Word]) -> Bool {
        words.filter { $0.y < 40 }.map(\.text).joined(separator: " ").contains("ĐẢNG CỘNG SẢN VIỆT NAM")
    }

    @Test("every ODT printed by the pool: A4, body at 30 mm left and 20 mm top (a long delegate list landscape, binding margin on top), title intact, page numbers from page 2 of each paper and sheet, fonts embedded",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason), arguments: ODFCorpus.names)
    func pdf(_ name: String) throws {
        let output = try #require(ODFCorpus.outputs[name])
        let pdfs = output.files("pdf")
        #expect(pdfs.map { $0.deletingPathExtension().lastPathComponent } == output.files("odt").map { $0.deletingPathExtension().lastPathComponent })
        var multiPage = 0
        var sampleLeft = Double.infinity
        for pdf in pdfs {
            let label = pdf.lastPathComponent
            let info = try runProgram("pdfinfo", ["-f", "1", "-l", "999", pdf.path], withErrors: true).output
            let pages = try #require(info.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.1) }, "\(label): \(info)")
            let sizes = info.matches(of: /Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+) pts/).map { (Double($0.1) ?? 0, Double($0.2) ?? 0) }
            #expect(sizes.count == pages)
            // A long delegate list is printed landscape (DelegateListOrientation): its margins turn with the sheet.
            let landscape = sizes.first.map { $0.0 > $0.1 } ?? false
            let profile = landscape ? FormatProfile.hd36_2018.landscape : FormatProfile.hd36_2018
            let (width, height) = landscape ? (841.89, 595.28) : (595.28, 841.89)
            #expect(sizes.allSatisfy { abs($0.0 - width) < 1 && abs($0.1 - height) < 1 }, "\(label) is not A4: \(sizes)")
            if landscape { #expect(label == "delegates.pdf", "\(label) is landscape") }

            // Every page: a page that starts a paper (page 1 and each sheet's first page) has nothing in its
            // top margin; any other page has its number within its paper there, 2, 3…; the body starts 20 mm down.
            let pageWords = try Self.pages(pdf)
            #expect(pageWords.count == pages)
            #expect(Self.startsPaper(pageWords.first ?? []), "\(label): page 1 has no header")
            var left = Double.infinity
            var number = 0
            for (index, words) in pageWords.enumerated() {
                number = Self.startsPaper(words) ? 1 : number + 1
                let margin = words.filter { $0.y < profile.marginTopMM - 5 }
                #expect(margin.map(\.text) == (number == 1 ? [] : [String(number)]),
                        "\(label): top margin of page \(index + 1) holds \(margin.map(\.text)), expected page number \(number)")
                let body = words.filter { $0.y >= profile.marginTopMM - 5 }
                #expect(abs((body.map(\.y).min() ?? 0) - profile.marginTopMM) <= (number == 1 ? 1 : 1.2),
                        "\(label): page \(index + 1) body top at \(body.map(\.y).min() ?? 0) mm")
                left = min(left, body.map(\.x).min() ?? left)
                if number == 2 { multiPage += 1 }
            }
            // Nothing in the left margin; the sample's leftmost text (a justified paragraph in some paper) sits on it.
            #expect(left >= profile.marginLeftMM - 1, "\(label): text in the left margin at \(left) mm")
            if !landscape { sampleLeft = min(sampleLeft, left) }

            // The title and the subject line, as the FODT has them, are in the PDF's text.
            let flat = try String(contentsOf: pdf.deletingPathExtension().appendingPathExtension("fodt"), encoding: .utf8)
            let text = try runProgram("pdftotext", [pdf.path, "-"], withErrors: true).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .replacingOccurrences(of: "\u{2060}", with: "")  // the word joiner of a year range (YearRange)
            let title = try #require(flat.firstMatch(of: /<text:h text:style-name="Title"[^>]*>(.*?)<\/text:h>/).map { plain($0.1) },
                                     "\(label) has no title")
            #expect(text.contains(title.uppercased()), "\(label): title '\(title)' not in the PDF text")
            if let subject = flat.firstMatch(of: /<text:p text:style-name="Subject">(.*?)<\/text:p>/).map({ plain($0.1) }) {
                #expect(text.contains(subject), "\(label): subject '\(subject)' not in the PDF text")
            }

            let fonts = try runProgram("pdffonts", [pdf.path], withErrors: true).output.split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty)
            for line in fonts {
                #expect(line.split(separator: " ").dropLast(4).last == "yes", "\(label): not embedded: \(line)")
            }
        }
        // Table-only papers start 2 mm in (cell padding); some paper of every sample has a paragraph on the 30 mm margin.
        #expect(abs(sampleLeft - 30) <= 1, "\(name): leftmost text at \(sampleLeft) mm")
        // The 60-member branch has papers of several pages, so the page-2 checks really ran.
        if name == "synthetic" { #expect(multiPage >= 2) }
    }
}
