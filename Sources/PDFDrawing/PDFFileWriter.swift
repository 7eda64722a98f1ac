import Foundation

/// Drawn pages → the bytes of a PDF 1.7 file, the built-in engine's last step (issue 19).
///
/// One deflated content stream per page; the four faces embedded as subsets only when drawn (`EmbeddedFont`);
/// `/Title`, `/Author`, `/Producer` DaiHoi, the date, `/Lang`, `/DisplayDocTitle`; the bookmarks as the outline,
/// the file opening on it (`/PageMode /UseOutlines`). With `pdfA`, PDF/A-2b (ISO 19005-2, level B): the XMP
/// packet with `pdfaid` part 2 and conformance B, an sRGB output intent (`SRGBProfile`), a date always; the
/// rest of PDF/A (binary header comment, `/ID`, every font embedded, no encryption, no transparency) holds for
/// every file written. Same pages and info, same bytes: no clock, no randomness.
public struct PDFFileWriter: Sendable {
    public let faces: FontFaces
    /// `SOURCE_DATE_EPOCH`, which wins over the paper's date.
    public let sourceDateEpoch: Int?

    /// What every file says made it (`/Producer`, `pdf:Producer`).
    public static let producer = "DaiHoi"

    /// A writer taking `SOURCE_DATE_EPOCH` from the environment.
    public init(faces: FontFaces) {
        self.init(faces: faces, sourceDateEpoch: DocumentDate.environmentEpoch(ProcessInfo.processInfo.environment))
    }

    public init(faces: FontFaces, sourceDateEpoch: Int?) {
        self.faces = faces
        self.sourceDateEpoch = sourceDateEpoch
    }

    public func write(pages: [DrawnPage], info: DrawnDocumentInfo, pdfA: Bool) -> [UInt8] {
        var objects = PDFObjects(capacity: 24_000 + 3_000 * pages.count)
        let catalog = objects.reserve(), pageTree = objects.reserve(), resources = objects.reserve()

        var codes: [FaceCodes?] = [nil, nil, nil, nil]
        var pageObjects: [Int] = []
        pageObjects.reserveCapacity(pages.count)
        for page in pages {
            let pageObject = objects.reserve(), contents = objects.reserve()
            pageObjects.append(pageObject)
            let content = PageContent(page: page, faces: faces, codes: &codes)
            objects.stream(contents, data: content.stream.bytes, compress: true)
            objects.object(pageObject) { out in
                out.append("<< /Type /Page /Parent ")
                out.append(reference: pageTree)
                out.append(" /MediaBox [0 0 ")
                out.append(real: Self.extent(page.widthPt))
                out.append(" ")
                out.append(real: Self.extent(page.heightPt))
                out.append("] /Resources ")
                out.append(reference: resources)
                out.append(" /Contents ")
                out.append(reference: contents)
                out.append(" >>")
            }
        }

        var fonts: [(style: Int, object: Int)] = []
        for style in FaceStyle.allCases {
            guard let used = codes[style.rawValue], !used.isEmpty else { continue }
            let type0 = objects.reserve()
            EmbeddedFont.write(used, type0: type0, into: &objects)
            fonts.append((style.rawValue, type0))
        }
        objects.object(resources) { out in
            out.append("<< /Font <<")
            for font in fonts {
                out.append(" /F")
                out.append(int: font.style)
                out.append(" ")
                out.append(reference: font.object)
            }
            out.append(" >> >>")
        }
        objects.object(pageTree) { out in
            out.append("<< /Type /Pages /Kids [")
            for (index, page) in pageObjects.enumerated() {
                if index > 0 { out.append(index % 10 == 0 ? "\n" : " ") }
                out.append(reference: page)
            }
            out.append("] /Count ")
            out.append(int: pageObjects.count)
            out.append(" >>")
        }

        let outline = writeOutline(info.bookmarks, pages: pages, pageObjects: pageObjects, into: &objects)
        let date = DocumentDate.resolve(paper: info.date, sourceDateEpoch: sourceDateEpoch, pdfA: pdfA)
        let metadata = objects.reserve()
        objects.stream(metadata, data: XMPMetadata.packet(title: info.title, author: info.author, language: info.language,
                                                          date: date, producer: Self.producer, pdfA: pdfA),
                       compress: false) { out in out.append(" /Type /Metadata /Subtype /XML") }
        let outputIntent = pdfA ? writeOutputIntent(into: &objects) : nil
        let infoObject = objects.reserve()
        objects.object(infoObject) { out in
            out.append("<< /Title ")
            out.append(textString: info.title)
            if let author = info.author {
                out.append(" /Author ")
                out.append(textString: author)
            }
            out.append(" /Producer (")
            out.appendText(Self.producer)
            out.append(")")
            if let date {
                out.append(" /CreationDate (")
                out.appendText(date.pdf)
                out.append(") /ModDate (")
                out.appendText(date.pdf)
                out.append(")")
            }
            out.append(" >>")
        }
        objects.object(catalog) { out in
            out.append("<< /Type /Catalog /Pages ")
            out.append(reference: pageTree)
            out.append(" /Lang (")
            out.appendText(Self.languageTag(info.language))
            out.append(") /ViewerPreferences << /DisplayDocTitle true >> /Metadata ")
            out.append(reference: metadata)
            if let outline {
                out.append(" /Outlines ")
                out.append(reference: outline)
                out.append(" /PageMode /UseOutlines")
            }
            if let outputIntent {
                out.append(" /OutputIntents [")
                out.append(reference: outputIntent)
                out.append("]")
            }
            out.append(" >>")
        }
        return objects.finish(root: catalog, info: infoObject)
    }

