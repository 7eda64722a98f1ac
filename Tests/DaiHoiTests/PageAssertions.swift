import DocumentTree
import Foundation

/// What a paper's document tree says its printed pages must respect, read once from the tree every
/// writer gets: its headings, its running paragraphs, its signature words, every word of its text.
struct PaperText {
    /// `h2`…`h6` (part, section and item headings), white space collapsed.
    var headings: [String] = []
    /// Paragraphs and list items of running text (not inside a table), white space collapsed.
    var paragraphs: [String] = []
    /// Every word of the signature blocks.
    var signatureWords: Set<String> = []
    /// List items (`li`), white space collapsed.
    var listItems: [String] = []
    /// The signers' names (`p.sign-name`) of each signature block, in order.
    var signerNames: [[String]] = []
    /// Every word of the text, lower-cased and cut at "/" and dashes (where a line may break).
    var words: Set<String> = []
    /// The rows of the paper's data tables (`tbody` rows that start with a running number).
    var tableRows = 0
    /// The Party headers of the paper (one per sheet that has its own), each line as the tree decides it,
    /// white space (and the no-break spaces inside a line) collapsed.
    var headers: [HeaderLines] = []

    struct HeaderLines: Equatable {
        /// The left column, one entry per line (`p.superior`, `p.issuer-name`).
        var issuer: [String] = []
        /// The right column: "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date.
        var national: [String] = []
    }

    init(_ document: Document) {
        visit(document.body, inTable: false, inSignature: false)
    }

    private mutating func visit(_ nodes: [Node], inTable: Bool, inSignature: Bool) {
        for node in nodes {
            guard case .element(let element) = node else {
                if case .text(let text) = node {
                    words.formUnion(Self.pieces(text))
                    if inSignature { signatureWords.formUnion(Self.split(text)) }
                }
                continue
            }
            let text = Self.collapsed(Node.element(element).textContent)
            // A block's words as read across its inline elements ("<strong>toàn</strong>." is "toàn.").
            if !element.isInline { words.formUnion(Self.pieces(text)) }
            if ["h2", "h3", "h4", "h5", "h6"].contains(element.name) { headings.append(text) }
            if !inTable, element.name == "p" || element.name == "li",
               !element.children.contains(where: { if case .element(let e) = $0 { !e.isInline } else { false } }) {
                paragraphs.append(text)
            }
            if element.name == "li" { listItems.append(text) }
            if element.hasClass("doc-header") { headers.append(HeaderLines()) }
            if element.name == "tr", case .element(let first)? = element.children.first(where: { if case .element = $0 { true } else { false } }),
               first.name == "td", Int(Self.collapsed(Node.element(first).textContent)) != nil {
                tableRows += 1
            }
            if element.hasClass("superior") || element.hasClass("issuer-name"), !headers.isEmpty { headers[headers.count - 1].issuer.append(text) }
            if element.hasClass("party-name") || element.hasClass("place-date"), !headers.isEmpty {
                headers[headers.count - 1].national.append(text)
            }
            if Pagination.isSignatureBlock(element) { signerNames.append([]) }
            if inSignature, element.hasClass("sign-name"), !text.isEmpty, !signerNames.isEmpty {
                signerNames[signerNames.count - 1].append(text)
            }
            let signature = inSignature || element.hasClass("signatures")
            visit(element.children, inTable: inTable || element.name == "table", inSignature: signature)
        }
    }

    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    static func collapsed(_ text: String) -> String { split(text).joined(separator: " ") }

    /// The words of `text`, lower-cased, cut where a line may legally break inside a token.
    static func pieces(_ text: String) -> [String] {
        split(text).flatMap { $0.lowercased().split(whereSeparator: { "/-–".contains($0) }).map(String.init) }
    }
}

/// The pagination rules a typographer checks on every printed Party paper (issue 15), as small
/// assertions over ``PrintedPages``: each returns what it found wrong, one sentence per fault.
enum PageAssertions {
    /// No page (after a paper's first) whose only text is a signature block.
    static func signatureNeverAlone(_ printed: PrintedPages, _ paper: PaperText) -> [String] {
        printed.pages.enumerated().compactMap { index, page in
            let words = page.bodyLines.flatMap(\.words).map(\.text)
            guard !page.startsPaper, !words.isEmpty, words.allSatisfy(paper.signatureWords.contains) else { return nil }
            return "page \(index + 1) holds only the signature block"
        }
    }

