import DocumentTree

/// The Party paper as Typst source, from the document tree alone: what the Typst compiler sets into a PDF
/// without LibreOffice (`TypstPDFPool`). The same format as the ODT writer's (`TypstPreamble`), the same
/// pagination rules asked of `DocumentTree.Pagination`, every run of text a string literal (`TypstText`).
///
/// Same tree, same bytes: nothing here depends on the time, the machine or a dictionary's order.
public struct TypstWriter: Sendable {
    public init() {}

    /// The whole `.typ` source of `document`.
    public func write(_ document: Document) -> String {
        TypstPreamble.documentRules(title: document.title, metadata: document.metadata)
            + TypstPreamble(profile: document.profile).paperRules(language: document.language) + body(document)
    }

    /// One part of a merged file: a paper and the title of its bookmark.
    public struct Part: Sendable {
        public var document: Document
        public var bookmark: String
        public init(_ document: Document, bookmark: String) {
            self.document = document
            self.bookmark = bookmark
        }
    }

    /// Several papers as one `.typ` source — the congress dossier in one PDF (Hồ sơ đại hội), set by one compile so
    /// that the file is PDF/A as each paper is: `parts` in order, each on pages of its own with its own format
    /// (a landscape list stays landscape), its page count restarting at 1 (its first page unnumbered, its second
    /// numbered 2, as printed alone), and one bookmark per part titled `bookmark` at its first page; the papers'
    /// own headings make no bookmarks here. `title` and `metadata` are the file's.
    public func write(dossier parts: [Part], title: String, metadata: DocumentMetadata) -> String {
        var out = TypstPreamble.documentRules(title: title, metadata: metadata)
        out += "#set heading(bookmarked: false)\n"
        for (index, part) in parts.enumerated() {
            if index > 0 { out += "#pagebreak(weak: true)\n" }
            out += TypstPreamble(profile: part.document.profile).paperRules(language: part.document.language)
            // The page rule above starts the part's first page: its count restarts there, and the sheet marker
            // tells the header that this page is the part's first (the header reads the count before the update).
            out += "#counter(page).update(1)\n#[#metadata(\"sheet\") <dhsheet>]\n"
            out += "#place(hide(heading(level: 1, outlined: false, bookmarked: true, \(TypstText.quoted(part.bookmark)))))\n\n"
            out += body(part.document)
        }
        return out
    }

    /// The markup of `document`'s body, after its rules.
    func body(_ document: Document) -> String {
        var body = TypstBody(profile: document.profile)
        body.blocks(document.body, in: .body)
        return body.out
    }
}

/// The body of one paper as Typst markup, block by block (mutated only while it is built).
struct TypstBody {
    /// Where a block sits; decides how a paragraph is set.
    enum Context: Equatable {
        case body, quote, recipients, headerCell, signatureCell
        /// Inside a list item `depth` lists deep (1: a top-level list), the text `indentMM` from the margin.
        case listItem(indentMM: Double)
        case gridCell
    }

    let profile: FormatProfile
    var out = ""
    /// Nothing has been written at the top level yet (a sheet or a page break there starts no page).
    var isFirstBlock = true
    /// The "Nơi nhận:" label of the recipients' block being written is out (a body of its own per block).
    var recipientsLabelled = false
    /// Inside one copy of a ballot printed two to a sheet (``halfSheet(_:)``): the stamp's room is two lines, as
    /// the print stylesheet gives it (`div.ballot.half-sheet … p.sign-space`), so each copy fits its half.
    var inHalfSheet = false

    init(profile: FormatProfile) { self.profile = profile }

    var preamble: TypstPreamble { TypstPreamble(profile: profile) }

