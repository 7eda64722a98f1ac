/// The fixed vocabulary of a WordprocessingML package (ECMA-376 Part 1, Transitional; Part 2, OPC): namespaces,
/// content types and relationship types, part names.
enum DOCXXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let relationshipsNamespace = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// The media type of a `.docx` file.
    static let mimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    /// One part of the package: its name, content type and, for the parts the document refers to, the
    /// relationship id and type from `word/document.xml`.
    struct Part {
        let name: String
        let contentType: String
        let relationship: (id: String, type: String)?
    }

    private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    private static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let document = Part(name: "word/document.xml", contentType: "\(wordML).document.main+xml", relationship: nil)
    static let styles = Part(name: "word/styles.xml", contentType: "\(wordML).styles+xml", relationship: ("rId1", "\(relType)/styles"))
    static let settings = Part(name: "word/settings.xml", contentType: "\(wordML).settings+xml", relationship: ("rId2", "\(relType)/settings"))
    static let fontTable = Part(name: "word/fontTable.xml", contentType: "\(wordML).fontTable+xml", relationship: ("rId3", "\(relType)/fontTable"))
    static let numbering = Part(name: "word/numbering.xml", contentType: "\(wordML).numbering+xml", relationship: ("rId4", "\(relType)/numbering"))
    /// The page header with the page number (pages 2…).
    static let header = Part(name: "word/header1.xml", contentType: "\(wordML).header+xml", relationship: ("rId5", "\(relType)/header"))
    /// The empty header of a section's first page.
    static let firstHeader = Part(name: "word/header2.xml", contentType: "\(wordML).header+xml", relationship: ("rId6", "\(relType)/header"))
    /// The theme (``DOCXTheme``).
    static let theme = Part(name: "word/theme/theme1.xml", contentType: "application/vnd.openxmlformats-officedocument.theme+xml", relationship: ("rId7", "\(relType)/theme"))
    static let core = Part(name: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", relationship: nil)
    static let app = Part(name: "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml", relationship: nil)

    /// The parts of `word/document.xml`'s relationships, in order.
    static let documentParts = [styles, settings, fontTable, numbering, header, firstHeader, theme]

    /// `[Content_Types].xml`: the defaults for relationships and XML, and one override per part.
    static var contentTypes: String {
        var out = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for part in [document] + documentParts + [core, app] {
            out += "<Override PartName=\"/\(part.name)\" ContentType=\"\(part.contentType)\"/>"
        }
        return out + "</Types>\n"
    }

    /// `_rels/.rels`: the main document and the two property parts.
    static let packageRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relType)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relType)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>\n"

    /// `word/_rels/document.xml.rels`: targets relative to `word/`.
    static var documentRelationships: String {
        var out = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for part in documentParts {
            guard let relationship = part.relationship else { continue }
            let target = part.name.dropFirst("word/".count)
            out += "<Relationship Id=\"\(relationship.id)\" Type=\"\(relationship.type)\" Target=\"\(target)\"/>"
        }
        return out + "</Relationships>\n"
    }

    /// `docProps/app.xml`: the application only (no dates, no counts: same input, same bytes).
    static let appProperties = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>DaiHoi</Application></Properties>\n"
}