    /// The outline (ISO 32000-1 §12.3.3): one top-level entry per bookmark, going to the top of its page; a
    /// page index past the last page goes to the last page. Nil when there is no bookmark or no page.
    private func writeOutline(_ bookmarks: [(title: String, pageIndex: Int)], pages: [DrawnPage], pageObjects: [Int],
                              into objects: inout PDFObjects) -> Int? {
        guard !bookmarks.isEmpty, !pageObjects.isEmpty else { return nil }
        let root = objects.reserve()
        let items = bookmarks.map { _ in objects.reserve() }
        objects.object(root) { out in
            out.append("<< /Type /Outlines /First ")
            out.append(reference: items[0])
            out.append(" /Last ")
            out.append(reference: items[items.count - 1])
            out.append(" /Count ")
            out.append(int: items.count)
            out.append(" >>")
        }
        for (index, bookmark) in bookmarks.enumerated() {
            let page = min(max(bookmark.pageIndex, 0), pageObjects.count - 1)
            objects.object(items[index]) { out in
                out.append("<< /Title ")
                out.append(textString: bookmark.title)
                out.append(" /Parent ")
                out.append(reference: root)
                if index > 0 {
                    out.append(" /Prev ")
                    out.append(reference: items[index - 1])
                }
                if index < items.count - 1 {
                    out.append(" /Next ")
                    out.append(reference: items[index + 1])
                }
                out.append(" /Dest [")
                out.append(reference: pageObjects[page])
                out.append(" /XYZ 0 ")
                out.append(real: Self.extent(pages[page].heightPt))
                out.append(" 0] >>")
            }
        }
        return root
    }

    /// The PDF/A output intent: sRGB, the profile embedded.
    private func writeOutputIntent(into objects: inout PDFObjects) -> Int {
        let intent = objects.reserve(), profile = objects.reserve()
        objects.stream(profile, data: SRGBProfile.bytes, compress: true) { out in out.append(" /N 3") }
        objects.object(intent) { out in
            out.append("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (")
            out.appendText(SRGBProfile.description)
            out.append(") /Info (")
            out.appendText(SRGBProfile.description)
            out.append(") /DestOutputProfile ")
            out.append(reference: profile)
            out.append(" >>")
        }
        return intent
    }

    /// A page side as PDF allows it (ISO 32000-1 Annex C: 3 … 14 400 units); not finite → A4's 595.276.
    static func extent(_ points: Double) -> Double {
        guard points.isFinite else { return 595.276 }
        return min(max(points, 3), 14_400)
    }

    /// `language` kept to the letters, digits and hyphens of a BCP 47 tag (`vi` when nothing is left).
    static func languageTag(_ language: String) -> String {
        let kept = language.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
        return kept.isEmpty ? "vi" : String(String.UnicodeScalarView(kept))
    }
}
