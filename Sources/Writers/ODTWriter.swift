import DocumentTree
import Foundation
import ZIPFoundation

/// Writes a document as an OpenDocument text package (`.odt`): a zip whose first entry is the
/// uncompressed `mimetype`, then META-INF/manifest.xml, content.xml, styles.xml, meta.xml and
/// settings.xml, deflated, every entry dated 2000-01-01 00:00 so the same document always gives the same bytes.
public struct ODTWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// The `.odt` bytes of `document`.
    /// - Throws: an error from ZIPFoundation if the in-memory archive cannot be written.
    public func write(_ document: Document) throws -> Data {
        let parts = ODFParts(document)
        let archive = try Archive(data: Data(), accessMode: .create)
        try add(Data(ODFXML.mimeType.utf8), as: "mimetype", to: archive, compressed: false)
        try add(Data(ODFParts.manifest.utf8), as: "META-INF/manifest.xml", to: archive, compressed: true)
        try add(Data(parts.content.utf8), as: "content.xml", to: archive, compressed: true)
        try add(Data(parts.stylesPart.utf8), as: "styles.xml", to: archive, compressed: true)
        try add(Data(parts.meta.utf8), as: "meta.xml", to: archive, compressed: true)
        try add(Data(parts.settingsPart.utf8), as: "settings.xml", to: archive, compressed: true)
        guard let data = archive.data else { throw ODTWriterError.noArchiveData }
        return data
    }

    /// The fixed modification date of every entry: 2000-01-01 00:00:00 UTC.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)
}

/// Why an ODT package could not be produced.
public enum ODTWriterError: Error, Sendable, CustomStringConvertible {
    /// ZIPFoundation returned no bytes for the in-memory archive.
    case noArchiveData

    public var description: String {
        switch self {
        case .noArchiveData: return "the in-memory ODT archive produced no data"
        }
    }
}

private extension ODTWriter {
    func add(_ data: Data, as path: String, to archive: Archive, compressed: Bool) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                             modificationDate: Self.entryDate, permissions: 0o644,
                             compressionMethod: compressed ? .deflate : .none) { position, size in
            let start = Int(position)
            return data.subdata(in: start..<min(start + size, data.count))
        }
    }
}
