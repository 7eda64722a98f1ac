import CongressModel
import Count
import Foundation
import Load

/// The hand-written sample Chi bộ Khu phố 3 (19 members, 17 official; 17 present of whom 15 official voters), with
/// a fresh count database in a temporary folder. Its Chi ủy election: 3 places, 4 candidates (a surplus ballot);
/// base 17 official − 2 exclusions = 15, so 8 votes pass (more than half). Its Bí thư election: 1 place, 1 name.
struct CountFixture {
    let congress: Congress
    let folder: URL
    let session: CountSession
    let head: Member
    let clerks: [Member]
    let tokens: [String]

    static let sample: Congress = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = CongressLoader().load(file: root.appendingPathComponent("Samples/chi-bo-khu-pho-3/congress.yaml").path)
        guard let congress = loaded.congress else { fatalError("sample does not load: \(loaded.diagnostics)") }
        return congress
    }()

    init(clerks count: Int = 2, entriesPerPile: Int = 2, congress: Congress = CountFixture.sample) throws {
        self.congress = congress
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("count-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let clock = TestClock()
        let store = try CountStore(path: folder.appendingPathComponent(CountStore.fileName).path, clock: { clock.next() })
        let issued = try store.issueTokens(head: "Đặng Quốc Khánh", clerks: (1...count).map { "Người nhập \($0)" })
        head = issued[0].member
        clerks = issued.dropFirst().map(\.member)
        tokens = issued.map(\.token)
        session = CountSession(congress: congress, store: store, entriesPerPile: entriesPerPile)
    }
}

/// A clock that moves one second a call: the log (and so its check code) is the same on every run.
final class TestClock: @unchecked Sendable {
    private var tick = 0
    private let lock = NSLock()

    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        tick += 1
        return String(format: "2025-05-10T%02d:%02d:%02dZ", 8 + tick / 3600, (tick / 60) % 60, tick % 60)
    }
}
