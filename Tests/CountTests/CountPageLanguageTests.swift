import Count
import CountServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `daihoi count --lang en`: the counting room's pages in English (roles, buttons, the hall view), Vietnamese by
/// default; errors shown from the API's English message.
struct CountPageLanguageTests {
    /// A letter only Vietnamese (or another language than English) writes: Latin-1 and Latin Extended letters,
    /// the precomposed Vietnamese letters, combining marks. `—`, `·` and `✓` are punctuation.
    static func vietnameseLetters(_ text: String) -> [Character] {
        text.filter { c in
            c.unicodeScalars.contains { s in
                (0xC0...0x24F).contains(s.value) || (0x1E00...0x1EFF).contains(s.value) || (0x300...0x36F).contains(s.value)
            }
        }.map { $0 }
    }

    func page(_ f: CountFixture, _ language: CountPageLanguage, _ path: String) async throws -> String {
        let routes = CountRoutes(session: f.session, eventStreamSeconds: 1, language: language)
        return try await Application(router: routes.router()).test(.router) { client in
            try await client.execute(uri: path, method: .get) { r in
                #expect(r.status == .ok)
                return String(decoding: r.body.readableBytesView, as: UTF8.self)
            }
        }
    }

    @Test func everyPageIsInEnglishUnderLangEnAndInVietnameseByDefault() async throws {
        let f = try CountFixture()
        for path in ["/", "/nhap", "/truong-ban"] {
            let english = try await page(f, .english, path)
            let vietnamese = try await page(f, .vietnamese, path)
            #expect(Self.vietnameseLetters(english).isEmpty, "\(path): \(String(Self.vietnameseLetters(english)))")
            #expect(english.contains("<html lang=\"en\">") && vietnamese.contains("<html lang=\"vi\">"))
            // English errors come from the API's English message.
            #expect(english.contains("(j.message_en||j.message||r.status)"))
            #expect(vietnamese.contains("(j.message||r.status)") && !vietnamese.contains("message_en"))
            #expect(!Self.vietnameseLetters(vietnamese).isEmpty)
        }
        let head = try await page(f, .english, "/truong-ban")
        #expect(head.contains("<h1>Head of the counting board <span"))
        #expect(head.contains(">Publish the results</button>") && head.contains("'Choose this reading'"))
        let entry = try await page(f, .english, "/nhap")
        #expect(entry.contains("<kbd>Enter</kbd>: save the ballot, go to the next"))
        #expect(entry.contains("'this token is not that of the '+(role==='head'?'head of the board':'entry clerk')"))
        let hall = try await page(f, .english, "/")
        #expect(hall.contains("el('h2','Elected')") && hall.contains("['Name','Votes','Share (of '+r.base+')']"))
        // Vietnamese by default: the page as written.
        #expect(try await page(f, .vietnamese, "/truong-ban").contains(">Công bố kết quả</button>"))
        #expect(try await page(f, .vietnamese, "/").contains("el('h2','Trúng cử')"))
    }

    @Test func rolesAndRefusalsHaveBothLanguages() {
        #expect(Member.Role.head.vietnamese == "Trưởng Ban Kiểm phiếu" && Member.Role.head.english == "head of the counting board")
        #expect(Member.Role.clerk.vietnamese == "người nhập phiếu" && Member.Role.clerk.english == "entry clerk")
        let refusal = CountRefusal.positionAlreadyEntered(pile: 2, position: 7)
        #expect(refusal.message() == "tập 2, phiếu số 7 đã được đồng chí nhập — muốn sửa, chọn «sửa phiếu»")
        #expect(refusal.message(english: true) == "pile 2, ballot 7 is already entered by you — send a correction to change it")
    }
}
