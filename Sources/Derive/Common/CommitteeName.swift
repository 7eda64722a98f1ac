import CongressModel
import Vietnamese

/// Tên cấp ủy — how the papers name the committee (cấp ủy) of a Party organisation, and its standing committee:
/// the one place every paper takes a committee's name from (the resolution's Nơi nhận, the first meeting's papers,
/// the bodies the first meeting elects, the political report's issuer).
///
/// Điều lệ Đảng names the committee of a đảng bộ tỉnh, thành phố, huyện, quận, thị xã the tỉnh ủy, thành ủy,
/// huyện ủy, quận ủy, thị ủy; any other đảng bộ has a đảng ủy; a chi bộ a chi ủy. So "Đảng bộ huyện Hưng Hà" →
/// "Huyện ủy Hưng Hà", "Đảng bộ xã Tân Lập" → "Đảng ủy xã Tân Lập", "Chi bộ Khu phố 3" → "Chi ủy Chi bộ Khu phố 3";
/// the standing committee is "Ban Thường vụ Huyện ủy Hưng Hà" (36-HD/VPTW writes the issuer "HUYỆN UỶ ĐỊNH HOÁ").
/// A name that is neither "Đảng bộ …" nor "Chi bộ …" (already a committee, "Ban Thường vụ Huyện ủy X") is kept.
public struct CommitteeName: Sendable, Equatable {
    /// "Huyện ủy Hưng Hà", "Đảng ủy xã Tân Lập", "Chi ủy Chi bộ Khu phố 3".
    public let committee: String
    /// "Ban Thường vụ Huyện ủy Hưng Hà"; `nil` at a chi bộ (a chi ủy has no standing committee).
    public let standingCommittee: String?
    /// Ký hiệu of the committee in a paper's number ("…-BC/HU"): TU, HU, QU, ĐU, CB. SECONDARY (third-party
    /// summaries of 36-HD/VPTW); a paper's number can always be stated in `document_numbers`.
    public let symbol: String

    /// The committee of the organisation named `organisation` ("Đảng bộ huyện Hưng Hà", "Chi bộ Khu phố 3").
    public init(of organisation: String) {
        if organisation.hasPrefix(Self.chiBoPrefix) {
            committee = "Chi ủy " + organisation
            standingCommittee = nil
            symbol = "CB"
            return
        }
        guard organisation.hasPrefix(Self.dangBoPrefix) else {
            committee = organisation
            standingCommittee = nil
            symbol = "ĐU"
            return
        }
        let rest = organisation.dropFirst(Self.dangBoPrefix.count)
        let named = Self.namedCommittees.first { rest.hasPrefix($0.unit + " ") }
        committee = named.map { $0.committee + rest.dropFirst($0.unit.count) } ?? "Đảng ủy " + rest
        standingCommittee = "Ban Thường vụ " + committee
        symbol = named?.symbol ?? "ĐU"
    }

    /// The committee of the organisation holding the congress.
    public init(_ congress: Congress) {
        self.init(of: congress.organisation.name)
    }

    /// Who acts for the organisation between congresses: its standing committee where it has one, else its committee.
    public var actingBody: String { standingCommittee ?? committee }

    static let dangBoPrefix = "Đảng bộ "
    static let chiBoPrefix = "Chi bộ "

    /// Units whose committee has a name of its own (Điều lệ Đảng), with their symbol.
    static let namedCommittees: [(unit: String, committee: String, symbol: String)] = [
        ("tỉnh", "Tỉnh ủy", "TU"), ("thành phố", "Thành ủy", "TU"), ("huyện", "Huyện ủy", "HU"),
        ("quận", "Quận ủy", "QU"), ("thị xã", "Thị ủy", "TU"),
    ]
}
