// ODTBench — make bench (scripts/bench-odt.sh): the ODT writer and the PDF pool, measured in process.
//
// Usage:
//   ODTBench odt <templateFolder> <congress.yaml> <seconds> <outDir> [paper, default minutes]
//     derive → render → document tree → ODT zip of the paper, repeated for a wall time; prints
//     `daihoi-odt <documents/s> documents/s <bytes> bytes`, writes the last ODT to outDir/daihoi-<paper>.odt
//     and the paper's view model as JSON to outDir/<paper>.json (the data relatorio renders).
//   ODTBench docx <templateFolder> <congress.yaml> <seconds> <outDir> [paper, default minutes]
//     the same with the DOCX writer: prints `daihoi-docx <documents/s> documents/s <bytes> bytes`, writes the last
//     DOCX to outDir/daihoi-<paper>.docx (the template docxtpl's bench starts from) and the JSON.
//   ODTBench stages <templateFolder> <congress.yaml> <seconds> [paper, default minutes]
//     the same path cut into its stages, each repeated for a share of the wall time; prints one line
//     per stage: `<stage> <microseconds> µs` (derive, template, parse, fodt, odt, docx: each writer's whole write).
//   ODTBench repeat <odt|docx> <templateFolder> <congress.yaml> <count> [paper, default minutes]
//     exactly `count` documents through derive → render → tree → writer, in one function (`repeatDocuments`),
//     for `valgrind --tool=callgrind --toggle-collect='*repeatDocuments*'`: instructions per document, by stage.
//   ODTBench pdf <workers> <uno|convert-to> <outDir> <file.odt>…
//     prints the files as PDF into outDir with PDFWorkerPool, its warm UNO workers (falling back when there is
//     no python3-uno) or forced to its `soffice --convert-to` fallback (python ""); prints
//     `pool-<workers> <documents/s> documents/s <n> documents <failed> failed <mode> <seconds> s`.
import CongressModel
import DaiHoi
import Derive
import DocumentTree
import Foundation
import Load
import Render
import Template
import DOCXWriting
import ODFWriting
import PDFWriting

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ODTBench: \(message)\n".utf8))
    exit(1)
}

