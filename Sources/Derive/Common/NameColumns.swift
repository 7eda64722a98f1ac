import CongressModel
import Template
import Vietnamese

/// Danh sách theo vần A, B, C — the names of an elected list as a resolution prints them: in Vietnamese
/// alphabetical order (by given name, `VietnameseCollation`), numbered, in rows of two or three columns of a
/// borderless table rather than one name per line (reviews/papers.md §2.9: 41 names one per line took 2½ pages).
enum NameColumns {
    /// Two columns up to eight names, three from nine.
    static func columns(for count: Int) -> Int { count >= 9 ? 3 : 2 }

    /// The rows, read left to right then down; a short last row is filled with empty cells.
    static func rows(_ people: [PersonID], congress: Congress) -> [TemplateValue] {
        let names = VietnameseCollation.sorted(people.map { congress.person($0)?.name ?? $0.rawValue }, byName: { $0 })
        let width = columns(for: names.count)
        return stride(from: 0, to: names.count, by: width).map { start in
            let cells = (start..<start + width).map { index -> TemplateValue in
                guard index < names.count else { return .object(["number": .bool(false), "name": .string("")]) }
                return .object(["number": .string(String(index + 1)), "name": .string(names[index])])
            }
            return .object(["cells": .list(cells)])
        }
    }
}
