import DocumentTree
import Foundation
import Render
import Writers

/// write: one document in every requested format, each file written atomically.
struct DocumentWriters {
    let renderer: DocumentRenderer

    /// Writes `document` as `<outputDirectory>/<name>.<ext>` for each format; returns the paths written.
    func write(_ document: Document, formats: [OutputFormat], to outputDirectory: String) throws -> [String] {
        var written: [String] = []
        let folder = URL(fileURLWithPath: outputDirectory)
        for format in formats {
            let url = folder.appendingPathComponent("\(document.name).\(format.fileExtension)")
            switch format {
            case .html:
                let css = try renderer.stylesheet(for: document.profile)
                try AtomicWriter().write(HTMLWriter(stylesheet: css).write(document), to: url.path)
            case .odt:
                try AtomicWriter().write(ODTWriter().write(document), to: url.path)
            case .fodt:
                try AtomicWriter().write(FODTWriter().write(document), to: url.path)
            case .pdf:
                // LibreOffice prints the ODT; the ODT goes to a private temporary folder first.
                let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("daihoi-pdf-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: scratch) }
                let odt = scratch.appendingPathComponent("\(document.name).odt")
                try ODTWriter().write(document).write(to: odt)
                try PDFConverter().convert(odt: odt, to: url, timeout: .seconds(120))
            }
            written.append(url.path)
        }
        return written
    }
}
