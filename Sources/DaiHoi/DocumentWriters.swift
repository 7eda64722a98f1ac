import DocumentTree
import Foundation
import Render
import DOCXWriting
import HTMLWriting
import ODFWriting
import PDFWriting
import TypstWriter

/// write: one document in every requested format, each file written atomically.
///
/// PDF is not printed here: the ODT goes to `pdfScratch` and a `PDFJob` is returned, so that a run
/// prints all its PDFs in one call of the warm LibreOffice pool (`PDFWorkerPool`).
struct DocumentWriters {
    let renderer: DocumentRenderer
    /// The pipeline's writers, which keep the parts that do not change between documents.
    var odt = ODTWriter()
    var fodt = FODTWriter()
    var docx = DOCXWriter()
    /// Where the ODTs to print go (a private temporary folder of the run).
    var pdfScratch: URL
    /// The PDF is set by Typst: its source is the paper as Typst markup (`TypstWriter`), not an ODT.
    var pdfFromTypst = false
    /// The PDF is drawn in process from the tree by the built-in engine (``BuiltinPDFPrinter``): nothing to write here.
    var pdfDrawn = false

    /// Writes `document` as `<outputDirectory>/<name>.<ext>` for each format; returns the paths written
    /// and the PDFs still to print.
    func write(_ document: Document, formats: [OutputFormat], to outputDirectory: String) throws -> (written: [String], pdf: [PDFJob]) {
        var written: [String] = []
        var jobs: [PDFJob] = []
        let folder = URL(fileURLWithPath: outputDirectory)
        for format in formats {
            let url = folder.appendingPathComponent("\(document.name).\(format.fileExtension)")
            switch format {
            case .html:
                let css = try renderer.stylesheet(for: document.profile)
                try AtomicWriter().write(HTMLWriter(stylesheet: css).write(document), to: url.path)
            case .odt:
                try AtomicWriter().write(odt.write(document), to: url.path)
            case .fodt:
                try AtomicWriter().write(fodt.write(document), to: url.path)
            case .docx:
                try AtomicWriter().write(docx.write(document), to: url.path)
            case .pdf:
                if pdfDrawn { continue }
                // A scratch sub-folder per document: two branches of a batch may both have a "minutes".
                let folder = pdfScratch.appendingPathComponent(UUID().uuidString)
                let source = folder.appendingPathComponent("\(document.name).\(pdfFromTypst ? "typ" : "odt")")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                if pdfFromTypst { try Data(TypstWriter().write(document).utf8).write(to: source) } else { try odt.write(document).write(to: source) }
                jobs.append(PDFJob(source: source, destination: url))
                continue
            }
            written.append(url.path)
        }
        return (written, jobs)
    }
}
