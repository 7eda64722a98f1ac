import DocumentTree
import WriterSupport
import ZipWriting

/// Everything of an OpenDocument text that depends only on the format profile and the language, never
/// on the document: the font faces, common styles, page layouts and master pages, and styles.xml whole.
/// Built once per profile and language (see ``ODFSkeletonCache``) and shared by every document.
struct ODFSkeleton: Sendable {
    /// `<office:font-face-decls>`.
    let fontFaceDecls: String
    /// `<office:styles>`.
    let commonStyles: String
    /// The page layouts (automatic styles of styles.xml, or of the flat document).
    let pageLayouts: String
    /// `<office:master-styles>`.
    let masterStyles: String

    init(profile: FormatProfile, language: String) {
        let styles = ODFStyles(profile: profile, language: language)
        fontFaceDecls = styles.fontFaceDecls
        commonStyles = styles.commonStyles
        pageLayouts = styles.pageLayouts
        masterStyles = styles.masterStyles
    }

    /// styles.xml.
    var stylesPart: String {
        ODFParts.declaration
            + "<office:document-styles \(ODFXML.namespaces) office:version=\"\(ODFXML.version)\">\n"
            + fontFaceDecls + commonStyles
            + "<office:automatic-styles>\n" + pageLayouts + "</office:automatic-styles>\n"
            + masterStyles
            + "</office:document-styles>\n"
    }
}

/// The zip entries of an `.odt` that never change for a profile and language: mimetype, manifest,
/// styles.xml and settings.xml, each compressed once.
struct ODTSkeleton: Sendable {
    let parts: ODFSkeleton
    let mimetype: ZipEntry
    let manifest: ZipEntry
    let styles: ZipEntry
    let settings: ZipEntry

    init(profile: FormatProfile, language: String, deflate: DeflateStream) throws(ZipError) {
        parts = ODFSkeleton(profile: profile, language: language)
        mimetype = try .stored("mimetype", ODFXML.mimeType)
        manifest = try .deflated("META-INF/manifest.xml", ODFParts.manifest, with: deflate)
        styles = try .deflated("styles.xml", parts.stylesPart, with: deflate)
        settings = try .deflated("settings.xml", ODFParts.settingsPart, with: deflate)
    }
}
