/// How a block holds to the page (ngắt trang): the one place that decides which blocks keep with the
/// next one and which never split, from the element's kind, class and text. Both writers ask it while
/// they write a block (ODT: `fo:keep-with-next`, `fo:keep-together`; HTML: the classes
/// `keep-with-next`, `keep-together` of the print stylesheet), so the rule costs no pass of its own.
///
/// The rules are those of a typographer (issue 15; Hướng dẫn 36-HD/VPTW sets the format, not the
/// breaks): a heading never ends a page; a lead-in (a paragraph ending with ':' or marked `lead-in`)
/// stays with the first item it introduces; the signature block never splits and never stands alone,
/// so the block before it keeps with it. Widows and orphans of two lines are a property of body text,
/// set by each writer's paragraph styles.
public enum Pagination {
    public struct Keep: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The block stays on the page of the block after it.
        public static let withNext = Keep(rawValue: 1)
        /// The block is never split across pages.
        public static let together = Keep(rawValue: 2)
    }

    /// The class a template puts on a paragraph that introduces what follows (a lead-in without a colon).
    public static let leadInClass = "lead-in"

    /// How `element` holds to the page, `next` being the block that follows it among its siblings.
    public static func keep(_ element: Element, before next: Element?) -> Keep {
        var keep: Keep = []
        if isSignatureBlock(element) { keep.insert(.together) }
        if let next, isSignatureBlock(next) { keep.insert(.withNext) }
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            keep.insert(.withNext)
        case "p":
            if element.hasClass("doc-subject") || element.hasClass(leadInClass) || endsWithColon(element.children) {
                keep.insert(.withNext)
            }
        default:
            break
        }
        return keep
    }

    /// Whether the heading `element` and the paragraph `next` are set as one block that never splits, `afterNext`
    /// being the block after the paragraph: when the paragraph is a lead-in ("Người thực hiện: …", "Các đồng chí
    /// trúng cử:"), a chain of two keeps, or when it is short (``shortParagraphCharacters``), so that with widows
    /// and orphans of two lines it can only move to the next page whole. In both cases LibreOffice 7.4 leaves the
    /// heading at the foot of the page (a keep-with-next paragraph stays when the paragraph after it moves whole),
    /// so its writer sets the two as one unbreakable block; the block keeps with the next when the paragraph does.
    public static func groupsWithHeading(_ element: Element, _ next: Element, before afterNext: Element?) -> Bool {
        guard isSectionHeading(element), next.name == "p" else { return false }
        return keep(next, before: afterNext).contains(.withNext) || isShort(next)
    }

    /// A heading below the title (`h2`–`h6`).
    public static func isSectionHeading(_ element: Element) -> Bool {
        switch element.name {
        case "h2", "h3", "h4", "h5", "h6": true
        default: false
        }
    }

    /// At most three lines of body text (14 pt on 165 mm holds some 80 characters a line): a paragraph that
    /// widows and orphans of two lines forbid to split.
    public static let shortParagraphCharacters = 240

    /// Whether `paragraph` holds at most ``shortParagraphCharacters`` characters.
    static func isShort(_ paragraph: Element) -> Bool {
        characters(of: paragraph.children, upTo: shortParagraphCharacters + 1) <= shortParagraphCharacters
    }

    /// A paragraph of at most this many characters takes one line of body text and never splits.
    public static let oneLineCharacters = 60

    /// The characters of the text in `nodes`, counted until there are `limit`.
    static func characters(of nodes: [Node], upTo limit: Int) -> Int {
        var count = 0
        for node in nodes {
            switch node {
            case .text(let text): count += text.count
            case .element(let element): count += characters(of: element.children, upTo: limit - count)
            }
            if count >= limit { return count }
        }
        return count
    }

    /// `element` with the class `lead-in` added when it is a paragraph ending with ':' that lacks it:
    /// what the tree carries for a writer that cannot read the text (the print stylesheet's
    /// `p.lead-in { break-after: avoid }`). Called by the parser as it closes each block.
    public static func markingLeadIn(_ element: Element) -> Element {
        guard element.name == "p", endsWithColon(element.children), !element.hasClass(leadInClass) else { return element }
        return adding(leadInClass, to: element)
    }

    /// The class of a paragraph the print stylesheet never splits (`break-inside: avoid`).
    public static let keepTogetherClass = "keep-together"

    /// `element` with the class `keep-together` added when it is a paragraph of two or three lines (more than
    /// ``oneLineCharacters``, at most ``shortParagraphCharacters``): what the HTML writer writes, as Chromium 156
    /// does not honour CSS `widows` (it left the last line of a three-line paragraph alone at the head of a page),
    /// and a paragraph that short may not split anyway with widows and orphans of two lines. A one-line or a
    /// longer paragraph stays without it.
    public static func markingKeepTogether(_ element: Element) -> Element {
        guard element.name == "p", !element.hasClass(keepTogetherClass) else { return element }
        let count = characters(of: element.children, upTo: shortParagraphCharacters + 1)
        guard count > oneLineCharacters, count <= shortParagraphCharacters else { return element }
        return adding(keepTogetherClass, to: element)
    }

    /// `element` with `name` added to its classes.
    static func adding(_ name: String, to element: Element) -> Element {
        var marked = element
        if let index = marked.attributes.firstIndex(where: { $0.name == "class" }) {
            marked.attributes[index].value += " " + name
        } else {
            marked.attributes.append(Attribute(name: "class", value: name))
        }
        return marked
    }

    /// `table.signatures` or `div.signatures`: the signers' block.
    public static func isSignatureBlock(_ element: Element) -> Bool {
        (element.name == "table" || element.name == "div") && element.hasClass("signatures")
    }

    /// Whether the last visible character of `nodes` is ':'.
    static func endsWithColon(_ nodes: [Node]) -> Bool {
        for node in nodes.reversed() {
            switch node {
            case .text(let text):
                guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { continue }
                return last == ":"
            case .element(let element):
                if element.name == "br" { continue }
                if element.children.isEmpty { continue }
                return endsWithColon(element.children)
            }
        }
        return false
    }
}
