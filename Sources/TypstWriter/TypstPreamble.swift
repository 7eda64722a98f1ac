import DocumentTree

/// The page, the fonts and the paragraph styles of a Party paper as Typst rules, from the format profile:
/// the same values the ODT writer's styles carry (`ODFStyles`), so both engines print the same format.
///
/// Line pitch: Typst measures a line from `top-edge` to `bottom-edge`, set to Liberation Serif's ascender and descender,
/// 1.107 em, the height LibreOffice gives a line at 100 %; the leading adds what
/// makes the profile's exact line height (18 pt at 14 pt: 2.5 pt), and the space between paragraphs adds the
/// profile's paragraph spacing to it, so a paragraph's last line and the next one's first stand 24 pt apart as
/// in the ODT. LibreOffice gives a page's last line its whole 18 pt, where Typst needs only the line box: the bottom
/// margin carries the leading, so a page holds the lines it holds in LibreOffice. Only numbers of the profile are written here; the one string, the title, is a string literal.
struct TypstPreamble {
    let profile: FormatProfile

    /// Liberation Serif's ascender and descender (hhea and OS/2 win metrics, 1825 and 443 of 2048 units), which
    /// LibreOffice uses for a line at 100 %; Typst's `"ascender"` would take the smaller typographic ones (0.69 em).
    static let ascenderEm = 0.891
    static let descenderEm = 0.216
    /// A line's height at 100 %.
    static let lineBoxEm = ascenderEm + descenderEm

    /// Distance from the page's top edge to the top of the page number (the ODT writer's header, `ODFLayout`).
    var pageNumberTopMM: Double { profile.marginTopMM / 2 }

    /// Width of the text area between the margins.
    var textWidthMM: Double { max(profile.pageWidthMM - profile.marginLeftMM - profile.marginRightMM, 10) }

    /// Leading of running text: the exact line height less the line box.
    var bodyLeadingPt: Double { max(profile.lineHeightPt - Self.lineBoxEm * profile.bodySizePt, 0) }

    /// Space between two paragraphs of running text, line box to line box.
    var paragraphGapPt: Double { profile.paragraphSpacingPt + bodyLeadingPt }

    /// Length of the rule under "ĐẢNG CỘNG SẢN VIỆT NAM": 73 mm at 15 pt (as in `ODFLayout.partyRuleMM`).
    var partyRuleMM: Double { min(profile.partyNameSizePt * 73 / 15, textWidthMM * (1 - profile.headerIssuerShare)) }

    /// Space above the document's title (tên loại) under the header block: the ODT says 18 pt; 16.5 pt here puts the
    /// title where LibreOffice prints it (measured with pdftotext -bbox on the minutes: 115.35 pt under the date line).
    static let titleSpaceAbovePt = 16.5

    // Table cells: 1 mm either side, 0.5 mm above and below as the ODT's GridCell, and a quarter point more, which
    // is what LibreOffice's 0.5 pt borders add to each row (a one-line row at 12 pt: 16.6 pt in both, measured).

    // A sheet restarts the page count (`dhSheet`): the header of the page where the count is set to 1 still reads
    // the count before it, so a sheet's first page is found by its marker (`<dhsheet>`) and counted 1.

    /// Room left for the handwritten signature and the seal (`ODFLayout.signatureSpaceMM`).
    static let signatureSpaceMM = 22.0

    /// The key of Typst's `sys.inputs` the worker sets when `SOURCE_DATE_EPOCH` is set (`TypstWorkerScript`): the
    /// reproducible-builds date then wins over the paper's own.
    static let sourceDateInput = "source-date-epoch"

    /// `#set document(…)`, once at the top of a file: the title, the issuing body as author, and the paper's date
    /// (midnight UTC of its day; `SOURCE_DATE_EPOCH` when set; without a date the compiler's timestamp, 0 unless
    /// `SOURCE_DATE_EPOCH` says otherwise). PDF/A requires a date, so one is always written.
    static func documentRules(title: String, metadata: DocumentMetadata) -> String {
        let t = TypstText.self
        let author = metadata.author.map { ", author: \(t.quoted(DocumentMetadata.plain($0)))" } ?? ""
        let date = metadata.date.map { day in
            "if \(t.quoted(sourceDateInput)) in sys.inputs { auto } else { datetime(year: \(day.year), month: \(day.month), day: \(day.day)) }"
        } ?? "auto"
        return "#set document(title: \(t.quoted(DocumentMetadata.plain(title)))\(author), date: \(date))\n"
    }


