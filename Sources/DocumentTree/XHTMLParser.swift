internal import CLibXML2

/// Parses the XHTML a template rendered into the project's ``Document`` tree.
///
/// The only place libxml2 is called. Parsing is safe for untrusted text: no network access,
/// no DTD loading, entities never expanded (an entity reference is refused). Each call owns its
/// own parser context and error box, so parses may run concurrently from any task.
public enum XHTMLParser {
    /// Parses `xhtml` into a document named `name` with the format `profile`.
    ///
    /// The title comes from `<head><title>`, the language from `<html lang>` (default `vi`),
    /// the body from the children of `<body>` after the whitespace policy of
    /// `docs/document-tree.md`. Throws the first well-formedness error with libxml2's position.
    public static func parse(_ xhtml: String, name: String, profile: FormatProfile) throws(XHTMLError) -> Document {
        var xhtml = xhtml
        return try xhtml.withUTF8 { utf8 in
            Result { () throws(XHTMLError) in try parse(utf8: utf8, name: name, profile: profile) }
        }.get()
    }

    /// ``parse(_:name:profile:)`` of XHTML given as UTF-8 bytes (as a template renders it), read in place.
    public static func parse(utf8 xhtml: [UInt8], name: String, profile: FormatProfile) throws(XHTMLError) -> Document {
        try xhtml.withUnsafeBufferPointer { utf8 in
            Result { () throws(XHTMLError) in try parse(utf8: utf8, name: name, profile: profile) }
        }.get()
    }

    private static func parse(utf8 xhtml: UnsafeBufferPointer<UInt8>, name: String,
                              profile: FormatProfile) throws(XHTMLError) -> Document {
        // The XML our templates write is read without libxml2 (``TemplateXHTMLReader``); anything else, and every
        // error, is libxml2's.
        if let page = TemplateXHTMLReader.read(xhtml) {
            return Document(name: name, title: page.title, language: page.language, body: page.body, profile: profile)
        }
        return try parseWithLibXML2(utf8: xhtml, name: name, profile: profile)
    }

    /// ``parse(utf8:name:profile:)`` always through libxml2 (the tests compare both readers).
    package static func parseWithLibXML2(utf8 xhtml: [UInt8], name: String, profile: FormatProfile) throws(XHTMLError) -> Document {
        try xhtml.withUnsafeBufferPointer { utf8 in
            Result { () throws(XHTMLError) in try parseWithLibXML2(utf8: utf8, name: name, profile: profile) }
        }.get()
    }

    /// Whether ``TemplateXHTMLReader`` reads `xhtml` itself (nil from it: libxml2 reads the page).
    package static func readsWithoutLibXML2(_ xhtml: [UInt8]) -> Bool {
        xhtml.withUnsafeBufferPointer { TemplateXHTMLReader.read($0) != nil }
    }

    private static func parseWithLibXML2(utf8 xhtml: UnsafeBufferPointer<UInt8>, name: String,
                                         profile: FormatProfile) throws(XHTMLError) -> Document {
        _ = initialised
        let parsed = try XMLDocumentHandle.parse(xhtml)
        defer { parsed.free() }
        let page = try XMLTreeReader().read(root: parsed.root)
        return Document(name: name, title: page.title, language: page.language, body: page.body, profile: profile)
    }

    /// `xmlInitParser()` once per process (a static `let` is initialised exactly once, thread-safely).
    private static let initialised: Void = { xmlInitParser() }()
}

/// A parsed libxml2 document, owned by one call of ``XHTMLParser/parse(_:name:profile:)``.
struct XMLDocumentHandle {
    let document: xmlDocPtr
    let root: xmlNodePtr

    /// Parse options: no network, no DTD loading or attributes, no entity substitution,
    /// CDATA merged into text, no stderr output beyond our own error callback; short texts (the
    /// indentation between blocks) kept inside their node, not allocated apart (the tree is only read).
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
                                       | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Parses the UTF-8 `text`; on failure throws the first error libxml2 reported.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) throws(XHTMLError) -> XMLDocumentHandle {
        let count = text.count
        guard count < Int(Int32.max) else {
            throw XHTMLError(line: 0, column: 0, message: "document too large (\(count) bytes)")
        }
        guard let context = xmlNewParserCtxt(), let sax = context.pointee.sax else {
            throw XHTMLError(line: 0, column: 0, message: "libxml2 could not create a parser context")
        }
        defer { xmlFreeParserCtxt(context) }
        let box = ErrorBox()
        context.pointee._private = Unmanaged.passUnretained(box).toOpaque()
        sax.pointee.serror = collectError
        let document = withExtendedLifetime(box) { read(text, with: context) }
        guard let document, context.pointee.wellFormed != 0, box.first == nil else {
            if let document { xmlFreeDoc(document) }
            throw box.first ?? XHTMLError(line: 1, column: 1, message: "Document is empty")
        }
        guard let root = xmlDocGetRootElement(document) else {
            xmlFreeDoc(document)
            throw XHTMLError(line: 1, column: 1, message: "Document has no root element")
        }
        return XMLDocumentHandle(document: document, root: root)
    }

    /// Runs the parser over the UTF-8 `buffer`, read in place (the encoding declaration is overridden: Swift text is UTF-8).
    private static func read(_ buffer: UnsafeBufferPointer<UInt8>, with context: xmlParserCtxtPtr) -> xmlDocPtr? {
        buffer.baseAddress.flatMap { base in
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), "template.xhtml", "UTF-8", options)
            }
        }
    }

    /// Frees the libxml2 document.
    func free() { xmlFreeDoc(document) }
}

/// Collects the first error of one parse; reached through the parser context's `_private`.
private final class ErrorBox {
    var first: XHTMLError?
}

/// libxml2's structured error callback; `userData` is the parser context.
private func collectError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = context.pointee._private else { return }
    let box = Unmanaged<ErrorBox>.fromOpaque(opaque).takeUnretainedValue()
    guard box.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let message = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
    box.first = XHTMLError(line: Int(error.pointee.line), column: Int(error.pointee.int2),
                           message: message.trimmingSpaces())
}
