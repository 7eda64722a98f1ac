import CongressModel
import Foundation
import Load

/// What `daihoi init` writes: a commented Vietnamese congress file for one kind and level, every required key
/// present, every value the user must supply written as a placeholder «…» that `check` flags (DH460) until it is
/// replaced; the prose files of the political report in `bao-cao/`; and the JSON Schema beside the file, named on
/// its first line for the editor (`# yaml-language-server: $schema=congress.schema.json`).
///
/// The two skeletons are the complete examples of docs/congress-format.md (a chi bộ's đại hội đảng viên, an đảng bộ
/// cơ sở's đại hội đại biểu), which check clean once the «» are taken away (InitTests).
public struct CongressSkeleton: Sendable {
    public var kind: CongressKind
    public var level: OrganisationLevel
    /// The members or delegates read from a spreadsheet (`--members`), in place of the example ones.
    public var members: [MembersList.Member]?

    public init(kind: CongressKind, level: OrganisationLevel? = nil, members: [MembersList.Member]? = nil) {
        self.kind = kind
        self.level = level ?? (kind == .dangVien ? .chiBoTrucThuoc : .dangBoCoSo)
        self.members = members
    }

    public static let schemaFile = "congress.schema.json"

    /// Every file, path relative to the congress folder → content, in the order written.
    public var files: [(path: String, text: String)] {
        [("congress.yaml", congressFile), (Self.schemaFile, CongressSchema.json())]
            + Self.proseFiles.map { ("bao-cao/\($0).md", Self.proseText) }
    }

    /// The political report's parts and the committee's review written in files of their own.
    static let proseFiles = ["nhiem-vu-chinh-tri", "xay-dung-chi-bo", "han-che", "nhiem-vu", "kiem-diem-uu-diem", "kiem-diem-han-che"]
    static let proseText = """
«Viết nội dung phần này ở đây (Markdown: mỗi đoạn cách nhau một dòng trống).»

"""

    /// The term from 2025 of the length the level allows (`OrganisationLevel.termYears`; five years when it does not say).
    var term: String { "2025-\(2025 + (level.termYears?.lowerBound ?? 5))" }

    var congressFile: String {
        let example = kind == .dangVien ? memberCongress : delegateCongress
        guard let members else { return example }
        return Self.replacingMembers(in: example, with: members, kind: kind)
    }

