/// How a top-level block starts its page in ODF: where the first page, a page break and each sheet
/// (a ballot, a vote-count minutes, one member's assignment) begin.
///
/// A sheet is a paper of its own, printed and handed out alone: it starts on a new page whose number
/// restarts at 1, on the page style without a number (the first-page master) when the profile numbers
/// pages from 2, so a ballot's first page carries no number; a sheet that runs on numbers its further
/// pages 2, 3… as any paper does. A profile that numbers every page numbers each sheet's first page 1.
enum ODFPageStart: Hashable {
    /// The block continues the flow.
    case none
    /// The block starts a new page (after a `page-break`).
    case pageBreak
    /// The first block of the document: the first-page master page.
    case firstPage
    /// The first block of a sheet that does not open the document: a new page numbered 1.
    case sheet

    /// The page start of the next top-level block.
    /// - Parameters:
    ///   - isFirstBlock: nothing has been written yet.
    ///   - pendingBreak: a `page-break` came before the block.
    ///   - pendingSheet: the block is the first of a sheet.
    ///   - numbersFromPage: the profile's first numbered page (1: every page is numbered).
    static func of(isFirstBlock: Bool, pendingBreak: Bool, pendingSheet: Bool, numbersFromPage: Int) -> ODFPageStart {
        if isFirstBlock { return numbersFromPage > 1 ? .firstPage : .none }
        if pendingSheet { return .sheet }
        return pendingBreak ? .pageBreak : .none
    }

    /// The master page the block asks for, if any: a first page or a sheet's first page is unnumbered
    /// unless the profile numbers every page.
    func masterPage(numbersFromPage: Int) -> String? {
        switch self {
        case .none, .pageBreak: return nil
        case .firstPage: return ODFStyleName.firstPageMaster
        case .sheet: return numbersFromPage > 1 ? ODFStyleName.firstPageMaster : ODFStyleName.defaultMaster
        }
    }

    /// The `style:page-number` or `fo:break-before` attribute of the paragraph or table properties.
    var propertiesAttribute: String {
        switch self {
        case .none: return ""
        case .pageBreak: return " fo:break-before=\"page\""
        case .firstPage: return " style:page-number=\"auto\""
        case .sheet: return " style:page-number=\"1\""
        }
    }
}
