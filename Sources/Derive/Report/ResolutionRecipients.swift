import CongressModel
import Template

/// Nơi nhận — the recipients of the resolution, at the foot left beside the signature (box 9a of Hướng dẫn
/// 36-HD/VPTW, thể thức văn bản của Đảng: a mandatory component; reviews/papers.md §2.9).
///
/// A resolution is always sent up to the superior committee "(để báo cáo)", out to those who carry it out, and
/// filed ("Lưu …"). The superior is `organisation.superior` named as its committee (`CommitteeName`); the
/// recipients in between are `settings.resolution_recipients`, by default "Đảng viên trong chi bộ" at a chi bộ,
/// "Các chi bộ trực thuộc" at a đảng bộ cơ sở and "Các tổ chức cơ sở đảng trực thuộc" above it (UNCONFIRMED:
/// a setting); the copy is filed by the Chi bộ at a chi bộ, by the Văn phòng of the committee at a đảng bộ.
struct ResolutionRecipients {
    /// "Đảng ủy phường Quang Trung", "Tỉnh ủy Thái Bình".
    let superiorCommittee: String
    /// The recipients who carry the resolution out.
    let members: [String]
    /// "Chi bộ" / "Văn phòng" (the template writes "Lưu …").
    let filedBy: String

    init(_ congress: Congress) {
        let level = congress.organisation.level
        superiorCommittee = CommitteeName(of: congress.organisation.superior).committee
        members = congress.settings.resolutionRecipients ?? Self.defaultMembers(level)
        filedBy = level.isChiBo ? "Chi bộ" : "Văn phòng"
    }

    /// The default recipients who carry the resolution out, by the level of the organisation.
    static func defaultMembers(_ level: OrganisationLevel) -> [String] {
        switch level {
        case .chiBo, .chiBoTrucThuoc, .chiBoCoSo: ["Đảng viên trong chi bộ"]
        case .dangBoCoSo: ["Các chi bộ trực thuộc"]
        case .capTrenCoSo, .capHuyen, .capTinh: ["Các tổ chức cơ sở đảng trực thuộc"]
        }
    }

    var templateValue: TemplateValue {
        .object([
            "superior": .string(superiorCommittee),
            "members": .list(members.map { .string($0) }),
            "filed_by": .string(filedBy),
        ])
    }
}
