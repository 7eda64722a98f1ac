import DocumentTree
import Foundation
import WriterSupport
import ZipWriting

/// Writes a document as Office Open XML WordprocessingML (`.docx`, ECMA-376 Transitional), directly from the
/// document tree — no template .docx, no conversion: `[Content_Types].xml`, the relationships, the document,
/// its styles, numbering, settings, font table, two page headers and the core and application properties,
/// the document's parts deflated (its two small parts stored), every entry dated 2000-01-01 00:00 in a fixed order, so the same document always gives the same bytes.
///
/// Only `word/document.xml`, `word/numbering.xml` and `docProps/core.xml` depend on the document; the other
/// parts are built and compressed once per format profile and language and kept, as the ODT writer does, so
/// keep one writer for a run or a batch (copies share what it keeps; safe from several tasks at once).
public struct DOCXWriter: Sendable {
    private let quickDeflaters = QuickDeflatePool()
    /// The buffers `word/document.xml` is written into, kept from one document to the next.
    private let markups = MarkupPool()
    private let skeletons: SkeletonCache<DOCXSkeleton, ZipError>

    /// Creates the writer.
    public init() {
        skeletons = SkeletonCache { profile, language throws(ZipError) in
            try DOCXSkeleton(profile: profile, language: language, deflate: DeflateStream(level: .thorough))
        }
    }

    /// The `.docx` bytes of `document`.
    /// - Throws: an error when zlib cannot compress a part (out of memory) or a part passes 4 GiB.
    public func write(_ document: Document) throws -> Data {
        let skeleton = try skeletons.skeleton(profile: document.profile, language: document.language)
        let body = DOCXBody(document: document, markup: markups.take())
        defer { markups.give(body.text) }
        // The two small parts of the document (2 KB and 0.4 KB) are stored: deflating them cost a third of a
        // short paper's write (the minutes) and saved a kilobyte.
        let lists = try ZipEntry.stored(DOCXXML.numbering.name, DOCXNumbering.xml(head: skeleton.numberingHead, numberedLists: body.numberedLists))
        let properties = try ZipEntry.stored(DOCXXML.core.name, Self.coreProperties(title: document.title, language: skeleton.languageTag,
                                                                                    metadata: document.metadata))
        // The document part through libdeflate (``QuickDeflater``: half zlib's instructions for it).
        let main = try quickDeflaters.withCompressor { deflater throws(ZipError) in
            try body.withDocumentXML { xml throws(ZipError) in try ZipEntry.deflated(DOCXXML.document.name, pieces: [xml], with: deflater) }
        }
        let entries = [skeleton.contentTypes, skeleton.packageRelationships, main, skeleton.documentRelationships,
                       skeleton.styles, lists, skeleton.settings, skeleton.fontTable, skeleton.header, skeleton.firstHeader,
                       skeleton.theme, properties, skeleton.app]
        return Data(try ZipArchive.bytes(entries))
    }

    /// `docProps/core.xml`: the title, the language, the creator (the issuing body, `Document.metadata`, else
    /// "DaiHoi") and the paper's day as created and modified date (midnight UTC); never the clock (same input, same bytes).
    static func coreProperties(title: String, language: String, metadata: DocumentMetadata = DocumentMetadata()) -> String {
        let dates = metadata.date.map { day in
            ["created", "modified"].map { "<dcterms:\($0) xsi:type=\"dcterms:W3CDTF\">\(day.iso)T00:00:00Z</dcterms:\($0)>" }.joined()
        } ?? ""
        return DOCXXML.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(DocumentMetadata.plain(title)))</dc:title>"
            + "<dc:creator>\(XMLText.escape(DocumentMetadata.plain(metadata.author ?? "DaiHoi")))</dc:creator>"
            + "<dc:language>\(language)</dc:language>" + dates
            + "</cp:coreProperties>\n"
    }
}