    /// The rules of one paper: its page (with the page number in the header), fonts, paragraphs, headings, tables
    /// and the helpers its body calls. Written once per paper; in a dossier each paper's rules follow the last
    /// one's pages (`TypstWriter.write(dossier:title:metadata:)`).
    func paperRules(language: String) -> String {
        let t = TypstText.self
        let families = ([profile.fontFamily] + profile.fallbackFontFamilies).filter { !["serif", "sans-serif", "monospace"].contains($0) }
        let fonts = families.map(t.quoted).joined(separator: ", ")
        let lang = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)?.lowercased() ?? "vi"
        let langCode = lang.count >= 2 && lang.count <= 3 && lang.allSatisfy({ $0.isASCII && $0.isLetter }) ? lang : "vi"
        let pt = { (v: Double) in t.length(v, "pt") }
        let mm = { (v: Double) in t.length(v, "mm") }
        let gap = pt(paragraphGapPt)
        return """
        #set page(width: \(mm(profile.pageWidthMM)), height: \(mm(profile.pageHeightMM)), \
        margin: (top: \(mm(profile.marginTopMM)), bottom: \(mm(profile.marginBottomMM)) + \(pt(bodyLeadingPt)), left: \(mm(profile.marginLeftMM)), right: \(mm(profile.marginRightMM))), \
        header-ascent: 0pt, header: context { let p = here().page(); \
        let n = if query(<dhsheet>).any(m => m.location().page() == p) { 1 } else { counter(page).get().first() }; \
        if n >= \(max(profile.pageNumbersFromPage, 1)) { place(top + center, dy: \(mm(pageNumberTopMM)), text(size: \(pt(profile.headerSizePt)), str(n))) } })
        #set text(font: (\(fonts),), size: \(pt(profile.bodySizePt)), lang: "\(langCode)", hyphenate: false, top-edge: \(t.length(Self.ascenderEm, "em")), bottom-edge: \(t.length(-Self.descenderEm, "em")))
        #set par(justify: true, leading: \(pt(bodyLeadingPt)), spacing: \(gap), first-line-indent: (amount: \(mm(profile.firstLineIndentMM)), all: true))
        #set block(spacing: \(gap))
        #set table(stroke: 0.5pt, inset: (x: 1mm, y: 0.5mm + 0.25pt), align: left + horizon)
        #set table.cell(breakable: false)
        #show table: set par(justify: false, leading: 0pt, spacing: 0pt, first-line-indent: 0pt)
        #show grid: set par(justify: false, leading: 0pt, spacing: 0pt, first-line-indent: 0pt)
        #show heading: set text(size: \(pt(profile.bodySizePt)))
        #show heading.where(level: 1): it => block(width: 100%, above: \(pt(Self.titleSpaceAbovePt)), below: 0pt, sticky: true, \
        align(center, text(size: \(pt(profile.titleSizePt)), weight: "bold", upper(it.body))))
        #show heading.where(level: 2): it => block(width: 100%, above: \(pt(12 + paragraphGapPt)), below: \(gap), sticky: true, \
        par(first-line-indent: 0pt, strong(it.body)))
        #show heading.where(level: 3): it => block(width: 100%, above: \(pt(6 + paragraphGapPt)), below: \(gap), sticky: true, \
        par(first-line-indent: 0pt, strong(emph(it.body))))
        #let dhTight(size, body) = block(above: 0pt, below: 0pt, width: 100%, { set par(leading: 0pt, spacing: 0pt, first-line-indent: 0pt, justify: false); set text(size: size); body })
        #let dhCenter(body) = align(center, par(justify: false, first-line-indent: 0pt, body))
        #let dhNoIndent(body) = par(first-line-indent: 0pt, body)
        #let dhQuote(body) = pad(left: \(mm(profile.firstLineIndentMM)), par(first-line-indent: 0pt, body))
        #let dhItem(at, label, body) = pad(left: at, par(first-line-indent: 0pt, hanging-indent: 7mm, box(width: 7mm, label) + body))
        #let dhPartyRule = align(center, block(above: 1pt, below: 2pt, line(length: \(mm(partyRuleMM)), stroke: 0.75pt)))
        #let dhUpperHalf(height, clearance, body) = context { let wanted = measure(block(width: \(mm(textWidthMM)), inset: (bottom: clearance), body)).height; \
        block(breakable: false, width: 100%, height: calc.max(height, wanted), above: 0pt, below: 0pt, inset: (bottom: clearance), \
        stroke: (bottom: (paint: black, thickness: 0.5pt, dash: "dashed")), body) }
        #let dhSheet() = { pagebreak(weak: true); counter(page).update(1); [#metadata("sheet") <dhsheet>] }

        """
    }
}