    /// No heading (part, section, item heading) as the last thing on a page, and no lead-in (a
    /// paragraph ending with ':') separated from what it introduces.
    static func headingsKeepWithNext(_ printed: PrintedPages, _ paper: PaperText) -> [String] {
        var faults: [String] = []
        for (index, page) in printed.pages.enumerated().dropLast() {
            guard !printed.pages[index + 1].startsPaper, let last = page.bodyLines.last?.text else { continue }
            if paper.headings.contains(where: { $0 == last || $0.hasSuffix(" " + last) }) {
                faults.append("page \(index + 1) ends with a heading: \(last)")
            } else if last.hasSuffix(":"), paper.paragraphs.contains(where: { $0 == last || $0.hasSuffix(" " + last) }) {
                faults.append("page \(index + 1) ends with a lead-in: \(last)")
            }
        }
        return faults
    }

    /// No paragraph leaves a single line at the foot of a page (orphan) or at the head of the next (widow).
    static func noWidowsOrOrphans(_ printed: PrintedPages, _ paper: PaperText) -> [String] {
        var faults: [String] = []
        for (index, page) in printed.pages.enumerated().dropLast() {
            let next = printed.pages[index + 1]
            guard !next.startsPaper, let last = page.bodyLines.last?.text, let first = next.bodyLines.first?.text else { continue }
            let joined = last + " " + first
            for paragraph in paper.paragraphs where paragraph.contains(joined) {
                if paragraph.hasSuffix(first) { faults.append("page \(index + 2) starts with the last line of a paragraph: \(first)") }
                if paragraph.hasPrefix(last) { faults.append("page \(index + 1) ends with the first line of a paragraph: \(last)") }
            }
        }
        return faults
    }

    /// No word cut inside a syllable: every word printed is a word of the text (a line may break
    /// only at a space, after "/" or at a dash). Page numbers aside.
    static func noSyllableSplit(_ printed: PrintedPages, _ paper: PaperText) -> [String] {
        var faults: [String] = []
        for (index, page) in printed.pages.enumerated() {
            for line in page.bodyLines {
                for word in line.words {
                    for piece in PaperText.pieces(word.text) where !paper.words.contains(piece) && !isLabel(piece) {
                        faults.append("page \(index + 1): \"\(word.text)\" is no word of the text (line \"\(line.text)\")")
                    }
                }
            }
        }
        return faults
    }

