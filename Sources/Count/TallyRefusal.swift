/// Why the counting room refuses a tally-mode request (codes DH560–DH569, docs/diagnostics.md): nothing is stored.
/// Carried by `CountRefusal.tally`, so the API answers it like every other refusal.
public enum TallyRefusal: Sendable, Equatable {
    /// The round is already being counted the other way (single ballots, or groups' tally sheets): one round, one mode.
    case modeConflict(election: String, round: Int, countedByBallot: Bool)
    /// The sheet's figures contradict each other (`TallySheet.imbalances`): the group recounts, nothing is stored.
    case sheetDoesNotBalance(group: Int, [TallySheet.Imbalance])
    /// The group's sheet is already entered by enough different clerks.
    case groupComplete(group: Int, clerks: Int)
    /// The clerk already entered this group's sheet (a correction says so explicitly).
    case sheetAlreadyEntered(group: Int)
    /// A correction of a sheet the clerk never entered.
    case noSheetToCorrect(group: Int)
    /// A decision on a figure the clerks agree on (or have not all entered).
    case noMismatchThere(group: Int, field: String)
    /// A figure the sheet of this ballot does not have, or a sheet missing one.
    case unknownField(String)

    public var code: String {
        switch self {
        case .modeConflict: "DH560"
        case .sheetDoesNotBalance: "DH561"
        case .groupComplete: "DH562"
        case .sheetAlreadyEntered: "DH563"
        case .noSheetToCorrect: "DH564"
        case .noMismatchThere: "DH565"
        case .unknownField: "DH566"
        }
    }

    public var status: Int {
        switch self {
        case .modeConflict, .groupComplete, .sheetAlreadyEntered, .noMismatchThere: 409
        case .sheetDoesNotBalance, .noSheetToCorrect, .unknownField: 422
        }
    }

    public var vietnamese: String {
        switch self {
        case .modeConflict(let e, let r, let byBallot):
            byBallot ? "lần bầu \(r) của '\(e)' đang được kiểm từng phiếu — không nhập biên bản kiểm đếm của tổ được"
                     : "lần bầu \(r) của '\(e)' đang được kiểm theo tổ (biên bản kiểm đếm) — không nhập từng phiếu được"
        case .sheetDoesNotBalance(let g, let found):
            "biên bản của tổ \(g) không cân đối: " + found.map(\.vietnamese).joined(separator: "; ") + " — tổ kiểm đếm lại"
        case .groupComplete(let g, let c): "biên bản của tổ \(g) đã được \(c) đồng chí nhập đủ"
        case .sheetAlreadyEntered(let g): "biên bản của tổ \(g) đã được đồng chí nhập — muốn sửa, chọn «sửa biên bản»"
        case .noSheetToCorrect(let g): "biên bản của tổ \(g) chưa được đồng chí nhập — không có gì để sửa"
        case .noMismatchThere(let g, let f): "tổ \(g), ô «\(f)» không có chênh lệch cần quyết định"
        case .unknownField(let f): "biên bản kiểm đếm không có ô «\(f)» (hoặc thiếu ô đó)"
        }
    }

    public var english: String {
        switch self {
        case .modeConflict(let e, let r, let byBallot):
            byBallot ? "round \(r) of '\(e)' is being counted ballot by ballot — a group's tally sheet cannot be entered"
                     : "round \(r) of '\(e)' is being counted by groups' tally sheets — single ballots cannot be entered"
        case .sheetDoesNotBalance(let g, let found):
            "group \(g)'s sheet does not balance: " + found.map(\.english).joined(separator: "; ") + " — the group recounts"
        case .groupComplete(let g, let c): "group \(g)'s sheet already has its \(c) independent entries"
        case .sheetAlreadyEntered(let g): "group \(g)'s sheet is already entered by you — send a correction to change it"
        case .noSheetToCorrect(let g): "group \(g)'s sheet was never entered by you — nothing to correct"
        case .noMismatchThere(let g, let f): "group \(g), figure '\(f)' has no mismatch to decide"
        case .unknownField(let f): "the tally sheet has no figure '\(f)' (or lacks it)"
        }
    }
}