    /// Writes `nodes`: inline runs between blocks become paragraphs; each block at the top level is held to
    /// the page as ``Pagination`` says (a sticky block keeps with the next, an unbreakable one never splits).
    mutating func blocks(_ nodes: [Node], in context: Context) {
        var run: [Node] = []
        for (index, node) in nodes.enumerated() {
            guard case .element(let element) = node, !Self.isInline(node) else { run.append(node); continue }
            looseParagraph(run, in: context)
            run = []
            let next = nodes[(index + 1)...].lazy.compactMap { node -> Element? in
                if case .element(let e) = node, !Self.isInline(node) { return e }
                return nil
            }.first
            var keep = context == .body || context == .quote ? Pagination.keep(element, before: next) : []
            if context == .body, next != nil, Self.isTitleLine(element) { keep.insert(.withNext) }
            let before = out
            out = ""
            block(element, in: context, keepLastWithNext: keep.contains(.withNext) && (element.name == "ol" || element.name == "ul"))
            let written = out
            out = before
            guard !written.isEmpty else { continue }
            // A heading is sticky by its show rule; a list keeps its last item with the next (``list``).
            if Pagination.isSectionHeading(element) || element.name == "h1" || element.name == "ol" || element.name == "ul" { keep.remove(.withNext) }
            out += Self.holding(written, sticky: keep.contains(.withNext), unbreakable: keep.contains(.together))
        }
        looseParagraph(run, in: context)
    }

    /// `written` (one block or several) held to the page: a block that is one `#block(…)` gets the arguments
    /// itself, so its own space above and below stays (a block wrapped in another loses them to the wrapper);
    /// anything else is wrapped in a block that carries them.
    static func holding(_ written: String, sticky: Bool, unbreakable: Bool) -> String {
        guard sticky || unbreakable else { return written }
        let body = written.dropLast(2)
        if written.hasPrefix("#block("), written.hasSuffix("]\n\n"), !body.contains("\n\n") {
            // The block's own arguments: those it has already are not given twice (Typst refuses that).
            let own = written.prefix { $0 != "[" }
            let arguments = (sticky && !own.contains("sticky:") ? "sticky: true, " : "")
                + (unbreakable && !own.contains("breakable:") ? "breakable: false, " : "")
            return "#block(" + arguments + written.dropFirst("#block(".count)
        }
        let arguments = (sticky ? "sticky: true, " : "") + (unbreakable ? "breakable: false, " : "")
        return "#block(" + arguments + "width: 100%)[\n" + written + "]\n\n"
    }

    /// Inline nodes found between blocks become a paragraph of their own (white space alone is dropped).
    mutating func looseParagraph(_ run: [Node], in context: Context) {
        guard Self.hasContent(run) else { return }
        paragraph(Self.inline(run), classes: Element(name: "p"), in: context)
    }

    mutating func block(_ element: Element, in context: Context, keepLastWithNext: Bool = false) {
        switch element.name {
        case "p":
            paragraph(Self.inline(element.children), classes: element, in: context)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = min(Int(element.name.dropFirst()) ?? 3, 3)
            emit("#heading(level: \(level))[\(Self.inline(element.children))]")
        case "ul", "ol":
            list(element, depth: 1, keepLastWithNext: keepLastWithNext)
        case "table":
            if element.hasClass("doc-header") { header(cells(of: element)) }
            else if element.hasClass("signatures") { signatures(cells(of: element)) }
            else { gridTable(element) }
        case "blockquote":
            blocks(element.children, in: .quote)
        case "div":
            division(element, in: context)
        case "hr":
            break   // outside the vocabulary; a Party paper draws no free-standing rules
        default:
            if element.children.contains(where: { !Self.isInline($0) }) { blocks(element.children, in: context) }
            else if Self.hasContent(element.children) { paragraph(Self.inline(element.children), classes: Element(name: "p"), in: context) }
        }
    }

    mutating func division(_ element: Element, in context: Context) {
        if element.hasClass("page-break") {
            if context == .body, !isFirstBlock { emit("#pagebreak(weak: true)") }
            return
        }
        if element.hasClass("sheet"), context == .body, !isFirstBlock { emit("#dhSheet()") }
        if element.hasClass("half-sheet") {
            halfSheet(element)
            return
        }
        if element.hasClass("signatures") {
            signatures(element.children.compactMap { if case .element(let child) = $0, child.hasClass("signature") { child } else { nil } })
            return
        }
        if element.hasClass("recipients") {
            let inner = nested { $0.blocks(element.children, in: .recipients) }
            // Left-aligned even in a signature block's column (where the signers are centred).
            emit("#dhTight(12pt)[#set align(left)\n\(inner)]")
            return
        }
        blocks(element.children, in: context)
    }

