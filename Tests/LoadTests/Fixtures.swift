import Diagnostics
import Foundation
import Load

/// The example of docs/congress-format.md, verbatim.
let exampleYAML = """
schema: 1
organisation:
  name: Chi bộ Khu phố 3
  level: chi-bo-truc-thuoc
  superior: Đảng bộ phường Quang Trung
  place: Thái Bình
congress:
  kind: dang-vien
  number: 5
  term: 2025-2027
  venue: Nhà văn hóa Khu phố 3
people:
  - {id: hoa, name: Trần Thị Hòa, gender: nu, birth_year: 1970, ethnicity: Kinh, education: dai-hoc,
     theory: trung-cap, joined: 1998-03-26, membership: chinh-thuc, position: Bí thư Chi bộ}
  - {id: nam, name: Lê Văn Nam, gender: nam, birth_year: 1985, membership: du-bi}
  - {id: tuan, name: Phạm Anh Tuấn, position: Phó Bí thư Đảng ủy phường}
delegates:
  - hoa
  - {person: nam, absent: "Ốm, có đơn xin phép"}
guests:
  - {person: tuan, superior: true}
bodies:
  presidium: [hoa]
  secretariat: [nam]
sessions:
  official:
    date: 2025-04-12
    start: "07:30"
    end: "11:30"
    items:
      - {title: Chào cờ, minutes: 5, performer: hoa, kind: flag}
      - title: Báo cáo tình hình đảng viên dự đại hội
        minutes: 5
        performer: nam
        kind: attendance
discussions:
  - {speaker: hoa, topic: Công tác phát triển đảng viên}
motions:
  - {subject: Bầu Chủ tịch và Thư ký Đại hội, for: 1, elects: [presidium, secretariat]}
  - {subject: Thông qua chương trình đại hội, for: 1}
  - {subject: Thông qua Biên bản Đại hội, for: 1, minutes: true}
draft_comments:
  - documents: dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
    count: 2
    summary: Nhất trí với dự thảo.

"""

/// A small valid file whose lines the malformed tests replace one at a time.
/// Line numbers matter: tests name them.
let minimalLines = [
    "schema: 1",                                   // 1
    "organisation:",                               // 2
    "  name: Chi bộ Khu phố 3",                    // 3
    "  level: chi-bo",                             // 4
    "  superior: Đảng bộ phường Quang Trung",      // 5
    "  place: Thái Bình",                          // 6
    "congress:",                                   // 7
    "  kind: dang-vien",                           // 8
    "  number: 5",                                 // 9
    "  term: 2025-2030",                           // 10
    "  venue: Nhà văn hóa",                        // 11
    "people:",                                     // 12
    "  - {id: hoa, name: Trần Thị Hòa}",           // 13
    "  - {id: nam, name: Lê Văn Nam}",             // 14
    "delegates: [hoa, nam]",                       // 15
    "bodies:",                                     // 16
    "  presidium: [hoa]",                          // 17
    "  secretariat: [nam]",                        // 18
    "sessions:",                                   // 19
    "  official:",                                 // 20
    "    date: 2025-04-12",                        // 21
    "    start: \"07:30\"",                        // 22
    "    items:",                                  // 23
    "      - {title: Chào cờ, minutes: 5, performer: hoa}", // 24
]

/// The minimal file with some lines replaced (1-based line number → new text) and lines appended.
func minimal(replacing replacements: [Int: String] = [:], appending extra: [String] = []) -> String {
    var lines = minimalLines
    for (line, text) in replacements { lines[line - 1] = text }
    return (lines + extra).joined(separator: "\n") + "\n"
}

/// Loads text as `congress.yaml`.
func load(_ text: String, file: String = "congress.yaml") -> LoadResult {
    CongressLoader().load(text: text, file: file)
}

/// `file:line:column code` of every diagnostic, the shape most tests compare.
func summary(_ result: LoadResult) -> [String] {
    result.diagnostics.map { "\($0.location?.description ?? "-") \($0.code)" }
}

/// The message of the only diagnostic, in a language.
func onlyText(_ result: LoadResult, _ language: Language) -> String? {
    result.diagnostics.count == 1 ? result.diagnostics[0].message.text(in: language) : nil
}

/// A fresh temporary folder for file-reference tests.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "daihoi-load-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
