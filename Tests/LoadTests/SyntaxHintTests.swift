import Diagnostics
import Foundation
import Load
import Testing

/// Syntax mistakes a secretary makes get a located Vietnamese hint (issue 12 §4).
@Suite struct SyntaxHintTests {
    @Test("a tab in the indentation: DH135 with the caret under the tab, in Vietnamese and English")
    func tabIndentation() {
        let first = load(minimal(replacing: [4: "\tlevel: chi-bo"]))
        #expect(summary(first) == ["congress.yaml:4:1 DH135"])
        #expect(onlyText(first, .vi) == "thụt lề bằng ký tự tab — dùng dấu cách, không dùng tab")
        #expect(onlyText(first, .en) == "indentation with a tab character — use spaces, not tabs")
        #expect(summary(load(minimal(replacing: [4: " \tlevel: chi-bo"]))) == ["congress.yaml:4:2 DH135"])
        #expect(summary(load(minimal(replacing: [22: "  \t  start: \"07:30\""]))) == ["congress.yaml:22:3 DH135"])
    }

    @Test("a comma inside an unquoted one-line value: DH136 naming the value to quote, not an unknown key")
    func commaInFlowValue() {
        let result = load(minimal(replacing: [13: "  - {id: hoa, name: Trần Thị Hòa, position: Bí thư Chi bộ, Hiệu trưởng}"]))
        #expect(summary(result) == ["congress.yaml:13:60 DH136"])
        #expect(onlyText(result, .vi) == "giá trị của 'position' bị cắt ở dấu ',' hoặc ':' không có ngoặc kép, trước 'Hiệu trưởng' — đặt cả giá trị trong ngoặc kép, như position: \"…\"")
        #expect(load(minimal(replacing: [13: "  - {id: hoa, name: Trần Thị Hòa, position: \"Bí thư Chi bộ, Hiệu trưởng\"}"])).diagnostics.isEmpty)
    }

    @Test("a colon inside an unquoted one-line value: DH136 at the colon")
    func colonInFlowValue() {
        let result = load(minimal(replacing: [24: "      - {title: Thảo luận: các ý kiến, minutes: 5, performer: hoa}"]))
        #expect(summary(result) == ["congress.yaml:24:26 DH136"])
        #expect(onlyText(result, .en) == "the value of 'title' is cut at an unquoted ',' or ':', before 'các ý kiến' — put the whole value in quotes, as title: \"…\"")
    }

    @Test("an unclosed quote is reported where it opens, not at the end of the file")
    func unclosedQuote() {
        let result = load(minimal(replacing: [3: "  name: \"Chi bộ Khu phố 3"]))
        #expect(summary(result) == ["congress.yaml:3:9 DH138"])
        #expect(onlyText(result, .vi) == "dấu ngoặc kép mở ở đây không được đóng trên cùng dòng (dấu ngoặc kép tiếp theo ở dòng 22) — thêm dấu đóng ở cuối giá trị")
        let last = load(minimal(appending: ["    end: \"11:30"]))
        #expect(summary(last) == ["congress.yaml:25:10 DH138"])
        #expect(onlyText(last, .en) == "the quote opened here is never closed — close it at the end of the value")
        let single = load(minimal(replacing: [11: "  venue: 'Nhà văn hóa"], appending: ["    end: \"11:30\""]))
        #expect(summary(single).first == "congress.yaml:11:10 DH138")
        // Quotes inside a block scalar, in a comment or in the middle of a plain value are text: not blamed.
        let block = load(minimal(replacing: [11: "  venue: |\n    \"Nhà văn hóa\n    'khu phố", 6: "  place: Thái Bình # \"x"],
                                 appending: ["    end: 11:30: x"]))
        #expect(summary(block) == ["congress.yaml:27:15 DH101"])
        let plain = load(minimal(replacing: [11: "  venue: Nhà \"văn hóa"], appending: ["    end: 11:30: x"]))
        #expect(summary(plain) == ["congress.yaml:25:15 DH101"])
        // A doubled '' inside single quotes is a quote, not the end.
        let doubled = load(minimal(replacing: [11: "  venue: 'Nhà ''văn'' hóa"], appending: ["    end: \"11:30\""]))
        #expect(summary(doubled).first == "congress.yaml:11:10 DH138")
    }

    @Test("a bad escape inside double quotes is that problem, at the escape, not an unclosed quote")
    func badEscapeIsNotAnUnclosedQuote() {
        let unknown = load(minimal(replacing: [6: "  place: \"Thái\\qBình\""]))
        #expect(summary(unknown) == ["congress.yaml:6:15 DH101"])
        #expect(onlyText(unknown, .vi)?.hasPrefix("lỗi cú pháp YAML: chuỗi thoát") == true, "\(onlyText(unknown, .vi) ?? "")")
        let surrogate = load(minimal(replacing: [6: "  place: \"Thái\\ud800Bình\""]))
        #expect(summary(surrogate).map { String($0.suffix(5)) } == ["DH101"])
        #expect(onlyText(surrogate, .vi)?.contains("không phải một ký tự") == true, "\(onlyText(surrogate, .vi) ?? "")")
    }

    @Test("U+2028, U+2029 and U+0085 inside a value stay in it and do not move later lines")
    func unicodeLineBreaks() {
        for separator in ["\u{2028}", "\u{2029}", "\u{85}"] {
            let plain = load(minimal(replacing: [5: "  superior: Đảng bộ\(separator)phường Quang Trung", 8: "  kind: dang-vienx"]))
            #expect(summary(plain) == ["congress.yaml:8:9 DH107"], "\(separator.unicodeScalars.first!.value)")
            let quoted = load(minimal(replacing: [5: "  superior: \"Đảng bộ\(separator)phường\(separator)\(separator)Quang Trung\""]))
            #expect(quoted.congress?.organisation.superior == "Đảng bộ\(separator)phường\(separator)\(separator)Quang Trung")
            let flow = load(minimal(replacing: [13: "  - {id: hoa, name: Trần\(separator)Thị Hòa}", 14: "  - {id: nam, name: Lê Văn Nam, gender: x}"]))
            #expect(summary(flow) == ["congress.yaml:14:41 DH107"])
            let syntax = load(minimal(replacing: [3: "  name: Chi bộ\(separator)Khu phố 3", 6: "  place: Thái: Bình"]))
            #expect(summary(syntax) == ["congress.yaml:6:14 DH101"])
            // With U+FDD0 in the text the characters cannot be hidden from libyaml: line numbers are mapped back.
            let fdd0 = String(Unicode.Scalar(0xFDD0)!)
            let mapped = load(minimal(replacing: [5: "  superior: \"Đảng bộ\(separator)phường \(fdd0)\"", 8: "  kind: dang-vienx"]))
            #expect(summary(mapped) == ["congress.yaml:8:9 DH107"])
            let sameLine = load(minimal(replacing: [13: "  - {id: hoa, name: \"Trần\(separator)\(fdd0)\", gender: x}"]))
            #expect(summary(sameLine) == ["congress.yaml:13:39 DH107"])
        }
    }
}
