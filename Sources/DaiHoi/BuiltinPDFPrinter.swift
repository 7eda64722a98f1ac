import Diagnostics
import DocumentTree
import Foundation
import PDFDrawing
import PaperLayout
import Synchronization

/// The built-in PDF engine of one run (issue 19): each paper's document tree laid out in pages (`PaperLayout`) and
/// written as a PDF (`PDFFileWriter`, fonts embedded, PDF/A-2b on demand) in this process, no LibreOffice and no
/// Python. The four Liberation Serif faces are read once, when the engine is resolved, and shared by every paper
/// of the run (every thread, every branch of a batch).
public final class BuiltinPDFPrinter: Sendable, Equatable {
    /// The faces, their metrics for the layout and their glyphs for the PDF's embedded subsets.
    let faces: FontFaces
    /// The folder the faces were read from, said on the engine's line.
    public let fontFolder: String

    init(faces: FontFaces, fontFolder: String) {
        self.faces = faces
        self.fontFolder = fontFolder
    }

    /// `DAIHOI_FONT_DIRS`: the folders (`:`-separated) to read Liberation Serif from instead of Debian's; for a
    /// machine that keeps the fonts elsewhere, and for the tests of a machine without them.
    public static let fontFoldersVariable = "DAIHOI_FONT_DIRS"
    /// The Debian package that carries the faces (`make setup` installs it: the Makefile's APT_RUN).
    public static let fontPackage = "fonts-liberation2"

    /// The faces read from `DAIHOI_FONT_DIRS` or Debian's folders, or why not (naming the package to install).
    static func load(language: Language, environment: [String: String]) -> Result<BuiltinPDFPrinter, PDFEngineUnavailable> {
        let given = environment[fontFoldersVariable].map { $0.split(separator: ":").map(String.init) } ?? []
        let folders = given.isEmpty ? FontFaces.defaultFolders : given
        do {
            let faces = try FontFaces.liberationSerif(folders: folders)
            let folder = folders.first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("LiberationSerif-Regular.ttf")) }
            return .success(BuiltinPDFPrinter(faces: faces, fontFolder: folder ?? folders.joined(separator: ":")))
        } catch {
            let place = folders.joined(separator: ", ")
            let reason = language == .vi
                ? "không đọc được phông Liberation Serif trong \(place) (gói Debian \(fontPackage); `make setup` cài nó): \(why(error, language: language))"
                : "no Liberation Serif fonts readable in \(place) (Debian's \(fontPackage); `make setup` installs it): \(why(error, language: language))"
            return .failure(PDFEngineUnavailable(engine: .builtin, reason: reason))
        }
    }

    /// Why the faces could not be read, in the run's language (the reader's own detail — a table, a byte offset — as
    /// it says it).
    static func why(_ error: Error, language: Language) -> String {
        guard let error = error as? FontFaceError else { return "\(error)" }
        switch (error, language) {
        case let (.missing(file, folders), .vi):
            return "không có tệp phông \(file) trong \(folders.joined(separator: ", "))"
        case let (.malformed(path, reason), .vi):
            return "tệp phông \(path) không phải phông TrueType dùng được (\(reason))"
        default:
            return error.description
        }
    }

    public static func == (a: BuiltinPDFPrinter, b: BuiltinPDFPrinter) -> Bool { a === b }

    /// The pages of one paper as laid out.
    func pages(of document: Document) -> [DrawnPage] {
        PaperLayout(metrics: faces).pages(of: document)
    }

    /// The PDF file of `pages`.
    func pdf(_ pages: [DrawnPage], info: DrawnDocumentInfo, pdfA: Bool) -> [UInt8] {
        PDFFileWriter(faces: faces).write(pages: pages, info: info, pdfA: pdfA)
    }

    /// What the PDF of `document` says about itself: its title, issuing body and date as the ODT's properties
    /// (``DocumentMetadata/plain(_:)``: no no-break spaces or word joiners in a viewer's title bar).
    static func info(title: String, metadata: DocumentMetadata, language: String,
                     bookmarks: [(title: String, pageIndex: Int)] = []) -> DrawnDocumentInfo {
        DrawnDocumentInfo(title: DocumentMetadata.plain(title), author: metadata.author.map(DocumentMetadata.plain),
                          date: metadata.date.map { ($0.year, $0.month, $0.day) }, language: language.isEmpty ? "vi" : language,
                          bookmarks: bookmarks.map { (DocumentMetadata.plain($0.title), $0.pageIndex) })
    }

    /// Lays out and writes every job's PDF (atomically: temporary file and rename), papers in parallel on all
    /// cores; for each job, in order, its pages, or why its file could not be written.
    func print(_ jobs: [DrawnPDFJob], pdfA: Bool) -> [Result<[DrawnPage], any Error>] {
        let results = Mutex<[Result<[DrawnPage], any Error>?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let result = Result<[DrawnPage], any Error> {
                let pages = self.pages(of: job.document)
                let info = Self.info(title: job.document.title, metadata: job.document.metadata, language: job.document.language)
                try AtomicWriter().write(Data(self.pdf(pages, info: info, pdfA: pdfA)), to: job.destination.path)
                return pages
            }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0 ?? .failure(CancellationError()) } }
    }
}

/// A paper to print with the built-in engine: its tree and the PDF to write.
struct DrawnPDFJob: Sendable {
    var document: Document
    var destination: URL
}
