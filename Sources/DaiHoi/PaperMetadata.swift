import CongressModel
import DocumentTree

/// The file properties of a congress paper (the PDF's Info and XMP): its title is the paper's own (`<title>`),
/// its author the issuing body as its header names it (``Document/headerIssuer``: the congress, and the body of
/// the congress that issues it), its date the day of the congress's official session (phiên chính thức) — the
/// day the congress is held, and the date its papers carry (36-HD/VPTW: a paper is dated the day it is issued).
/// Never the clock: the same congress gives the same bytes.
enum PaperMetadata {
    static func of(_ document: Document, congress: Congress) -> DocumentMetadata {
        let day = congress.officialSession.date
        return DocumentMetadata(date: DocumentDate(year: day.year, month: day.month, day: day.day),
                                author: document.headerIssuer)
    }
}
