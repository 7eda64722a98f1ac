// ODTBench — make bench (scripts/bench-odt.sh): the ODT writer and the PDF pool, measured in process.
//
// Usage:
//   ODTBench odt <templateFolder> <congress.yaml> <seconds> <outDir>
//     derive → render → document tree → ODT zip of the minutes, repeated for a wall time; prints
//     `daihoi-odt <documents/s> documents/s <bytes> bytes`, writes the last ODT to outDir/daihoi-minutes.odt
//     and the minutes' view model as JSON to outDir/minutes.json (the data relatorio renders).
//   ODTBench pdf <workers> <outDir> <file.odt>…
//     prints the files as PDF into outDir with PDFWorkerPool; prints `pool <documents/s> documents/s <n> documents <failed> failed <mode>`.
import DaiHoi
import Derive
import DocumentTree
import Foundation
import Load
import Render
import Template
import Writers

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

func benchODT(_ arguments: [String]) {
    guard arguments.count == 4, let budget = Double(arguments[2]) else { fail("usage: ODTBench odt <templates> <congress.yaml> <seconds> <outDir>") }
    let loaded = CongressLoader().load(file: arguments[1])
    guard let congress = loaded.congress else { fail("cannot load \(arguments[1]): \(loaded.diagnostics)") }
    let renderer: DocumentRenderer
    do { renderer = try DocumentRenderer(templateFolder: arguments[0]) } catch { fail("\(error)") }
    let out = URL(fileURLWithPath: arguments[3])
    try? FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let kind = DocumentKind.minutes
    let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
    do {
        let data = try JSONSerialization.data(withJSONObject: json(kind.viewModel(for: congress)), options: [.sortedKeys])
        try data.write(to: out.appendingPathComponent("minutes.json"))
    } catch { fail("\(error)") }
    let writer = ODTWriter()
    var documents = 0
    var last = Data()
    let clock = ContinuousClock()
    let start = clock.now
    do {
        while seconds(clock.now - start) < budget {
            let document = try renderer.render(kind.templateName, documentName: kind.rawValue,
                                               value: kind.viewModel(for: congress), profile: profile)
            last = try writer.write(document)
            documents += 1
        }
        try last.write(to: out.appendingPathComponent("daihoi-minutes.odt"))
    } catch { fail("\(error)") }
    let rate = Double(documents) / seconds(clock.now - start)
    print("daihoi-odt \(String(format: "%.1f", rate)) documents/s \(last.count) bytes")
}

func benchPDF(_ arguments: [String]) {
    guard arguments.count >= 3, let workers = Int(arguments[0]) else { fail("usage: ODTBench pdf <workers> <outDir> <file.odt>…") }
    let out = URL(fileURLWithPath: arguments[1])
    let jobs = arguments.dropFirst(2).map { path in
        let source = URL(fileURLWithPath: path)
        return PDFJob(source: source, destination: out.appendingPathComponent(source.deletingPathExtension().lastPathComponent + ".pdf"))
    }
    do {
        let report = try PDFWorkerPool(workers: workers, timeout: .seconds(120)).convert(jobs)
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
case "pdf": benchPDF(arguments)
default: fail("unknown mode \(mode)")
}
