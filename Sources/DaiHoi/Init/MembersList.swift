import CongressModel
import Diagnostics
import Foundation
import SwiftCSV
import Vietnamese

/// The members (đảng viên) or delegates of `daihoi init --members danh-sach.csv`: a spreadsheet saved as CSV (UTF-8,
/// with or without the BOM Excel writes; comma or semicolon, guessed from the header row), first row the column
/// names. Read with SwiftCSV rather than by hand: quoted fields holding the separator, doubled quotes and line breaks
/// inside a quoted name are what hand-written CSV parsers get wrong.
///
/// Columns (names compared without diacritics, case or spaces: "Họ và tên" is `ho_va_ten`): `ho_ten` or
/// `ho_va_ten` (required), `gioi_tinh` (nam/nữ), `nam_sinh`, `ngay_vao_dang` (YYYY-MM-DD or DD/MM/YYYY), `dang_vien`
/// (chính thức/dự bị), `chuc_vu`. Each bad value is reported at its row and column (DH462), a missing name column
/// once (DH463), the same name and birth year twice (DH464).
public struct MembersList: Sendable {
    public struct Member: Sendable, Equatable {
        public var name: String
        public var gender: Gender?
        public var birthYear: Int?
        public var joined: CalendarDate?
        public var membership: Membership?
        public var position: String?
    }

    public var members: [Member] = []
    public var diagnostics: [Diagnostic] = []

    static let columns = ["ho_ten", "gioi_tinh", "nam_sinh", "ngay_vao_dang", "dang_vien", "chuc_vu"]

    /// Reads `text` (the file's content); `file` names it in the diagnostics.
    public init(text: String, file: String) {
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, loadColumns: false)
        } catch {
            diagnostics.append(.error(.membersBadValue(column: "-", found: "\(error)", expected: "CSV"),
                                      at: SourceLocation(file: file, line: 1, column: 1)))
            return
        }
        let header = csv.header.map(Self.columnName)
        func index(_ names: String...) -> Int? { header.firstIndex { names.contains($0) } }
        guard let nameColumn = index("ho_ten", "ho_va_ten") else {
            diagnostics.append(.error(.membersColumnMissing(column: "ho_ten", columns: Self.columns.joined(separator: ", ")),
                                      at: SourceLocation(file: file, line: 1, column: 1)))
            return
        }
        let genderColumn = index("gioi_tinh"), yearColumn = index("nam_sinh"), joinedColumn = index("ngay_vao_dang")
        let membershipColumn = index("dang_vien", "loai_dang_vien"), positionColumn = index("chuc_vu")
        var seen: [String: Int] = [:]
        for (offset, row) in csv.rows.enumerated() {
            let line = offset + 2
            func cell(_ column: Int?) -> (value: String, at: SourceLocation)? {
                guard let column, column < row.count else { return nil }
                let value = VietnameseText.normalized(row[column].trimmingCharacters(in: .whitespacesAndNewlines))
                return value.isEmpty ? nil : (value, SourceLocation(file: file, line: line, column: column + 1))
            }
            func bad(_ column: Int?, _ found: String, _ expected: String) {
                diagnostics.append(.error(.membersBadValue(column: csv.header[column ?? 0], found: found, expected: expected),
                                          at: SourceLocation(file: file, line: line, column: (column ?? 0) + 1)))
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let name = cell(nameColumn) else {
                bad(nameColumn, "", "họ và tên")
                continue
            }
            var member = Member(name: name.value)
            if let gender = cell(genderColumn) {
                switch Self.folded(gender.value) {
                case "nam": member.gender = .nam
                case "nu": member.gender = .nu
                default: bad(genderColumn, gender.value, "nam, nữ")
                }
            }
            if let year = cell(yearColumn) {
                if let value = Int(year.value), (1900...2100).contains(value) { member.birthYear = value } else {
                    bad(yearColumn, year.value, "năm sinh bốn chữ số, ví dụ 1975")
                }
            }
            if let joined = cell(joinedColumn) {
                if let date = Self.date(joined.value) { member.joined = date } else {
                    bad(joinedColumn, joined.value, "ngày dạng 1998-03-26 hoặc 26/03/1998")
                }
            }
            if let membership = cell(membershipColumn) {
                switch Self.folded(membership.value).replacingOccurrences(of: " ", with: "-") {
                case "chinh-thuc": member.membership = .chinhThuc
                case "du-bi": member.membership = .duBi
                default: bad(membershipColumn, membership.value, "chính thức, dự bị")
                }
            }
            member.position = cell(positionColumn)?.value
            let identity = "\(Self.folded(member.name))|\(member.birthYear.map(String.init) ?? "")"
            if let first = seen[identity] {
                diagnostics.append(.error(.membersDuplicate(name: member.name, firstRow: first),
                                          at: SourceLocation(file: file, line: line, column: nameColumn + 1)))
                continue
            }
            seen[identity] = line
            members.append(member)
        }
    }

    /// A column's name as compared: lower case, no diacritics, spaces as `_` ("Họ và tên" → `ho_va_ten`).
    static func columnName(_ text: String) -> String {
        folded(text.trimmingCharacters(in: .whitespacesAndNewlines)).replacingOccurrences(of: " ", with: "_")
    }

    static func folded(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `1998-03-26` or `26/03/1998` (as a spreadsheet in Vietnamese prints it).
    static func date(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: text) { return iso }
        let parts = text.split(separator: "/")
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
