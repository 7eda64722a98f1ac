import CongressModel
import Elections
import Template
import Vietnamese

/// The tally-mode part of the printed entry log (`CountLogViewModel`): for each counting group (tổ kiểm phiếu), every
/// figure of its sheet as each clerk entered it (the last revision; earlier ones beside it), whether they agree, and
/// the head's decision where they do not. The figures are named as on the tally sheet: the group's ballots, the
/// valid ones, the invalid ones by the thể lệ's reason, each name by its number on the ballot.
enum TallyLogGroups {
    static func groups(_ log: CountLogRecord, names: [String], name: (Int) -> String) -> [TemplateValue] {
        Set(log.tallyEntries.map(\.group)).sorted().map { group -> TemplateValue in
            let entries = log.tallyEntries.filter { $0.group == group }
            let clerks = LogReadingWords.firstSeen(entries.map(\.clerk))
            let sheets = clerks.map { clerk in
                entries.filter { $0.clerk == clerk }.sorted { $0.revision < $1.revision }.map { fields($0.sheet) }
            }
            // The fields in the order the first entry gives them (every entry of a group has the same fields).
            let order = sheets.first?.last?.map(\.name) ?? []
            var differ = 0
            let rows = order.map { field -> TemplateValue in
                let latest: [Int?] = sheets.map { revisions in revisions.last?.first { $0.name == field }?.value }
                let agree = latest.allSatisfy { $0 != nil && $0 == latest.first! }
                if !agree { differ += 1 }
                let decision = log.tallyDecisions.last { $0.group == group && $0.field == field }
                return .object([
                    "label": .string(label(field, names: names)),
                    "cells": .list(sheets.map { cell($0, field: field) }),
                    "agree": .bool(agree),
                    "decision": .string(decision.map { VietnameseNumber.integer($0.value) + " (" + name($0.head) + ")" } ?? ""),
                ])
            }
            return .object([
                "group": .string(String(group)),
                "clerks": .list(clerks.map { .object(["name": .string(name($0))]) }),
                "rows": .list(rows),
                "differ": .string(VietnameseNumber.integer(differ)),
            ])
        }
    }

    /// One clerk's figure for `field`: the last revision, with the earlier values that differ from it.
    static func cell(_ revisions: [[(name: String, value: Int)]], field: String) -> TemplateValue {
        let values: [Int?] = revisions.map { sheet in sheet.first { $0.name == field }?.value }
        guard let last = values.last, let value = last else { return .object(["text": .string("(chưa nhập)")]) }
        let earlier: [String] = values.dropLast().compactMap { $0 }.filter { $0 != value }.map { VietnameseNumber.integer($0) }
        let text: String = VietnameseNumber.integer(value) + (earlier.isEmpty ? "" : " (sửa; trước: " + earlier.joined(separator: "; ") + ")")
        return .object(["text": .string(text)])
    }

    /// `ballots=15;valid=13;votes.1=11` as its fields in order; a part that is not `name=count` is left out.
    static func fields(_ sheet: String) -> [(name: String, value: Int)] {
        sheet.split(separator: ";").compactMap { part in
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let value = Int(pair[1]) else { return nil }
            return (String(pair[0]), value)
        }
    }

    /// What a field is called on the tally sheet.
    static func label(_ field: String, names: [String]) -> String {
        switch field {
        case "ballots": return "Số phiếu tổ kiểm"
        case "valid": return "Số phiếu hợp lệ"
        default:
            if field.hasPrefix("invalid."), let reason = InvalidBallotReason(code: String(field.dropFirst("invalid.".count))) {
                return "Không hợp lệ: " + LogReadingWords.reasonWords(reason)
            }
            if field.hasPrefix("votes."), let n = Int(field.dropFirst("votes.".count)), n >= 1, n <= names.count {
                return "\(n). \(names[n - 1])"
            }
            return field
        }
    }
}
