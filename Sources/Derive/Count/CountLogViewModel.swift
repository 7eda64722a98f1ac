import CongressModel
import Elections
import Template
import Vietnamese

/// Nhật ký nhập phiếu — the printed entry log of every round `daihoi count` counted (issue 16; Thái Nguyên prints
/// the entry log of its three-computer count): the names on the ballot by number, the board's members, the ballots
/// issued and collected as the head recorded them, then pile by pile every ballot as each clerk entered it
/// (corrections kept beside the reading that stands), whether the clerks agree, and the head's decision where they
/// do not; each clerk's closing of the pile; and the check code, the SHA-256 of exactly this log, as on the
/// vote-count minutes. Read from the round's `entry_log` (`CountLogRecord`); which reading counts is the count's.
public struct CountLogViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// Whether any round of `congress` carries a readable entry log: the paper applies only then.
    public static func applies(to congress: Congress) -> Bool {
        congress.elections.contains { $0.rounds.contains { $0.entryLog.flatMap(Self.record) != nil } }
    }

    static func record(_ text: String) -> CountLogRecord? {
        if case .success(let record) = CountLogRecord.parse(text) { return record }
        return nil
    }

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        var sheets: [TemplateValue] = []
        for entry in (elections ?? ElectionList(congress)).entries {
            for (index, round) in entry.election.rounds.enumerated() {
                guard let log = round.entryLog.flatMap(Self.record) else { continue }
                sheets.append(Self.sheet(log, round: index + 1, code: round.checkCode ?? "", entry: entry, congress: congress))
            }
        }
        templateValue = .object([
            "congress_name": .string(CongressNaming(congress).name),
            "sheets": .list(sheets),
        ])
    }

    static func sheet(_ log: CountLogRecord, round: Int, code: String, entry: ElectionList.Entry, congress: Congress) -> TemplateValue {
        let names = log.candidates.map { congress.person(PersonID($0))?.name ?? $0 }
        let form = BallotForm(candidates: names.count, seats: log.seats)
        let member = Dictionary(log.members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let name = { (id: Int) in member[id]?.name ?? "#\(id)" }
        let describe = { (reading: String) in LogReadingWords.describe(reading, names: names.count) }
        let piles = Set(log.entries.map(\.pile) + log.closings.map(\.pile)).sorted().map { pile -> TemplateValue in
            let entries = log.entries.filter { $0.pile == pile }
            let clerks = LogReadingWords.firstSeen(entries.map(\.clerk))
            let positions = Set(entries.map(\.position)).sorted()
            var differ = 0
            let rows = positions.map { position -> TemplateValue in
                let here = entries.filter { $0.position == position }
                let latest = clerks.map { clerk in here.filter { $0.clerk == clerk }.max { $0.revision < $1.revision } }
                let agree = latest.allSatisfy { $0 != nil && $0?.reading == latest.first??.reading }
                if !agree { differ += 1 }
                let decision = log.decisions.last { $0.pile == pile && $0.position == position }
                return .object([
                    "position": .string(String(position)),
                    "cells": .list(clerks.enumerated().map { column, clerk in
                        let mine = here.filter { $0.clerk == clerk }.sorted { $0.revision < $1.revision }
                        guard let last = mine.last else { return .object(["text": .string("(chưa nhập)")]) }
                        let earlier = mine.dropLast().map { describe($0.reading) }
                        return .object(["text": .string(describe(last.reading)
                                        + (earlier.isEmpty ? "" : " (sửa; trước: " + earlier.joined(separator: "; ") + ")"))])
                    }),
                    "agree": .bool(agree),
                    "decision": .string(decision.map { describe($0.reading) + " (" + name($0.head) + ")" } ?? ""),
                ])
            }
            return .object([
                "pile": .string(String(pile)),
                "clerks": .list(clerks.map { .object(["name": .string(name($0))]) }),
                "rows": .list(rows),
                "ballots": .string(VietnameseNumber.integer(positions.count)),
                "differ": .string(VietnameseNumber.integer(differ)),
                "closings": .list(log.closings.filter { $0.pile == pile }.map {
                    .object(["name": .string(name($0.clerk)), "ballots": .string(VietnameseNumber.integer($0.ballots)),
                             "at": .string(LogTime.vietnam($0.at))])
                }),
            ])
        }
        return .object([
            "header": HeaderViewModel(congress, holding: entry.holding, body: DocumentKind.countLog.headerBody(in: congress)).templateValue,
            "body_in_text": .string(entry.nameInText),
            "held_at_first_meeting": .bool(entry.holding.atFirstMeeting),
            "first_meeting": .string(FirstMeetingNaming(congress).meeting),
            "round": .string(String(round)),
            "seats": .string(VietnameseNumber.integer(log.seats)),
            "strike_names": .bool(form == .strikeNames),
            "names": .list(names.enumerated().map { .object(["number": .string(String($0.offset + 1)), "name": .string($0.element)]) }),
            "head": .list(log.members.filter { $0.role == "head" }.map { .object(["name": .string($0.name)]) }),
            "handed_out": .list(log.handedOut.map {
                .object(["issued": .string(VietnameseNumber.integer($0.issued)), "collected": .string(VietnameseNumber.integer($0.collected)),
                         "name": .string(name($0.head)), "at": .string(LogTime.vietnam($0.at))])
            }),
            "piles": .list(piles),
            "tally": .bool(!log.tallyEntries.isEmpty),
            "groups": .list(TallyLogGroups.groups(log, names: names, name: name)),
            "entries": .string(VietnameseNumber.integer(log.entries.count + log.tallyEntries.count)),
            "decisions": .string(VietnameseNumber.integer(log.decisions.count + log.tallyDecisions.count)),
            "check_code": .string(code),
            "signatures": .list(VoteCountViewModel.signature(entry.holding, congress: congress).map { [$0.templateValue] } ?? []),
        ])
    }
}

