import CongressModel
import Tally
import Vietnamese

/// Cấp ủy khóa mới — the committee the congress elected, which reports the results of the congress upward and asks
/// the superior committee to approve its elections (issue 14 §11).
///
/// Its header names it as `CommitteeName` does ("HUYỆN ỦY HƯNG HÀ", "ĐẢNG ỦY XÃ TÂN LẬP"; a chi bộ's papers are the
/// chi bộ's, "CHI BỘ KHU PHỐ 3", as `ConveningCommittee`), under the superior; it writes to the superior's
/// standing committee, which approves between congresses (`CommitteeName.actingBody`: "Ban Thường vụ Tỉnh ủy Thái
/// Bình"); it signs T/M BAN CHẤP HÀNH (T/M CHI ỦY), by the Bí thư it or the congress elected.
struct ResultsIssuer {
    /// "Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XVI"; "Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2025 - 2027".
    let committee: String
    /// "Ban Thường vụ Tỉnh ủy Thái Bình".
    let recipient: String
    let issuerPhrases: [[String]]
    /// The new Bí thư: the first elected of the secretary's election, when the data holds it.
    let secretary: String?
    let authority: String

    init(_ congress: Congress) {
        let chiBo = congress.organisation.level.isChiBo
        committee = FirstMeetingNaming(congress).committee
        recipient = CommitteeName(of: congress.organisation.superior).actingBody
        issuerPhrases = chiBo ? [[VietnameseText.uppercased(congress.organisation.name)]]
                              : [[VietnameseText.uppercased(CommitteeName(congress).committee)]]
        authority = chiBo ? "T/M CHI ỦY" : "T/M BAN CHẤP HÀNH"
        secretary = congress.elections.first { $0.body == .biThu }
            .flatMap { ElectionOutcome($0, congress: congress).elected.first }
            .flatMap { congress.person($0.person)?.name }
    }

    var signature: SignatureViewModel {
        SignatureViewModel(authority: authority, title: "BÍ THƯ", name: secretary ?? "")
    }

    /// Dated the day of the first meeting (the congress's last day where the congress elects everything).
    func header(_ congress: Congress, number: String?) -> HeaderViewModel {
        HeaderViewModel(superior: VietnameseText.uppercased(congress.organisation.superior),
                        issuerLines: HeaderLineBreaking.lines(issuerPhrases),
                        placeAndDate: VietnameseDate.placeAndDate(place: congress.organisation.place, congress.firstMeetingDate),
                        number: number)
    }

    /// The elections the superior approves: every one but the delegation to the upper congress (whose delegates
    /// are checked by that congress's credentials board, not approved).
    static func approved(_ list: ElectionList) -> [ElectionList.Entry] {
        list.entries.filter { !$0.election.body.isDelegation }
    }
}

/// Số văn bản of the new committee's papers in the dossier: its own series from 01, continuous over every kind of
/// paper (as `DocumentNumbering` counts the congress's), in the order of the dossier, with the committee's symbol
/// ("01-TTr/HU"; `CommitteeName.symbol`). A number stated in `document_numbers` wins.
public enum ResultsNumbering {
    /// The new committee's papers in the order it issues them, with their type code (TTr tờ trình, BC báo cáo, TB thông báo).
    static let order: [(kind: DocumentKind, code: String)] = [(.approvalRequest, "TTr"), (.resultsReport, "BC"), (.resultsNotice, "TB")]

    public static func number(of kind: DocumentKind, in congress: Congress) -> String? {
        if let stated = congress.documentNumbers[kind.rawValue] { return stated }
        let issued = order.filter { $0.kind.applies(to: congress) }
        guard let index = issued.firstIndex(where: { $0.kind == kind }) else { return nil }
        return "\(VietnameseNumber.padded2(index + 1))-\(issued[index].code)/\(CommitteeName(congress).symbol)"
    }
}
