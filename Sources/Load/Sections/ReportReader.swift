import CongressModel
import Diagnostics
import Foundation
import Vietnamese

/// `political_report:`, `targets:`, `resolution:` and `document_numbers:` — the congress documents' content.
enum ReportReader {
    /// The report's keys, in the order of its parts.
    static var reportKeys: [String] { CongressFields.politicalReport.keys }
    /// The papers that carry a number (số văn bản), as `document_numbers` names them.
    static var numberedPapers: [String] { CongressFields.documentNumbers.keys }

    static func report(_ cursor: Cursor) -> PoliticalReport? {
        guard let map = cursor.map(keys: reportKeys) else { return nil }
        let title = PeopleReader.optional(map, "title") { $0.text() }
        let results = PeopleReader.optional(map, "results") { fields($0) }
        let prose = ["limitations", "lessons", "directions", "general_goal", "tasks", "breakthroughs"]
            .map { key in PeopleReader.optional(map, key) { $0.text() } }
        guard let title, let results, prose.allSatisfy({ $0 != nil }) else { return nil }
        let text = prose.map { $0 ?? nil }
        return PoliticalReport(title: title ?? "Báo cáo chính trị", results: results ?? [], limitations: text[0],
                               lessons: text[1], directions: text[2], generalGoal: text[3], tasks: text[4],
                               breakthroughs: text[5], location: cursor.location)
    }

    /// `committee_review:` — the outgoing committee's review, each part Markdown (or a `{file: …}`).
    static func committeeReview(_ cursor: Cursor) -> CommitteeReview? {
        guard let map = cursor.map(keys: CongressFields.committeeReview.keys) else { return nil }
        let text = CongressFields.committeeReview.keys.map { key in PeopleReader.optional(map, key) { $0.text() } }
        guard text.allSatisfy({ $0 != nil }) else { return nil }
        let part = { (key: String) in text[CongressFields.committeeReview.keys.firstIndex(of: key) ?? 0] ?? nil }
        return CommitteeReview(title: part("title"), strengths: part("strengths"), limitations: part("limitations"),
                               previousRemedies: part("previous_remedies"), lessons: part("lessons"),
                               remedies: part("remedies"), location: cursor.location)
    }

    /// `speeches:` — the prose the printed opening and closing speeches add to the script's lines.
    static func speeches(_ cursor: Cursor) -> Speeches? {
        guard let map = cursor.map(keys: CongressFields.speeches.keys) else { return nil }
        let opening = PeopleReader.optional(map, "opening") { $0.text() }
        let closing = PeopleReader.optional(map, "closing") { $0.text() }
        guard let opening, let closing else { return nil }
        return Speeches(opening: opening, closing: closing)
    }

    static func targets(_ cursor: Cursor) -> [Target]? {
        guard let entries = cursor.list() else { return nil }
        let targets = entries.map(target)
        return targets.contains { $0 == nil } ? nil : targets.compactMap { $0 }
    }

    static func resolution(_ cursor: Cursor) -> Resolution? {
        guard let map = cursor.map(keys: CongressFields.resolution.keys) else { return nil }
        let points = PeopleReader.optional(map, "points") { decisionPoints($0) }
        let implementation = PeopleReader.optional(map, "implementation") { $0.text() }
        guard let points, let implementation else { return nil }
        return Resolution(points: points ?? [], implementation: implementation)
    }

    /// `document_numbers: {resolution: 05-NQ/ĐH}` — numbers stated in the data, by paper.
    static func documentNumbers(_ cursor: Cursor) -> [String: String]? {
        guard let map = cursor.map(keys: numberedPapers) else { return nil }
        var numbers: [String: String] = [:]
        for (key, value) in map.entries {
            guard let text = value.text() else { return nil }
            numbers[key] = text
        }
        return numbers
    }
}

private extension ReportReader {
    static func fields(_ cursor: Cursor) -> [ReportField]? {
        guard let entries = cursor.list() else { return nil }
        let fields = entries.map { entry -> ReportField? in
            guard let map = entry.map(keys: CongressFields.reportField.keys) else { return nil }
            let field = map.required("field")?.text()
            let text = map.required("text")?.text()
            guard let field, let text else { return nil }
            return ReportField(field: field, text: text)
        }
        return fields.contains { $0 == nil } ? nil : fields.compactMap { $0 }
    }

    static func target(_ cursor: Cursor) -> Target? {
        guard let map = cursor.map(keys: CongressFields.target.keys) else {
            return nil
        }
        let name = map.required("name")?.text()
        let unit = map.required("unit")?.text()
        let direction = PeopleReader.optional(map, "direction") { $0.choice(TargetDirection.self) }
        let planned = PeopleReader.optional(map, "planned") { $0.decimal() }
        let achieved = PeopleReader.optional(map, "achieved") { $0.decimal() }
        let newTarget = PeopleReader.optional(map, "new_target") { $0.decimal() }
        guard let name, let unit, let direction, let planned, let achieved, let newTarget else { return nil }
        return Target(name: name, unit: unit, direction: direction ?? .atLeast, planned: planned, achieved: achieved,
                      newTarget: newTarget, location: cursor.location)
    }

    static func decisionPoints(_ cursor: Cursor) -> [ResolutionPoint]? {
        guard let entries = cursor.list() else { return nil }
        let read = entries.map { entry -> ResolutionPoint? in
            guard let map = entry.map(keys: CongressFields.resolutionPoint.keys) else { return nil }
            let title = map.required("title")?.text()
            let text = map.required("text")?.text()
            guard let title, let text else { return nil }
            return ResolutionPoint(title: title, text: text)
        }
        return read.contains { $0 == nil } ? nil : read.compactMap { $0 }
    }
}

extension Cursor {
    /// An exact decimal: `10.66`, `78`, or the text "10,66"; never read through a binary floating-point value.
    func decimal() -> ExactDecimal? {
        guard kind == .integer || kind == .number || kind == .text, let raw = rawScalar else {
            wrongType(.number)
            return nil
        }
        guard let value = ExactDecimal(parsing: raw.trimmingCharacters(in: .whitespaces)) else {
            error(.invalidDecimal(key: path, found: raw))
            return nil
        }
        return value
    }
}