/// A reading of the entry log in words, short enough for a table cell; names are by their number on the ballot.
enum LogReadingWords {
    static func describe(_ reading: String, names: Int) -> String {
        let body = String(reading.dropFirst(2))
        switch reading.prefix(2) {
        case "K:":
            let kept = Set(body.split(separator: ",").compactMap { Int($0) })
            let struck = (1...max(1, names)).filter { !kept.contains($0) && $0 <= names }
            return struck.isEmpty ? "không gạch tên nào" : "gạch " + struck.map(String.init).joined(separator: ", ")
        case "A:":
            let marks = Array(body)
            if marks.count == 1 { return word(marks[0]) }
            let no = marks.indices.filter { marks[$0] == "n" }.map { String($0 + 1) }
            let none = marks.indices.filter { marks[$0] == "-" }.map { String($0 + 1) }
            if no.isEmpty && none.isEmpty { return "đồng ý tất cả" }
            return [no.isEmpty ? nil : "không đồng ý " + no.joined(separator: ", "),
                    none.isEmpty ? nil : "không tính " + none.joined(separator: ", ")].compactMap { $0 }.joined(separator: "; ")
        case "I:":
            guard let reason = InvalidBallotReason(code: body) else { return reading }
            var words = reasonWords(reason)
            if words.hasPrefix("Phiếu ") { words = String(words.dropFirst("Phiếu ".count)) }
            return "không hợp lệ: " + words
        default:
            return reading == "none" ? "không có phiếu ở vị trí này" : reading
        }
    }

    /// The clerks of a pile or a group, each once, in the order their first entry stands in the log (one column each).
    static func firstSeen(_ clerks: [Int]) -> [Int] {
        var seen: [Int] = []
        for clerk in clerks where !seen.contains(clerk) { seen.append(clerk) }
        return seen
    }

    /// The thể lệ's words for an invalid ballot's reason, without the full stop, for a table cell.
    static func reasonWords(_ reason: InvalidBallotReason) -> String {
        var words = ElectionRulesViewModel.words(reason)
        if words.hasSuffix(".") { words.removeLast() }
        return words
    }

    static func word(_ mark: Character) -> String {
        switch mark {
        case "y": "đồng ý"
        case "n": "không đồng ý"
        default: "không đánh dấu (không tính)"
        }
    }
}

/// The log's times are UTC (`2025-05-10T08:00:01Z`, fractions of a second allowed); the paper prints them as the
/// room's clock showed them, Vietnam's time (UTC+7, no daylight saving): "15:00:01 ngày 10/5/2025".
enum LogTime {
    static func vietnam(_ stamp: String) -> String {
        let parts = stamp.split(whereSeparator: { "-T:Z.".contains($0) }).map(String.init)
        guard parts.count >= 6, let y = Int(parts[0]), let mo = Int(parts[1]), let d = Int(parts[2]), let h = Int(parts[3]),
              let mi = Int(parts[4]), let s = Int(parts[5]), (1...12).contains(mo), (1...31).contains(d) else { return stamp }
        var (day, month, year, hour) = (d, mo, y, h + 7)
        if hour >= 24 {
            hour -= 24
            day += 1
            if day > CalendarDate.daysIn(month: month, year: year) { day = 1; month += 1 }
            if month > 12 { month = 1; year += 1 }
        }
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(hour)):\(two(mi)):\(two(s)) ngày \(day)/\(month)/\(year)"
    }
}