    /// Two short ballots to a sheet (`div.half-sheet`, Derive's BallotLayout), as the ODT writer sets them: the
    /// upper copy (`cut-below`) in a block at least ``FormatProfile/upperHalfSheetMM`` tall, so its dashed lower
    /// edge, the cut line, lies at the middle of the page; each copy kept ``FormatProfile/cutLineClearanceMM``
    /// clear of the line and never split. A copy too tall for its half grows its block rather than hide a line
    /// (`dhUpperHalf`), so the lower copy moves on and the page assertions find it.
    mutating func halfSheet(_ element: Element) {
        let t = TypstText.self
        let inner = nested { $0.inHalfSheet = true; $0.blocks(element.children, in: .body) }
        let clearance = t.length(FormatProfile.cutLineClearanceMM, "mm")
        if element.hasClass("cut-below") {
            emit("#dhUpperHalf(\(t.length(profile.upperHalfSheetMM, "mm")), \(clearance))[\n\(inner)]")
        } else {
            emit("#block(breakable: false, width: 100%, above: 0pt, below: 0pt, inset: (top: \(clearance)))[\n\(inner)]")
        }
    }

    /// One paragraph of `markup` (its inline content), set after its class and where it sits.
    mutating func paragraph(_ markup: String, classes element: Element, in context: Context) {
        let has = { (name: String) in element.hasClass(name) }
        let t = TypstText.self
        switch context {
        case .headerCell:
            if has("party-name") {
                emit("#par[#text(size: \(t.length(profile.partyNameSizePt, "pt")), weight: \"bold\")[\(markup)]]")
                emit("#dhPartyRule")
            } else if has("issuer-name") {
                emit("#par[#strong[\(markup)]]")
            } else if has("place-date") {
                emit("#v(6pt)")
                emit("#par[#emph[\(markup)]]")
            } else {
                emit("#par[\(markup)]")
            }
        case .signatureCell:
            if has("sign-space"), inHalfSheet {
                emit("#v(\(t.length(2 * profile.lineHeightPt, "pt")))")
            } else if has("sign-space") {
                emit("#v(\(t.length(TypstPreamble.lineBoxEm, "em")) + \(t.length(TypstPreamble.signatureSpaceMM, "mm")))")
            } else if has("sign-authority") || has("sign-title") || has("sign-name") {
                emit(markup.isEmpty ? "#v(\(t.length(TypstPreamble.lineBoxEm, "em")))" : "#par[#strong[\(markup)]]")
            } else {
                emit("#par[\(markup)]")
            }
        case .recipients:
            // "Nơi nhận:" — the first paragraph of the block, underlined (36-HD/VPTW, box 9a).
            emit(recipientsLabelled ? "#par[\(markup)]" : "#par[#underline[\(markup)]]")
            recipientsLabelled = true
        case .gridCell:
            emit(markup)
        case .quote:
            emit("#dhQuote[\(markup)]")
        case .listItem(let indent):
            emit("#pad(left: \(t.length(indent, "mm")), par(first-line-indent: 0pt)[\(markup)])")
        case .body:
            guard !markup.isEmpty else { emit("#v(\(t.length(profile.lineHeightPt, "pt")))"); return }
            if has("doc-subject") {
                emit("#block(above: 0pt, below: \(t.length(12 + preamble.bodyLeadingPt, "pt")))[#dhCenter[#text(size: \(t.length(profile.subjectSizePt, "pt")), weight: \"bold\")[\(markup)]]]")
            } else if has("center") {
                emit("#dhCenter[\(markup)]")
            } else if has("no-indent") {
                emit("#dhNoIndent[\(markup)]")
            } else {
                emit("#par[\(markup)]")
            }
        }
    }