/// TemplateValue → a JSON value (strings, booleans, lists, objects: the same data relatorio gets).
func json(_ value: TemplateValue) -> Any {
    switch value {
    case .string(let text): return text
    case .bool(let flag): return flag
    case .list(let items): return items.map(json)
    case .object(let fields): return fields.mapValues(json)
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// `odt`: the ODT writer; `docx`: the DOCX writer; the same path from the congress to the file's bytes.
func benchODT(_ arguments: [String], format: String = "odt") {
    guard arguments.count == 4 || arguments.count == 5, let budget = Double(arguments[2]) else {
        fail("usage: ODTBench \(format) <templates> <congress.yaml> <seconds> <outDir> [paper]")
    }
    guard let kind = DocumentKind(rawValue: arguments.count == 5 ? arguments[4] : "minutes") else { fail("unknown paper \(arguments[4])") }
    let loaded = CongressLoader().load(file: arguments[1])
    guard let congress = loaded.congress else { fail("cannot load \(arguments[1]): \(loaded.diagnostics)") }
    let renderer: DocumentRenderer
    do { renderer = try DocumentRenderer(templateFolder: arguments[0]) } catch { fail("\(error)") }
    let out = URL(fileURLWithPath: arguments[3])
    try? FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
    do {
        let data = try JSONSerialization.data(withJSONObject: json(kind.viewModel(for: congress)), options: [.sortedKeys])
        try data.write(to: out.appendingPathComponent("\(kind.rawValue).json"))
    } catch { fail("\(error)") }
    let odt = ODTWriter()
    let docx = DOCXWriter()
    var documents = 0
    var last = Data()
    let clock = ContinuousClock()
    let start = clock.now
    do {
        while seconds(clock.now - start) < budget {
            let document = try renderer.render(kind.templateName, documentName: kind.rawValue,
                                               value: kind.viewModel(for: congress), profile: profile)
            last = try format == "docx" ? docx.write(document) : odt.write(document)
            documents += 1
        }
        try last.write(to: out.appendingPathComponent("daihoi-\(kind.rawValue).\(format)"))
    } catch { fail("\(error)") }
    let rate = Double(documents) / seconds(clock.now - start)
    print("daihoi-\(format) \(String(format: "%.1f", rate)) documents/s \(last.count) bytes")
}

/// Microseconds per call of `body`, repeated for `budget` seconds.
func microseconds(_ budget: Double, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    var calls = 0
    while seconds(clock.now - start) < budget {
        try body()
        calls += 1
    }
    return seconds(clock.now - start) / Double(max(calls, 1)) * 1e6
}

func benchStages(_ arguments: [String]) {
    guard arguments.count == 3 || arguments.count == 4, let budget = Double(arguments[2]) else {
        fail("usage: ODTBench stages <templates> <congress.yaml> <seconds> [paper]")
    }
    guard let kind = DocumentKind(rawValue: arguments.count == 4 ? arguments[3] : "minutes") else { fail("unknown paper \(arguments[3])") }
    let loaded = CongressLoader().load(file: arguments[1])
    guard let congress = loaded.congress else { fail("cannot load \(arguments[1]): \(loaded.diagnostics)") }
    let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
    do {
        let renderer = try DocumentRenderer(templateFolder: arguments[0])
        let share = budget / 6
        let value = kind.viewModel(for: congress)
        let xhtml = try renderer.renderText(kind.templateName, value: value)
        let document = try XHTMLParser.parse(xhtml, name: kind.templateName, profile: profile)
        let writer = ODTWriter()
        let flat = FODTWriter()
        let docx = DOCXWriter()
        let stages: [(String, Double)] = [
            ("derive", microseconds(share) { _ = kind.viewModel(for: congress) }),
            ("template", try microseconds(share) { _ = try renderer.renderText(kind.templateName, value: value) }),
            ("parse", try microseconds(share) { _ = try XHTMLParser.parse(xhtml, name: kind.templateName, profile: profile) }),
            ("fodt", microseconds(share) { _ = flat.write(document) }),
            ("odt", try microseconds(share) { _ = try writer.write(document) }),
            ("docx", try microseconds(share) { _ = try docx.write(document) }),
        ]
        for (name, time) in stages { print("\(name) \(String(format: "%.1f", time)) µs") }
    } catch { fail("\(error)") }
}

/// `repeat`: `count` documents, nothing else inside `repeatDocuments` (the congress is loaded before).
func benchRepeat(_ arguments: [String]) {
    guard arguments.count == 4 || arguments.count == 5, ["odt", "docx"].contains(arguments[0]), let count = Int(arguments[3]) else {
        fail("usage: ODTBench repeat <odt|docx> <templates> <congress.yaml> <count> [paper]")
    }
    guard let kind = DocumentKind(rawValue: arguments.count == 5 ? arguments[4] : "minutes") else { fail("unknown paper \(arguments[4])") }
    let loaded = CongressLoader().load(file: arguments[2])
    guard let congress = loaded.congress else { fail("cannot load \(arguments[2]): \(loaded.diagnostics)") }
    let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
    do {
        let renderer = try DocumentRenderer(templateFolder: arguments[1])
        let bytes = try repeatDocuments(count, kind: kind, congress: congress, renderer: renderer, profile: profile, docx: arguments[0] == "docx")
        print("\(count) documents, last \(bytes) bytes")
    } catch { fail("\(error)") }
}

@inline(never)
func repeatDocuments(_ count: Int, kind: DocumentKind, congress: Congress, renderer: DocumentRenderer,
                     profile: FormatProfile, docx: Bool) throws -> Int {
    let odt = ODTWriter()
    let docxWriter = DOCXWriter()
    var bytes = 0
    for _ in 0..<count {
        let document = try renderer.render(kind.templateName, documentName: kind.rawValue,
                                           value: kind.viewModel(for: congress), profile: profile)
        bytes = try (docx ? docxWriter.write(document) : odt.write(document)).count
    }
    return bytes
}

func benchPDF(_ arguments: [String]) {
    let usage = "usage: ODTBench pdf <workers> <uno|convert-to> <outDir> <file.odt>…"
    guard arguments.count >= 4, let workers = Int(arguments[0]), ["uno", "convert-to"].contains(arguments[1]) else { fail(usage) }
    let out = URL(fileURLWithPath: arguments[2])
    let jobs = arguments.dropFirst(3).map { path in
        let source = URL(fileURLWithPath: path)
        return PDFJob(source: source, destination: out.appendingPathComponent(source.deletingPathExtension().lastPathComponent + ".pdf"))
    }
    do {
        let pool = PDFWorkerPool(workers: workers, timeout: .seconds(120), python: arguments[1] == "uno" ? nil : "")
        let report = try pool.convert(jobs)
        for failure in report.failed { FileHandle.standardError.write(Data("failed: \(failure)\n".utf8)) }
        let rate = Double(report.written.count) / seconds(report.elapsed)
        print("pool-\(workers) \(String(format: "%.2f", rate)) documents/s \(report.written.count) documents \(report.failed.count) failed \(report.mode) \(String(format: "%.2f", seconds(report.elapsed))) s")
    } catch { fail("\(error)") }
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first else { fail("usage: ODTBench odt|pdf …") }
arguments.removeFirst()
switch mode {
case "odt": benchODT(arguments)
case "docx": benchODT(arguments, format: "docx")
case "stages": benchStages(arguments)
case "repeat": benchRepeat(arguments)
case "pdf": benchPDF(arguments)
default: fail("unknown mode \(mode)")
}
