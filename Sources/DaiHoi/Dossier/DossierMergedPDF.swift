import Derive
import Diagnostics
import Foundation
import Vietnamese
import PDFWriting
import DocumentTree
import TypstWriter

/// The whole dossier as one PDF (issue 14: "one merged PDF of the whole dossier with bookmarks"), beside the one
/// PDF per paper: the index first, then each paper in the order of the congress, one outline entry per part titled
/// with its Vietnamese title and pointing at its first page.
///
/// With the Typst engine the papers' trees are set again in one compile (`TypstWriter.write(dossier:…)`), so the
/// file is PDF/A-2b like each paper (`--pdf-a`, on by default for the dossier), every paper restarting its page
/// numbers; with LibreOffice the papers' PDFs are joined by pypdf (``PDFMerge``), which keeps no PDF/A.
enum DossierMergedPDF {
    /// The merged file's title (its PDF `/Title`).
    static let title = "Hồ sơ Đại hội"
    /// `ho-so-dai-hoi.pdf`: no number, so it sorts after the numbered papers.
    static let fileName = VietnameseText.fileName(title)

    /// The parts, in order: the index, then the papers, each with the PDF it was printed to.
    static func parts(_ plan: DossierPlan, in folder: URL) -> [PDFMerge.Part] {
        [PDFMerge.Part(pdf: folder.appendingPathComponent(Dossier.indexFileName + ".pdf"), title: Dossier.indexTitle)]
            + plan.papers.map { PDFMerge.Part(pdf: folder.appendingPathComponent($0.fileName + ".pdf"), title: $0.title) }
    }
}

extension Pipeline {
    /// Joins the dossier's PDFs into ``DossierMergedPDF/fileName``. Only when every part was printed: a PDF that
    /// failed is already an error (DH401) and a merged file without it would not be the dossier. Without pypdf the
    /// papers' PDFs stand alone and DH450 says how to get the merged one; a pypdf failure is DH451. With the Typst
    /// engine `typstParts` (the index's tree, then the papers', in order) are set in one compile, no pypdf needed;
    /// its failure is DH451 too.
    /// With the built-in engine `drawnParts` (the index's pages, then the papers', as printed alone) are written as
    /// one file, PDF/A as the run asks, its properties `metadata` (the index's).
    func mergeDossier(_ plan: DossierPlan, typstParts: [TypstWriter.Part], drawnParts: [DrawnPart] = [], metadata: DocumentMetadata = DocumentMetadata(),
                      outputDirectory: String, scratch: URL, report: inout PipelineReport) {
        let folder = URL(fileURLWithPath: outputDirectory)
        let parts = DossierMergedPDF.parts(plan, in: folder)
        let printed = Set(report.written)
        guard parts.allSatisfy({ printed.contains($0.pdf.path) }) else { return }
        let destination = folder.appendingPathComponent(DossierMergedPDF.fileName + ".pdf").path
        progress("[pdf] \(DossierMergedPDF.fileName).pdf")
        if case .builtin(let printer) = pdfEngine {
            guard drawnParts.count == parts.count else { return }
            writeDrawnDossier(drawnParts, metadata: metadata, with: printer, to: destination, report: &report)
            return
        }
        if case .typst(let python) = pdfEngine, typstParts.count == parts.count {
            // The file's properties: the index's (the congress as issuer, the congress's date), the dossier's title.
            let metadata = typstParts.first?.document.metadata ?? DocumentMetadata()
            let source = TypstWriter().write(dossier: typstParts, title: DossierMergedPDF.title, metadata: metadata)
            switch setTypst(source, named: DossierMergedPDF.fileName, python: python, to: destination, scratch: scratch) {
            case .success: report.written.append(destination)
            case let .failure(failure):
                report.diagnostics.append(Diagnostic(severity: .warning, message: .io(.dossierMergeFailed(path: destination, reason: failure.reason)),
                                                     location: nil))
            }
            return
        }
        switch PDFMerge.merge(parts, title: DossierMergedPDF.title, scratch: scratch) {
        case let .success(data):
            do {
                try AtomicWriter().write(data, to: destination)
                report.written.append(destination)
            } catch {
                report.diagnostics.append(Diagnostic(severity: .error, message: WriteFailure(error, fallbackPath: destination).message,
                                                     location: nil))
            }
        case .failure(.noPypdf):
            report.diagnostics.append(Diagnostic(severity: .warning, message: .io(.dossierMergeUnavailable(path: destination)),
                                                 location: nil))
        case let .failure(.failed(reason)):
            report.diagnostics.append(Diagnostic(severity: .warning, message: .io(.dossierMergeFailed(path: destination, reason: reason)),
                                                 location: nil))
        }
    }
}

extension Pipeline {
    /// Sets one Typst `source` into the PDF `destination` (written whole or not at all, by the worker) through a
    /// one-worker pool, PDF/A as the run asks. The whole dossier is one file of hundreds of pages (Hưng Hà: 462 pages
    /// in 17.6 s on a crowded machine), so it is allowed ten minutes where a paper is allowed one.
    func setTypst(_ source: String, named name: String, python: String, to destination: String, scratch: URL) -> Result<Void, TypstSetFailure> {
        let folder = scratch.appendingPathComponent(UUID().uuidString)
        let file = folder.appendingPathComponent(name + ".typ")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(source.utf8).write(to: file)
            let result = try TypstPDFPool(python: python, workers: 1, timeout: .seconds(600), pdfA: pdfA)
                .convert([TypstPDFJob(source: file, destination: URL(fileURLWithPath: destination))])
            if let failure = result.failed.first { return .failure(TypstSetFailure(reason: "Typst: " + failure.reason)) }
            return .success(())
        } catch let error as TypstUnavailable {
            return .failure(TypstSetFailure(reason: error.reason))
        } catch {
            return .failure(TypstSetFailure(reason: "\(error)"))
        }
    }
}

/// Why Typst did not set a file: its message, or why no worker started.
struct TypstSetFailure: Error {
    var reason: String
}
