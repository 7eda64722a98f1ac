import DocumentTree
import WriterSupport

/// Writes a document as flat OpenDocument text (`.fodt`): one `office:document` XML file holding the
/// meta data, the Party format's styles and page layouts, and the body. Same document, same bytes.
///
/// The styles are built once per format profile and language and kept by the writer: keep one
/// writer for a run or a batch (copies share them; safe from several tasks at once).
public struct FODTWriter: Sendable {
    private let skeletons = ODFSkeletonCache<ODFSkeleton, Never> { profile, language in
        ODFSkeleton(profile: profile, language: language)
    }

    /// Creates the writer.
    public init() {}

    /// The `.fodt` text of `document` (UTF-8 XML, ODF 1.2).
    public func write(_ document: Document) -> String {
        ODFParts(document, skeleton: skeletons.skeleton(profile: document.profile, language: document.language)).flat
    }
}
