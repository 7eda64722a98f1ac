import ArgumentParser
import CongressModel
import Count
import CountServer
import DaiHoi
import Derive
import Foundation
import Hummingbird
import Load

/// `daihoi count congress.yaml` — the counting room's local web server (docs/count.md): ballots entered twice by
/// the Ban Kiểm phiếu's clerks, reconciled by its head, shown in the hall, published into `ket-qua-kiem-phieu.yaml`.
struct CountCommand: AsyncParsableCommand {
    static var english: Bool { CLILanguage.current == .en }
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "count",
            abstract: english ? "Count the ballots in the room: double entry, reconciliation, the hall view, the results for the minutes."
                : "Kiểm phiếu tại đại hội: nhập phiếu hai lần, đối chiếu, màn hình hội trường, kết quả cho biên bản kiểm phiếu.",
            discussion: english
                ? "Opens kiem-phieu.sqlite beside the congress file, prints each member's token once, and serves http://127.0.0.1:PORT/ (hall), /nhap (entry), /truong-ban (head). --verify recomputes every published round's check code. The procedure, step by step: docs/count.md.\n\nExamples:\n  daihoi count congress.yaml                    (the room on http://127.0.0.1:8080/)\n  daihoi count congress.yaml --lan --extra-clerks 2\n  daihoi count congress.yaml --verify           (after publishing: the check codes again)"
                : "Mở kiem-phieu.sqlite cạnh tệp đại hội, in mã truy cập của từng thành viên một lần, phục vụ http://127.0.0.1:PORT/ (hội trường), /nhap (nhập phiếu), /truong-ban (Trưởng ban). --verify tính lại mã kiểm tra của mọi lần bầu đã công bố. Cách làm từng bước: docs/count.md.\n\nVí dụ:\n  daihoi count congress.yaml                    (phòng kiểm phiếu ở http://127.0.0.1:8080/)\n  daihoi count congress.yaml --lan --extra-clerks 2\n  daihoi count congress.yaml --verify           (sau khi công bố: tính lại mã kiểm tra)")
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.congressFile, valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp(english ? "Port to listen on." : "Cổng.", valueName: "port"))
    var port: Int = 8080

    @Flag(name: .long, help: ArgumentHelp(english ? "Listen on the local network too (prints the address and a warning)." : "Mở cho mạng nội bộ (in địa chỉ và cảnh báo)."))
    var lan = false

    @Option(name: .customLong("entries-per-pile"), help: ArgumentHelp(english ? "Independent entries of every pile: 2 or 3 (fixed when the database is created)." : "Số người nhập độc lập mỗi tập: 2 hoặc 3 (cố định khi tạo cơ sở dữ liệu).", valueName: "n"))
    var entriesPerPile: Int = 2

    @Option(name: .customLong("extra-clerks"), help: ArgumentHelp(english ? "Entry clerks beyond the board's members." : "Số người nhập phiếu thêm ngoài thành viên Ban Kiểm phiếu.", valueName: "n"))
    var extraClerks: Int = 0

    @Flag(name: .long, help: ArgumentHelp(english ? "Recompute each published round's check code from the database and compare." : "Tính lại mã kiểm tra từ cơ sở dữ liệu và so sánh."))
    var verify = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard (2...3).contains(entriesPerPile) else { throw ValidationError("--entries-per-pile: 2 | 3") }
        guard (1...65535).contains(port) else { throw ValidationError("--port: 1–65535") }
        guard (0...20).contains(extraClerks) else { throw ValidationError("--extra-clerks: 0–20") }
    }

    func run() async throws {
        let english = common.language == .en
        let loaded = CongressLoader().load(file: file)
        guard let congress = loaded.congress else {
            Console.print(loaded.diagnostics, language: common.language)
            throw ExitCode(1)
        }
        let folder = (file as NSString).deletingLastPathComponent
        let databasePath = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(CountStore.fileName)
        let store = try CountStore(path: databasePath)
        try store.setSettingOnce("entries_per_pile", String(entriesPerPile))
        let perPile = Int(try store.setting("entries_per_pile") ?? "") ?? entriesPerPile
        let session = CountSession(congress: congress, store: store, entriesPerPile: perPile)

        if verify {
            var ok = true
            let verified = try session.verify()
            if verified.isEmpty { say(english ? "No round is published yet." : "Chưa có lần bầu nào được công bố.") }
            for v in verified {
                let same = v.stored == v.recomputed
                ok = ok && same
                say("\(v.election) \(english ? "round" : "lần") \(v.round): \(v.stored) \(same ? "✓" : (english ? "≠ recomputed " : "≠ tính lại ") + v.recomputed)")
            }
            if !ok { throw ExitCode(1) }
            return
        }

        let board = ElectionHolding(atFirstMeeting: false, congress: congress).board.map { congress.person($0)?.name ?? $0.rawValue }
        let clerks = Array(board.dropFirst()) + (0..<extraClerks).map { (english ? "Entry clerk " : "Người nhập phiếu ") + String($0 + 1) }
        guard let head = board.first, clerks.count >= perPile else {
            let refusal = CountRefusal.boardTooSmall(clerks: clerks.count, needed: perPile)
            Console.progress("\(refusal.code): \(refusal.message(english: english)) (--extra-clerks)")
            throw ExitCode(1)
        }
        let issued = try store.issueTokens(head: head, clerks: clerks)
        if issued.isEmpty {
            say(english ? "Tokens were issued when \(databasePath) was created; they are not shown again."
                          : "Mã truy cập đã cấp khi tạo \(databasePath); không in lại.")
        } else {
            say(english ? "Tokens (shown once — print or copy them now):" : "Mã truy cập (chỉ in một lần — in hoặc chép ngay):")
            for (member, token) in issued {
                say("  \(token)  \(english ? member.role.english : member.role.vietnamese): \(member.name)")
            }
        }
        let host = lan ? "0.0.0.0" : "127.0.0.1"
        let resultsFolder = folder.isEmpty ? "." : folder
        let routes = CountRoutes(session: session, language: english ? .english : .vietnamese) { _ in
            let path = (resultsFolder as NSString).appendingPathComponent(CountResultsFile.fileName)
            // The logs first: the results file that names them is written once they are on disk.
            for log in try EntryLogFile.files(session) {
                try AtomicWriter().write(Data(log.text.utf8), to: (resultsFolder as NSString).appendingPathComponent(log.name))
            }
            try AtomicWriter().write(Data(try CountResultsFile.text(session).utf8), to: path)
            return path
        }
        let router = routes.router()
        // Nhật ký nhập phiếu of the rounds published so far, printable from the head's page (Ctrl+P).
        let templates = TemplateLocator.builtIn(), overlay = common.templates
        router.get("/nhat-ky") { _, _ in
            do {
                let html = try Pipeline(templateFolder: templates, templateOverlay: overlay).renderHTML(.countLog, of: try session.publishedCongress())
                return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: .init(byteBuffer: ByteBuffer(string: html)))
            } catch {
                return Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "\(error)")))
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "daihoi-count"),
                              onServerRunning: { _ in
            say(english ? "Counting at http://127.0.0.1:\(port)/ (hall) · /nhap (entry) · /truong-ban (head)"
                          : "Kiểm phiếu tại http://127.0.0.1:\(port)/ (hội trường) · /nhap (nhập phiếu) · /truong-ban (Trưởng ban)")
            say(english ? "Counting by groups' tally sheets: /kiem-dem (entry) · /truong-ban/kiem-dem (head)"
                          : "Kiểm theo tổ (biên bản kiểm đếm): /kiem-dem (nhập) · /truong-ban/kiem-dem (Trưởng ban)")
            if lan {
                for address in LocalAddresses.ipv4() { say("  http://\(address):\(port)/") }
                say(english ? "WARNING: the count is open to the local network; anyone on it can see the hall view. Use only the counting room's own network."
                              : "CẢNH BÁO: phiên kiểm phiếu mở cho mạng nội bộ; ai trong mạng cũng xem được màn hình hội trường. Chỉ dùng mạng riêng của phòng kiểm phiếu.")
            }
        })
        try await app.runService()
    }
}

/// A line on standard output, written at once (not held in a buffer while the server runs).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The machine's IPv4 addresses other than loopback, for `--lan` to print.
enum LocalAddresses {
    static func ipv4() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var found: [String] = []
        for pointer in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = pointer.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                let text = String(cString: host)
                if !text.hasPrefix("127.") { found.append(text) }
            }
        }
        return found
    }
}