    /// A page number or a list label the writer adds ("12", "3.", "a.").
    static func isLabel(_ piece: String) -> Bool {
        piece.wholeMatch(of: /[0-9]+[.)]?|[a-z][.)]/) != nil
    }

    /// The names of the signers of one block stand on one baseline (within 1 mm) wherever the block is printed.
    static func signersOnOneBaseline(_ printed: PrintedPages, _ paper: PaperText) -> [String] {
        var faults: [String] = []
        for (index, page) in printed.pages.enumerated() {
            let words = page.words
            for names in paper.signerNames where names.count > 1 {
                let tops = names.compactMap { name -> Double? in
                    let parts = PaperText.split(name)
                    guard !parts.isEmpty, words.count >= parts.count else { return nil }
                    for start in 0...(words.count - parts.count) where (0..<parts.count).allSatisfy({ words[start + $0].text == parts[$0] }) {
                        return words[start].box.yMax
                    }
                    return nil
                }
                guard tops.count == names.count, let low = tops.min(), let high = tops.max() else { continue }
                if high - low > 1 { faults.append("page \(index + 1): the signers \(names) stand \(String(format: "%.1f", high - low)) mm apart") }
            }
        }
        return faults
    }

    /// The distance in millimetres from one list item's line to the next item's line, for every two
    /// items in a row where the first holds one line (a numbered item: its label, then its text).
    static func listItemPitches(_ printed: PrintedPages, _ paper: PaperText) -> [Double] {
        var pitches: [Double] = []
        for page in printed.pages {
            let lines = page.bodyLines
            let starts = lines.map { line -> Bool in
                guard let label = line.words.first?.text, label.wholeMatch(of: /[0-9]+\./) != nil, line.words.count > 1 else { return false }
                let rest = line.words.dropFirst().map(\.text).joined(separator: " ")
                return paper.listItems.contains(rest)
            }
            for index in lines.indices.dropLast() where starts[index] && starts[index + 1] {
                pitches.append(lines[index + 1].box.yMin - lines[index].box.yMin)
            }
        }
        return pitches
    }

    /// Each sheet (a ballot) on one page: every page starts a paper.
    static func oneSheetPerPage(_ printed: PrintedPages) -> [String] {
        printed.pages.enumerated().compactMap { index, page in
            page.startsPaper ? nil : "page \(index + 1) continues the sheet before it"
        }
    }

    /// A run of one-page sheets (the summonses): as many pages as sheets, and no page carrying a number — each sheet's
    /// numbering restarts and its only page is its first, which is unnumbered (`ODFPageStart.sheet`, `@page sheet`).
    static func unnumberedSheets(_ printed: PrintedPages, sheets: Int) -> [String] {
        var faults: [String] = []
        if printed.pages.count != sheets { faults.append("\(sheets) sheets printed on \(printed.pages.count) pages") }
        for (index, page) in printed.pages.enumerated() {
            // A page number stands in the top margin, above the body (`PrintedPages.Page.bodyLines`).
            for line in page.lines where line.box.yMin < 15 && line.words.count == 1 && Int(line.words[0].text) != nil {
                faults.append("page \(index + 1) carries the number \(line.words[0].text)")
            }
        }
        return faults
    }

    /// Every ballot printed on an A4 sheet; a short ballot two to a sheet: two copies, the same words, one each side
    /// of the cut line at the middle of the page (no line across it); never more than two ballots on a page.
    /// Returns the faults and how many pages hold two copies.
    static func ballotSheets(_ printed: PrintedPages) -> (faults: [String], twoUp: Int) {
        var faults: [String] = []
        var twoUp = 0
        for (index, page) in printed.pages.enumerated() {
            if abs(page.width - 210) > 1 || abs(page.height - 297) > 1 {
                faults.append("page \(index + 1) is \(String(format: "%.1f × %.1f", page.width, page.height)) mm, not A4")
            }
            let titles = page.lines.filter { $0.text == "PHIẾU BẦU CỬ" }.sorted { $0.box.yMin < $1.box.yMin }
            let middle = page.height / 2
            guard titles.count == 2 else {
                if titles.count != 1 { faults.append("page \(index + 1) holds \(titles.count) ballots") }
                continue
            }
            twoUp += 1
            if !(titles[0].box.yMax < middle && titles[1].box.yMin > middle) {
                faults.append("page \(index + 1): the two ballots are not one each side of the cut line at \(middle) mm")
            }
            if let crossing = page.words.first(where: { $0.box.yMin < middle && $0.box.yMax > middle }) {
                faults.append("page \(index + 1): \"\(crossing.text)\" lies across the cut line")
            }
            let upper = page.bodyLines.filter { $0.box.yMax < middle }.flatMap(\.words).map(\.text).sorted()
            let lower = page.bodyLines.filter { $0.box.yMin > middle }.flatMap(\.words).map(\.text).sorted()
            if upper != lower { faults.append("page \(index + 1): the copies above and below the cut line differ") }
        }
        return (faults, twoUp)
    }

    /// Where the two columns of a Party header stand, in millimetres from the left edge of the paper.
    struct HeaderAxes {
        /// The x-centre of each line of the left column (superior, issuer), top to bottom.
        var issuer: [Double]
        /// The x-centre of each line of the right column ("ĐẢNG CỘNG SẢN VIỆT NAM", place and date).
        var national: [Double]
        /// Where the left column's widest line ends and where the right column's widest line starts.
        var issuerRight: Double
        var nationalLeft: Double
    }

    /// Where `expected` (a line the tree decided) is printed whole on one line of `page`, in its top 100 mm:
    /// the box of its words (poppler may join it with the other column's line at the same height).
    static func printedLine(_ expected: String, on page: PrintedPages.Page) -> PrintedPages.Box? {
        // The word joiner of a year range ("2020 -⁠ 2025", YearRange) prints nothing.
        let parts = PaperText.split(expected.replacingOccurrences(of: "\u{2060}", with: ""))
        guard !parts.isEmpty else { return nil }
        // A line that is exactly the expected one first ("ĐẠI BIỂU" alone, not the end of "ĐẠI HỘI ĐẠI BIỂU").
        if let whole = page.lines.first(where: { $0.box.yMin < 100 && $0.words.map(\.text) == parts }) { return whole.box }
        for line in page.lines where line.box.yMin < 100 && line.words.count >= parts.count {
            let words = line.words.map { $0.text.replacingOccurrences(of: "\u{2060}", with: "") }
            for start in 0...(words.count - parts.count) where Array(words[start..<start + parts.count]) == parts {
                let boxes = line.words[start..<start + parts.count].map(\.box)
                return PrintedPages.Box(xMin: boxes.map(\.xMin).min() ?? 0, yMin: boxes.map(\.yMin).min() ?? 0,
                                        xMax: boxes.map(\.xMax).max() ?? 0, yMax: boxes.map(\.yMax).max() ?? 0)
            }
        }
        return nil
    }

    /// The header of every page that starts a paper: each line the tree decides printed whole, as one line
    /// (never "… CHI BỘ KHU / PHỐ 3"), each column's lines centred on one axis (within 1 mm), and the
    /// columns apart. Returns the faults and the axes measured on the first page.
    static func headerColumns(_ printed: PrintedPages, _ paper: PaperText) -> (faults: [String], axes: HeaderAxes?) {
        var faults: [String] = []
        var first: HeaderAxes?
        guard !paper.headers.isEmpty else { return ([], nil) }
        for (index, page) in printed.pages.enumerated() where page.startsPaper {
            // The sheet's own header: the one of the paper's headers with the most lines found on the page.
            let header = paper.headers.max { a, b in
                a.issuer.filter { printedLine($0, on: page) != nil }.count < b.issuer.filter { printedLine($0, on: page) != nil }.count
            } ?? paper.headers[0]
            let issuer = header.issuer.map { printedLine($0, on: page) }
            let national = header.national.map { printedLine($0, on: page) }
            for (line, found) in zip(header.issuer + header.national, issuer + national) where found == nil {
                faults.append("page \(index + 1): the header line \"\(line)\" is not printed as one line")
            }
            let left = issuer.compactMap { $0 }, right = national.compactMap { $0 }
            guard !left.isEmpty, !right.isEmpty else { continue }
            let axes = HeaderAxes(issuer: left.map { ($0.xMin + $0.xMax) / 2 }, national: right.map { ($0.xMin + $0.xMax) / 2 },
                                  issuerRight: left.map(\.xMax).max() ?? 0, nationalLeft: right.map(\.xMin).min() ?? 0)
            for (name, centres) in [("left", axes.issuer), ("right", axes.national)] {
                if let low = centres.min(), let high = centres.max(), high - low > 1 {
                    faults.append("page \(index + 1): the \(name) header column's lines are centred \(String(format: "%.1f", high - low)) mm apart (\(centres.map { String(format: "%.1f", $0) }))")
                }
            }
            if axes.nationalLeft - axes.issuerRight < 3 {
                faults.append("page \(index + 1): the header columns stand \(String(format: "%.1f", axes.nationalLeft - axes.issuerRight)) mm apart")
            }
            if first == nil { first = axes }
        }
        return (faults, first)
    }

    /// The delegate list within its page budget (issue 15): at least 20 rows a page on average (300 delegates
    /// on at most 15 pages), and no last page holding only one or two rows.
    static func delegateListBudget(_ printed: PrintedPages, rows: Int) -> [String] {
        var faults: [String] = []
        let budget = Int((Double(rows) / 20).rounded(.up))
        if rows > 20, printed.pages.count > budget {
            faults.append("\(rows) rows take \(printed.pages.count) pages, over the page budget of \(budget)")
        }
        if printed.pages.count > 1, let last = printed.pages.last {
            let numbers = last.bodyLines.compactMap { line in line.words.first.flatMap { Int($0.text) } }.filter { $0 > 0 && $0 <= rows }
            if numbers.count < 3 { faults.append("the last page holds \(numbers.count) rows") }
        }
        return faults
    }

    /// A delegate's ghi chú is printed on the page of the delegate's row (`delegates[].note`; reviews: LibreOffice
    /// set a note row of its own at the top of the next page): on every page each "Ghi chú:" stands below the first
    /// row number of that page — a note carried over would stand above them all — and every note is printed.
    static func delegateNotesWithTheirRows(_ printed: PrintedPages, notes: Int) -> [String] {
        var faults: [String] = []
        var printedNotes = 0
        for (index, page) in printed.pages.enumerated() {
            let lines = page.bodyLines
            let firstRow = lines.filter { line in line.words.first.flatMap { Int($0.text) } != nil }.map(\.box.yMin).min()
            for line in lines where line.text.replacingOccurrences(of: "\u{00A0}", with: " ").contains("Ghi chú:") {
                printedNotes += 1
                if let firstRow, line.box.yMin >= firstRow - 0.5 { continue }
                faults.append("page \(index + 1): a note printed above every row of the page, away from its delegate: \(line.text)")
            }
        }
        if printedNotes != notes { faults.append("\(printedNotes) notes printed, \(notes) in the list") }
        return faults
    }

    /// Every assertion that applies to `kind`'s paper.
    static func all(_ printed: PrintedPages, _ paper: PaperText, ballots: Bool) -> [String] {
        signatureNeverAlone(printed, paper) + headingsKeepWithNext(printed, paper) + noWidowsOrOrphans(printed, paper)
            + noSyllableSplit(printed, paper) + signersOnOneBaseline(printed, paper) + (ballots ? oneSheetPerPage(printed) : [])
            + headerColumns(printed, paper).faults
    }
}
