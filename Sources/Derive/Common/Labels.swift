import CongressModel

/// Vietnamese wording of the model's enumerated values, as printed in the papers.
enum Labels {
    static func gender(_ g: Gender?) -> String {
        switch g {
        case .nam: return "Nam"
        case .nu: return "Nữ"
        case nil: return "không rõ"
        }
    }

    static func education(_ e: Education?) -> String {
        switch e {
        case .thpt: return "THPT"
        case .trungCap: return "Trung cấp"
        case .caoDang: return "Cao đẳng"
        case .daiHoc: return "Đại học"
        case .thacSi: return "Thạc sĩ"
        case .tienSi: return "Tiến sĩ"
        case nil: return "không rõ"
        }
    }

    /// Học vấn as a danh sách trích ngang writes it, in grades of the 12-grade school: "12/12", "9/12", "5/12".
    static func schoolingGrades(_ g: GeneralEducation) -> String {
        switch g {
        case .tieuHoc: return "5/12"
        case .thcs: return "9/12"
        case .thpt: return "12/12"
        }
    }

    /// "Trung học phổ thông", "Trung học cơ sở", "Tiểu học".
    static func schooling(_ g: GeneralEducation) -> String {
        switch g {
        case .tieuHoc: return "Tiểu học"
        case .thcs: return "Trung học cơ sở"
        case .thpt: return "Trung học phổ thông"
        }
    }

    static func theory(_ t: PoliticalTheory?) -> String {
        switch t {
        case .soCap: return "Sơ cấp"
        case .trungCap: return "Trung cấp"
        case .caoCap: return "Cao cấp"
        case .cuNhan: return "Cử nhân"
        case nil: return "không rõ"
        }
    }

    static func membership(_ m: Membership?) -> String {
        switch m {
        case .chinhThuc: return "Chính thức"
        case .duBi: return "Dự bị"
        case nil: return ""
        }
    }

    /// "đại biểu" for a đại hội đại biểu, "đảng viên" for a đại hội đảng viên (`CongressKind.participantNoun`).
    static func attendee(_ kind: CongressKind) -> String {
        kind.participantNoun
    }

    static func session(_ kind: SessionKind) -> String {
        kind == .preparatory ? "Phiên trù bị" : "Phiên chính thức"
    }
}
