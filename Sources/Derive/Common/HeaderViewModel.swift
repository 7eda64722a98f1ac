import CongressModel
import Template
import Vietnamese

/// The Party header block of a congress paper (36-HD/VPTW; DOMAIN.md §1 "Header layout", "Congress documents").
///
/// Left: the superior body (upright), the issuer — the congress, and below it the congress body
/// that issues the paper, if any — in bold, and the `*`. Right: "ĐẢNG CỘNG SẢN VIỆT NAM" with its
/// rule and the italic place-and-date line.
public struct HeaderViewModel: Sendable, Equatable, TemplateValueConvertible {
    /// "ĐẢNG BỘ TỈNH THÁI BÌNH".
    public let superior: String
    /// The issuer, one line each, broken where the meaning breaks (`HeaderLineBreaking`): the congress, its
    /// number and term, and the issuing body; the words of a line joined by no-break spaces.
    public let issuerLines: [String]
    /// "Hưng Hà, ngày 19 tháng 5 năm 2020".
    public let placeAndDate: String
    /// Số văn bản, e.g. "01-NQ/ĐH", printed "Số 01-NQ/ĐH" under the star; `nil` for unnumbered papers.
    public let number: String?

    /// The header of a paper issued by the congress (`body == nil`) or one of its bodies ("ĐOÀN CHỦ TỊCH").
    public init(_ congress: Congress, naming: CongressNaming, body: String? = nil, date: CalendarDate,
                number: String? = nil) {
        self.number = number
        superior = VietnameseText.uppercased(congress.organisation.superior)
        issuerLines = HeaderLineBreaking.lines(naming.issuerPhrases + (body.map { [[$0]] } ?? []))
        placeAndDate = VietnameseDate.placeAndDate(place: congress.organisation.place, date)
    }

    public var templateValue: TemplateValue {
        .object([
            "superior": .string(superior),
            "issuer_lines": issuerLines.templateValue,
            "place_date": .string(placeAndDate),
            "has_number": .bool(number != nil),
            "number": .string(number ?? ""),
        ])
    }
}

/// One signer of a paper: "T/M ĐOÀN CHỦ TỊCH" (thay mặt — on behalf of the body), the title, the name.
///
/// Congress papers are signed T/M the body that issues them (36-HD/VPTW, DOMAIN.md §1 "Signature block").
public struct SignatureViewModel: Sendable, Equatable, TemplateValueConvertible {
    public let authority: String
    public let title: String
    public let name: String

    public init(authority: String, title: String, name: String) {
        self.authority = authority
        self.title = title
        self.name = name
    }

    public var templateValue: TemplateValue {
        .object(["authority": .string(authority), "title": .string(title), "name": .string(name)])
    }

    /// "T/M ĐOÀN CHỦ TỊCH" signed by the first presidium member; "CHỦ TỊCH ĐẠI HỘI" for one chair (`WorkingBody`).
    static func presidium(_ congress: Congress) -> SignatureViewModel? {
        WorkingBody.presidium.signature(congress)
    }

    /// "T/M ĐOÀN THƯ KÝ / TRƯỞNG ĐOÀN" signed by the head of the secretariat; "THƯ KÝ ĐẠI HỘI" for one secretary.
    static func secretariat(_ congress: Congress) -> SignatureViewModel? {
        WorkingBody.secretariat.signature(congress)
    }
}

/// A person as the papers name them: "đồng chí Nguyễn Văn Huy, Bí thư Huyện ủy".
public struct PersonViewModel: Sendable, Equatable, TemplateValueConvertible {
    public let name: String
    public let position: String
    /// "Nguyễn Văn Huy, Bí thư Huyện ủy" (the name alone without a position).
    public let nameAndPosition: String

    public init(_ person: Person) {
        name = person.name
        position = person.position ?? ""
        nameAndPosition = person.position.map { "\(person.name), \($0)" } ?? person.name
    }

    public var templateValue: TemplateValue {
        .object(["name": .string(name), "position": .string(position), "name_position": .string(nameAndPosition)])
    }
}
