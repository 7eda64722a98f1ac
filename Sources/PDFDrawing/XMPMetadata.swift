/// The document's XMP packet (ISO 16684-1), saying what the Info dictionary says — title, creator, producer,
/// dates, language — and, for PDF/A-2b, `pdfaid:part` 2 and `pdfaid:conformance` B (ISO 19005-2 §6.6).
/// Every value is XML-escaped; a control character (not allowed in XML 1.0) becomes U+FFFD.
enum XMPMetadata {
    static func packet(title: String, author: String?, language: String, date: DocumentDate?, producer: String, pdfA: Bool) -> [UInt8] {
        var xml = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        xml += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        xml += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        xml += " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"" + (pdfA ? " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"" : "") + ">\n"
        xml += "<dc:format>application/pdf</dc:format>\n"
        xml += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(title))</rdf:li></rdf:Alt></dc:title>\n"
        if let author { xml += "<dc:creator><rdf:Seq><rdf:li>\(escaped(author))</rdf:li></rdf:Seq></dc:creator>\n" }
        xml += "<dc:language><rdf:Bag><rdf:li>\(escaped(language))</rdf:li></rdf:Bag></dc:language>\n"
        if let date { xml += "<xmp:CreateDate>\(date.xmp)</xmp:CreateDate>\n<xmp:ModifyDate>\(date.xmp)</xmp:ModifyDate>\n" }
        xml += "<pdf:Producer>\(escaped(producer))</pdf:Producer>\n"
        if pdfA { xml += "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n" }
        xml += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"
        return Array(xml.utf8)
    }

    /// `text` safe as XML character data and attribute value.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in PDFText.printable(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