    /// A list: each item's label at the first-line indent (7 mm further per level), its text 7 mm after the
    /// label and every further line under the text, spaced as paragraphs are (the ODT writer's list styles).
    /// `keepLastWithNext`: the last item keeps with the block after the list (a signature block).
    mutating func list(_ element: Element, depth: Int, keepLastWithNext: Bool = false) {
        let ordered = element.name == "ol"
        let at = profile.firstLineIndentMM + Double(depth - 1) * 7
        var number = Int(element.attribute("start") ?? "") ?? 1
        let items = element.children.compactMap { if case .element(let item) = $0 { item } else { nil } }
        for (position, item) in items.enumerated() {
            let label = ListLabels.label(number, depth: depth, ordered: ordered)
            number += 1
            let inner = nested { body in
                let children = item.name == "li" ? item.children : [.element(item)]
                var labelled = false
                var run: [Node] = []
                func flush(_ body: inout TypstBody) {
                    guard Self.hasContent(run) else { run = []; return }
                    body.item(at: at, label: labelled ? nil : label, Self.inline(run))
                    labelled = true
                    run = []
                }
                for node in children {
                    guard case .element(let child) = node, !Self.isInline(node) else { run.append(node); continue }
                    flush(&body)
                    if child.name == "ol" || child.name == "ul" {
                        if !labelled { body.item(at: at, label: label, ""); labelled = true }
                        body.list(child, depth: depth + 1)
                    } else if child.name == "p", !labelled {
                        body.item(at: at, label: label, Self.inline(child.children))
                        labelled = true
                    } else {
                        body.block(child, in: .listItem(indentMM: at + 7))
                    }
                }
                flush(&body)
                if !labelled { body.item(at: at, label: label, "") }
            }
            emit(keepLastWithNext && position == items.count - 1 ? "#block(sticky: true, width: 100%)[\n\(inner)]" : inner)
        }
    }

    /// One paragraph of a list item, with its label (`nil`: a further paragraph of the item, under its text).
    mutating func item(at: Double, label: String?, _ markup: String) {
        let t = TypstText.self
        if let label {
            emit("#dhItem(\(t.length(at, "mm")), \(t.quoted(label)), [\(markup)])")
        } else {
            emit("#pad(left: \(t.length(at + 7, "mm")), par(first-line-indent: 0pt)[\(markup)])")
        }
    }

    /// Appends one block (a line of markup) and marks the top level as started.
    mutating func emit(_ markup: String) {
        out += markup
        out += "\n\n"
        isFirstBlock = false
    }

    /// What `build` writes, on a body of its own (the caller wraps it).
    mutating func nested(_ build: (inout TypstBody) -> Void) -> String {
        var inner = TypstBody(profile: profile)
        inner.isFirstBlock = false
        inner.inHalfSheet = inHalfSheet
        build(&inner)
        isFirstBlock = false
        return inner.out
    }
}

// MARK: - Inline content
extension TypstBody {
    /// A centred line set wholly in bold (`p.center` holding only `strong`: the report's "PHẦN THỨ HAI" and its
    /// title) is a heading to the reader, so it keeps with what follows as a heading does. Typst honours a chain
    /// of such keeps; the ODT writer leaves these lines to LibreOffice as they are.
    static func isTitleLine(_ element: Element) -> Bool {
        guard element.name == "p", element.hasClass("center") else { return false }
        var bold = false
        for node in element.children {
            switch node {
            case .text(let text): if text.contains(where: { !$0.isWhitespace }) { return false }
            case .element(let child):
                guard child.name == "strong" || child.name == "b" else { return false }
                bold = true
            }
        }
        return bold
    }

    /// Names of elements that never occur inside a paragraph (as the ODT writer reads the tree).
    static func isInline(_ node: Node) -> Bool {
        guard case .element(let element) = node else { return true }
        return Vocabulary.isInline(element.name)
    }

    /// Whether `nodes` hold any visible text or a line break.
    static func hasContent(_ nodes: [Node]) -> Bool {
        nodes.contains { node in
            switch node {
            case .text(let text): return text.unicodeScalars.contains { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }
            case .element(let element): return element.name == "br" || hasContent(element.children)
            }
        }
    }

    /// The inline markup of `nodes`: each text a string literal, emphasis as Typst's functions.
    static func inline(_ nodes: [Node]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text):
                if !text.isEmpty { out += TypstText.literal(text) }
            case .element(let element):
                let inner = { inline(element.children) }
                switch element.name {
                case "strong", "b": out += "#strong[" + inner() + "]"
                case "em", "i", "cite": out += "#emph[" + inner() + "]"
                case "u": out += "#underline[" + inner() + "]"
                case "sub": out += "#sub[" + inner() + "]"
                case "sup": out += "#super[" + inner() + "]"
                case "br": out += "#linebreak()"
                default: out += inner()
                }
            }
        }
        return out
    }
}
