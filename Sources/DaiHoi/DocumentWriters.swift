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
        for format in formats {
            let path = (outputDirectory as NSString).appendingPathComponent("\(document.name).\(format.fileExtension)")
            switch format {
            case .html:
                let css = try renderer.stylesheet(for: document.profile)
                try AtomicWriter().write(HTMLWriter(stylesheet: css).write(document), to: path)
            }
            written.append(path)
        }
        return written
    }
}
