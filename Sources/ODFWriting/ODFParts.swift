import DocumentTree
import WriterSupport
import ZipWriting

/// The parts of one OpenDocument text document, built once from the tree; the ODT writer zips them
/// (content.xml, meta.xml; styles.xml comes whole from the skeleton), the flat ODT writer nests the
/// same pieces in one file.
struct ODFParts {
    /// What depends only on the profile and the language (styles, page layouts, master pages).
    let skeleton: ODFSkeleton
    let body: ODFBody
    let document: Document

    /// The parts of `document`, around a skeleton built for its profile and language.
    init(_ document: Document, skeleton: ODFSkeleton) {
        self.document = document
        self.skeleton = skeleton
        body = ODFBody(document: document)
    }

    /// The parts of `document` with a skeleton of its own.
    init(_ document: Document) {
        self.init(document, skeleton: ODFSkeleton(profile: document.profile, language: document.language))
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// The children of `<office:meta>`: generator, title, language, and the paper's own properties
    /// (`Document.metadata`): the issuing body as creator, the paper's day as creation date and date (no time
    /// zone: a calendar day). Never the clock, so output stays reproducible.
    var metaChildren: String {
        var out = "<meta:generator>DaiHoi</meta:generator>\n"
            + "<dc:title>\(ODFXML.escape(DocumentMetadata.plain(document.title)))</dc:title>\n"
            + "<dc:language>\(ODFXML.escape(document.language))</dc:language>\n"
        if let author = document.metadata.author.map(DocumentMetadata.plain) {
            out += "<meta:initial-creator>\(ODFXML.escape(author))</meta:initial-creator>\n<dc:creator>\(ODFXML.escape(author))</dc:creator>\n"
        }
        if let day = document.metadata.date {
            out += "<meta:creation-date>\(day.iso)T00:00:00</meta:creation-date>\n<dc:date>\(day.iso)T00:00:00</dc:date>\n"
        }
        return out
    }

    /// `<office:settings>`: LibreOffice's layout switches that make the page look like the Party format:
    /// a line ended by a manual break is not stretched in justified text, and a heading at the top of
    /// a page adds no space above it.
    static let settings = """
    <office:settings>
    <config:config-item-set config:name="ooo:configuration-settings">
    <config:config-item config:name="DoNotJustifyLinesWithManualBreak" config:type="boolean">true</config:config-item>
    <config:config-item config:name="AddParaTableSpacingAtStart" config:type="boolean">false</config:config-item>
    </config:config-item-set>
    </office:settings>

    """

    /// settings.xml.
    static var settingsPart: String {
        Self.declaration
            + "<office:document-settings \(ODFXML.namespaces) office:version=\"\(ODFXML.version)\">\n"
            + Self.settings + "</office:document-settings>\n"
    }

    static let officeTextOpening = "<office:body>\n<office:text>\n"
    static let officeTextClosing = "</office:text>\n</office:body>\n"

    /// `<office:body>` with the text, appended to `out`.
    func appendOfficeText(to out: inout ODFMarkup) {
        out += Self.officeTextOpening
        out += body.text
        out += Self.officeTextClosing
    }

    /// content.xml as UTF-8 in three pieces, handed to `use` without joining them: the head (root,
    /// fonts, automatic styles, the opening of `<office:text>`), the body's text (it may be hundreds
    /// of kilobytes), the tail.
    func withContent<T>(_ use: ([UnsafeBufferPointer<UInt8>]) throws(ZipError) -> T) throws(ZipError) -> T {
        var head = ODFMarkup()
        head.reserveCapacity(body.automaticStyles.count + skeleton.fontFaceDecls.utf8.count + 2_048)
        head += Self.declaration
        head += "<office:document-content \(ODFXML.namespaces) office:version=\"\(ODFXML.version)\">\n"
        head += skeleton.fontFaceDecls
        head += "<office:automatic-styles>\n"
        head += body.automaticStyles
        head += "</office:automatic-styles>\n"
        head += Self.officeTextOpening
        let tail = Array((Self.officeTextClosing + "</office:document-content>\n").utf8)
        let result = head.withUnsafeBytes { head in
            body.text.withUnsafeBytes { text in
                tail.withUnsafeBufferPointer { tail in
                    Result { () throws(ZipError) -> T in try use([head, text, tail]) }
                }
            }
        }
        return try result.get()
    }

    /// meta.xml.
    var meta: String {
        Self.declaration
            + "<office:document-meta \(ODFXML.namespaces) office:version=\"\(ODFXML.version)\">\n"
            + "<office:meta>\n" + metaChildren + "</office:meta>\n"
            + "</office:document-meta>\n"
    }

    /// META-INF/manifest.xml.
    static let manifest = """
    <?xml version="1.0" encoding="UTF-8"?>
    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="\(ODFXML.version)">
    <manifest:file-entry manifest:full-path="/" manifest:version="\(ODFXML.version)" manifest:media-type="\(ODFXML.mimeType)"/>
    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
    <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
    <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
    <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
    </manifest:manifest>

    """

    /// The whole document as one flat XML file (`.fodt`), built in one buffer of the right size.
    var flat: String {
        var out = ODFMarkup()
        out.reserveCapacity(body.text.count + body.automaticStyles.count + skeleton.commonStyles.utf8.count + 8_192)
        out += Self.declaration
        out += "<office:document \(ODFXML.namespaces) office:version=\"\(ODFXML.version)\" office:mimetype=\"\(ODFXML.mimeType)\">\n"
        out += "<office:meta>\n" + metaChildren + "</office:meta>\n"
        out += Self.settings
        out += skeleton.fontFaceDecls
        out += skeleton.commonStyles
        out += "<office:automatic-styles>\n"
        out += skeleton.pageLayouts
        out += body.automaticStyles
        out += "</office:automatic-styles>\n"
        out += skeleton.masterStyles
        appendOfficeText(to: &out)
        out += "</office:document>\n"
        return out.string
    }
}
