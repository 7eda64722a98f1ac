import DocumentTree
import WriterSupport
import Foundation
import ZipWriting

/// Writes a document as an OpenDocument text package (`.odt`): a zip whose first entry is the
/// uncompressed `mimetype`, then META-INF/manifest.xml, content.xml, styles.xml, meta.xml and
/// settings.xml, deflated, every entry dated 2000-01-01 00:00 so the same document always gives the same bytes.
///
/// Only content.xml and meta.xml depend on the document: they are deflated at zlib's fast level 3 with
/// streams kept by the writer (zlib's buffers are allocated once); the other entries are built and
/// compressed once, at the thorough level, per format profile and language and kept too, so keep one
/// writer for a run or a batch (copies share what it keeps; it is safe to use from several tasks at once).
public struct ODTWriter: Sendable {
    private let deflaters = DeflatePool()
    private let skeletons: ODFSkeletonCache<ODTSkeleton, ZipError>

    /// Creates the writer.
    public init() {
        skeletons = ODFSkeletonCache { profile, language throws(ZipError) in
            try ODTSkeleton(profile: profile, language: language, deflate: DeflateStream(level: .thorough))
        }
    }

    /// The `.odt` bytes of `document`.
    /// - Throws: an error when zlib cannot compress a part (out of memory) or a part passes 4 GiB.
    public func write(_ document: Document) throws -> Data {
        let skeleton = try skeletons.skeleton(profile: document.profile, language: document.language)
        let parts = ODFParts(document, skeleton: skeleton.parts)
        let (content, meta) = try deflaters.withStream { stream throws(ZipError) in
            (try parts.withContent { pieces throws(ZipError) in try ZipEntry.deflated("content.xml", pieces: pieces, with: stream) },
             try ZipEntry.deflated("meta.xml", parts.meta, with: stream))
        }
        let entries = [skeleton.mimetype, skeleton.manifest, content, skeleton.styles, meta, skeleton.settings]
        return Data(try ZipArchive.bytes(entries))
    }
}