    /// The example's people (ids `dv01`… or `db01`…) and its list of delegates replaced by `members`, with the same
    /// ids (the bodies and the election of the example keep naming the first ones); the show-of-hands counts become
    /// the number of full members (probationary members do not vote: Điều lệ Đảng, Điều 3).
    static func replacingMembers(in example: String, with members: [MembersList.Member], kind: CongressKind) -> String {
        let prefix = kind == .dangVien ? "dv" : "db"
        let ids = members.indices.map { $0 < 9 ? "\(prefix)0\($0 + 1)" : "\(prefix)\($0 + 1)" }
        let people = zip(ids, members).map { id, member in
            var fields = ["id: \(id)", "name: \(quoted(member.name))"]
            if let gender = member.gender { fields.append("gender: \(gender.rawValue)") }
            if let year = member.birthYear { fields.append("birth_year: \(year)") }
            if let joined = member.joined { fields.append("joined: \(joined)") }
            fields.append("membership: \((member.membership ?? .chinhThuc).rawValue)")
            if let position = member.position { fields.append("position: \(quoted(position))") }
            return "  - {" + fields.joined(separator: ", ") + "}"
        }
        let delegates = ids.map { kind == .dangVien ? "  - \($0)" : "  - {person: \($0), category: bau}" }
        let voters = members.filter { $0.membership != .duBi }.count
        var lines: [String] = []
        var peopleDone = false, delegatesDone = false
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  - {id: \(prefix)") {
                if !peopleDone { lines += people; peopleDone = true }
            } else if line.hasPrefix("  - \(prefix)") || line.hasPrefix("  - {person: \(prefix)") {
                if !delegatesDone { lines += delegates; delegatesDone = true }
            } else if kind == .dangVien, line.hasPrefix("  - {subject: "), let range = line.range(of: "for: 5") {
                lines.append(line.replacingCharacters(in: range, with: "for: \(voters)"))
            } else {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar: data from the spreadsheet never becomes YAML syntax.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private var memberCongress: String {
        """
        # yaml-language-server: $schema=congress.schema.json
        # Tệp dữ liệu đại hội — do `daihoi init` tạo. Thay mọi chữ trong « » bằng nội dung thật (bỏ dấu « »);
        # `daihoi check congress.yaml` báo từng chỗ còn sót (DH460). Ngày, giờ, số liệu là ví dụ: sửa cho đúng.
        # Hướng dẫn đầy đủ: docs/congress-format.md; `daihoi schema` in lược đồ cho trình soạn thảo.
        schema: 1

        # Tổ chức đảng tiến hành đại hội.
        organisation:
          name: «Chi bộ Khu phố 1»              # tên chi bộ, đảng bộ
          level: \(level.rawValue)               # cấp: chi-bo-truc-thuoc, chi-bo-co-so, dang-bo-co-so, cap-huyen …
          superior: «Đảng bộ phường Quang Trung» # cấp ủy cấp trên trực tiếp
          place: «Thái Bình»                     # địa danh ghi ở đầu văn bản

        # Đại hội: dang-vien (đại hội đảng viên) hoặc dai-bieu (đại hội đại biểu).
        congress:
          kind: dang-vien
          number: 5                              # đại hội lần thứ
          term: \(term)                        # nhiệm kỳ
          venue: «Nhà văn hóa Khu phố 1»

        # Mọi người có tên trong tệp, mỗi người một mã (id: chữ thường không dấu, số, gạch nối).
        # gender: nam | nu; membership: chinh-thuc | du-bi; joined: ngày vào Đảng.
        people:
          - {id: dv01, name: «Nguyễn Văn An», gender: nam, birth_year: 1968, joined: 1995-05-19, membership: chinh-thuc, position: Bí thư Chi bộ}
          - {id: dv02, name: «Trần Thị Bình», gender: nu, birth_year: 1975, joined: 2001-03-03, membership: chinh-thuc, position: Phó Bí thư Chi bộ}
          - {id: dv03, name: «Lê Văn Cường», gender: nam, birth_year: 1980, joined: 2008-09-02, membership: chinh-thuc, position: Chi ủy viên}
          - {id: dv04, name: «Phạm Thị Dung», gender: nu, birth_year: 1985, joined: 2012-02-03, membership: chinh-thuc}
          - {id: dv05, name: «Hoàng Văn Em», gender: nam, birth_year: 1990, joined: 2018-12-22, membership: chinh-thuc}
          - {id: dv06, name: «Vũ Thị Giang», gender: nu, birth_year: 1994, joined: 2024-11-07, membership: du-bi}
          - {id: khach01, name: «Đỗ Văn Hải», position: «Phó Bí thư Đảng ủy phường»}

        # Đảng viên được triệu tập: mã người; người vắng ghi {person: mã, absent: lý do}.
        delegates:
          - dv01
          - dv02
          - dv03
          - dv04
          - dv05
          - dv06

        # Khách mời; superior: true là đại diện cấp ủy cấp trên.
        guests:
          - {person: khach01, superior: true}

        # Đoàn Chủ tịch (chủ trì), Đoàn Thư ký (thư ký) và Ban Kiểm phiếu của đại hội.
        bodies:
          presidium: [dv01]
          secretariat: [dv04]
          vote_counting: [dv03, dv05]

        # Chương trình phiên chính thức: mỗi mục một dòng, minutes là số phút.
        sessions:
          official:
            date: 2025-04-12
            start: "07:30"
            end: "11:30"
            items:
              - {title: Chào cờ, minutes: 5, performer: dv01, kind: flag}
              - {title: Báo cáo tình hình đảng viên dự đại hội, minutes: 5, performer: dv04, kind: attendance}

        # Biểu quyết giơ tay: for là số tán thành.
        motions:
          - {subject: Bầu Chủ tịch và Thư ký Đại hội, for: 5, elects: [presidium, secretariat]}
          - {subject: Thông qua chương trình đại hội, for: 5}
          - {subject: Thông qua quy chế làm việc của Đại hội, for: 5, working_rules: true}
          - {subject: Bầu Ban Kiểm phiếu, for: 5, elects: [vote_counting]}
          - {subject: Thông qua Biên bản Đại hội, for: 5, minutes: true}

        # Bầu cử: mỗi cuộc bầu một mục. Trước đại hội để rounds: [] (in được tờ trình nhân sự, thể lệ, phiếu bầu);
        # sau khi kiểm phiếu ghi kết quả từng lần bỏ phiếu vào rounds, hoặc dùng daihoi count.
        elections:
          - id: bi-thu
            body: bi-thu
            seats: 1
            candidates: [dv01]
            rounds: []

        # Báo cáo chính trị: phần dài viết trong thư mục bao-cao/ (Markdown).
        political_report:
          results:
            - {field: Lãnh đạo thực hiện nhiệm vụ chính trị, text: {file: bao-cao/nhiem-vu-chinh-tri.md}}
            - {field: Công tác xây dựng Chi bộ, text: {file: bao-cao/xay-dung-chi-bo.md}}
          limitations: {file: bao-cao/han-che.md}
          general_goal: «Xây dựng Chi bộ trong sạch, vững mạnh.»
          tasks: {file: bao-cao/nhiem-vu.md}

        # Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy khóa trước (Markdown trong bao-cao/).
        committee_review:
          strengths: {file: bao-cao/kiem-diem-uu-diem.md}
          limitations: {file: bao-cao/kiem-diem-han-che.md}

        """
    }

    private var delegateCongress: String {
        """
        # yaml-language-server: $schema=congress.schema.json
        # Tệp dữ liệu đại hội — do `daihoi init` tạo. Thay mọi chữ trong « » bằng nội dung thật (bỏ dấu « »);
        # `daihoi check congress.yaml` báo từng chỗ còn sót (DH460). Ngày, giờ, số liệu là ví dụ: sửa cho đúng.
        # Hướng dẫn đầy đủ: docs/congress-format.md; `daihoi schema` in lược đồ cho trình soạn thảo.
        schema: 1

        # Tổ chức đảng tiến hành đại hội.
        organisation:
          name: «Đảng bộ xã Tân Lễ»              # tên đảng bộ
          level: \(level.rawValue)                   # cấp: dang-bo-co-so, cap-tren-co-so, cap-huyen, cap-tinh …
          superior: «Đảng bộ huyện Hưng Hà»      # cấp ủy cấp trên trực tiếp
          place: «Tân Lễ»                        # địa danh ghi ở đầu văn bản

        # Đại hội: dang-vien (đại hội đảng viên) hoặc dai-bieu (đại hội đại biểu).
        congress:
          kind: dai-bieu
          number: 8                              # đại hội lần thứ
          term: \(term)                        # nhiệm kỳ
          venue: «Hội trường Ủy ban nhân dân xã»

        # Mọi người có tên trong tệp, mỗi người một mã (id: chữ thường không dấu, số, gạch nối).
        people:
          - {id: db01, name: «Nguyễn Văn An», gender: nam, birth_year: 1968, membership: chinh-thuc, position: Bí thư Đảng ủy}
          - {id: db02, name: «Trần Thị Bình», gender: nu, birth_year: 1975, membership: chinh-thuc, position: Phó Bí thư Đảng ủy}
          - {id: db03, name: «Lê Văn Cường», gender: nam, birth_year: 1980, membership: chinh-thuc}
          - {id: db04, name: «Phạm Thị Dung», gender: nu, birth_year: 1985, membership: chinh-thuc}
          - {id: db05, name: «Hoàng Văn Em», gender: nam, birth_year: 1990, membership: chinh-thuc}
          - {id: db06, name: «Vũ Văn Giang», gender: nam, birth_year: 1992, membership: chinh-thuc}

        # Đại biểu được triệu tập: category duong-nhien (đương nhiên), bau (được bầu), chi-dinh (chỉ định);
        # người vắng ghi absent: lý do.
        delegates:
          - {person: db01, category: duong-nhien}
          - {person: db02, category: bau}
          - {person: db03, category: bau}
          - {person: db04, category: bau}
          - {person: db05, category: bau, absent: "«Ốm, có đơn xin phép»"}
          - {person: db06, category: bau}

        # Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu, Ban Kiểm phiếu.
        bodies:
          presidium: [db01, db02, db03]
          secretariat: [db04]
          credentials: [db02, db03]
          vote_counting: [db06]
        settings: {presidium_size: [3, 5]}

        # Báo cáo thẩm tra tư cách đại biểu.
        credentials_review:
          delegate_elections: «Các đại biểu được bầu tại đại hội các chi bộ trực thuộc, đúng nguyên tắc, thủ tục.»
          complaints: «Không có đơn thư khiếu nại, tố cáo về tư cách đại biểu.»
          replacements: «Không có đại biểu dự khuyết thay thế.»

        # Chương trình phiên chính thức: mỗi mục một dòng, minutes là số phút.
        sessions:
          official:
            date: 2025-06-20
            start: "07:30"
            items:
              - {title: Chào cờ, minutes: 5, performer: db01, kind: flag}
              - {title: Báo cáo thẩm tra tư cách đại biểu, minutes: 10, performer: db02, kind: attendance}

        # Bầu cử: mỗi cuộc bầu một mục. Trước đại hội để rounds: [] (in được tờ trình nhân sự, thể lệ, phiếu bầu);
        # sau khi kiểm phiếu ghi kết quả từng lần bỏ phiếu vào rounds, hoặc dùng daihoi count.
        elections:
          - id: bch
            body: ban-chap-hanh
            seats: 3
            candidates: [db01, db02, db03, db04]
            exclusions: [{reason: dai-bieu-vang-khong-thay-the, count: 1}]
            rounds: []

        # Báo cáo chính trị: phần dài viết trong thư mục bao-cao/ (Markdown).
        political_report:
          results:
            - {field: Lãnh đạo thực hiện nhiệm vụ chính trị, text: {file: bao-cao/nhiem-vu-chinh-tri.md}}
            - {field: Công tác xây dựng Đảng bộ, text: {file: bao-cao/xay-dung-chi-bo.md}}
          limitations: {file: bao-cao/han-che.md}
          general_goal: «Xây dựng Đảng bộ trong sạch, vững mạnh.»
          tasks: {file: bao-cao/nhiem-vu.md}

        # Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy khóa trước (Markdown trong bao-cao/).
        committee_review:
          strengths: {file: bao-cao/kiem-diem-uu-diem.md}
          limitations: {file: bao-cao/kiem-diem-han-che.md}

        """
    }
}
