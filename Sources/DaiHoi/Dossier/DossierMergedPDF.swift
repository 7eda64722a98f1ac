import Derive
import Diagnostics
import Foundation
import Vietnamese
import PDFWriting

/// The whole dossier as one PDF (issue 14: "one merged PDF of the whole dossier with bookmarks"), beside the one
/// PDF per paper: the index first, then each paper in the order of the congress, one outline entry per part titled
/// with its Vietnamese title and pointing at its first page (``PDFMerge``).
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
    /// papers' PDFs stand alone and DH450 says how to get the merged one; a pypdf failure is DH451.
    func mergeDossier(_ plan: DossierPlan, outputDirectory: String, scratch: URL, report: inout PipelineReport) {
        let folder = URL(fileURLWithPath: outputDirectory)
        let parts = DossierMergedPDF.parts(plan, in: folder)
        let printed = Set(report.written)
        guard parts.allSatisfy({ printed.contains($0.pdf.path) }) else { return }
        let destination = folder.appendingPathComponent(DossierMergedPDF.fileName + ".pdf").path
        progress("[pdf] \(DossierMergedPDF.fileName).pdf")
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
