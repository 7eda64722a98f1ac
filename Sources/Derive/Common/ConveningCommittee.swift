import CongressModel
import Vietnamese

/// Cấp ủy triệu tập đại hội — the outgoing committee that convenes the congress: the Chi ủy of a chi bộ, the Ban
/// Chấp hành of a đảng bộ. It issues the papers prepared before the congress opens and presents them to it.
///
/// At a đại hội đảng viên it is the committee, not a Ban thẩm tra tư cách, that reports on the members attending
/// ("cấp ủy triệu tập đại hội báo cáo với đại hội tình hình đảng viên tham dự đại hội", QĐ 29-QĐ/TW mục 12.2),
/// and the list of members summoned is its paper (DOMAIN.md "Kind of congress"; reviews/papers.md §2.4, §2.7).
struct ConveningCommittee {
    /// "Chi ủy" / "Ban Chấp hành".
    let name: String
    /// The issuer of its papers as phrases (`HeaderLineBreaking`): "CHI BỘ KHU PHỐ 3" / "BAN CHẤP HÀNH", "ĐẢNG BỘ HUYỆN HƯNG HÀ".
    let issuerPhrases: [[String]]
    /// Who signs for it: the first member of the presidium, taken as the outgoing Bí thư (the data names no other);
    /// the political report is signed the same way.
    let signer: String?

    init(_ congress: Congress) {
        let chiBo = congress.organisation.level.isChiBo
        name = chiBo ? "Chi ủy" : "Ban Chấp hành"
        let org = VietnameseText.uppercased(congress.organisation.name)
        issuerPhrases = chiBo ? [[org]] : [["BAN CHẤP HÀNH", org]]
        signer = congress.bodies.presidium.first.flatMap { congress.person($0) }?.name
    }

    /// "T/M CHI ỦY / BÍ THƯ" or "T/M BAN CHẤP HÀNH / BÍ THƯ".
    var signature: SignatureViewModel {
        SignatureViewModel(authority: "T/M \(VietnameseText.uppercased(name))", title: "BÍ THƯ", name: signer ?? "")
    }

    /// The header of a paper the committee issues: its superior, then the committee (36-HD/VPTW: the issuer is
    /// the organisation, under the superior body).
    func header(_ congress: Congress, date: CalendarDate, number: String? = nil) -> HeaderViewModel {
        HeaderViewModel(superior: VietnameseText.uppercased(congress.organisation.superior), issuerLines: HeaderLineBreaking.lines(issuerPhrases),
                        placeAndDate: VietnameseDate.placeAndDate(place: congress.organisation.place, date), number: number)
    }
}

extension HeaderViewModel {
    /// A header with its lines given (a paper not issued by the congress).
    init(superior: String, issuerLines: [String], placeAndDate: String, number: String?) {
        self.superior = superior
        self.issuerLines = issuerLines
        self.placeAndDate = placeAndDate
        self.number = number
    }
}
