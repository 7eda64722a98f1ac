import Foundation
import Vietnamese

/// A generator of synthetic branch sets for batch tests and benchmarks (`daihoi sample-batch`):
/// N valid, varied chi bộ and đảng bộ cơ sở congresses, deterministic for a seed, with an option
/// to break some of them in a known way.
public struct SyntheticBranches: Sendable {
    public var seed: UInt64
    /// Members (đảng viên) of every branch; nil draws 9–48 per branch.
    public var members: Int?

    public init(seed: UInt64 = 2025, members: Int? = nil) {
        self.seed = seed
        self.members = members.map { max(6, $0) }
    }

    /// How a broken branch is broken (each yields a located load error).
    public enum Breakage: CaseIterable, Sendable {
        /// A person id nobody has.
        case unknownPerson
        /// 30 February.
        case impossibleDate
        /// A misspelt key.
        case unknownKey
    }

    /// `(folder name, congress.yaml text)` for `count` branches; the branches at `broken` indexes are broken.
    public func generate(count: Int, broken: Set<Int> = []) -> [(name: String, yaml: String)] {
        (0..<count).map { index in
            var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
            let name = String(format: "chi-bo-%04d", index + 1)
            let breakage = broken.contains(index) ? Breakage.allCases[index % Breakage.allCases.count] : nil
            return (name, yaml(index: index, rng: &rng, breakage: breakage))
        }
    }

    /// Writes the branches under `folder` (`folder/<name>/congress.yaml`), atomically each.
    public func write(count: Int, broken: Set<Int> = [], to folder: String) throws {
        for branch in generate(count: count, broken: broken) {
            try AtomicWriter().write(branch.yaml, to: "\(folder)/\(branch.name)/congress.yaml")
        }
    }

    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
    static let middlesMale = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh"]
    static let middlesFemale = ["Thị", "Thu", "Ngọc", "Thanh", "Minh"]
    static let givenMale = ["An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt"]
    static let givenFemale = ["Anh", "Dung", "Hà", "Hạnh", "Hoa", "Hòa", "Lan", "Liên", "Mai", "Ngọc", "Oanh", "Phương", "Thảo", "Thủy", "Trang", "Yến"]
    static let places = ["Khu phố", "Tổ dân phố", "Thôn", "Trường Tiểu học", "Trạm Y tế", "Hợp tác xã"]

    private func yaml(index: Int, rng: inout SplitMix64, breakage: Breakage?) -> String {
        let drawn = 9 + Int(rng.next() % 40)
        let members = self.members ?? drawn
        let probationary = Int(rng.next() % 3)
        let absentCount = Int(rng.next() % 3)
        let place = Self.places[Int(rng.next() % UInt64(Self.places.count))]
        let orgName = "Chi bộ \(place) \(index + 1)"
        let start = CalendarDate(year: 2025, month: 3, day: 1)!.adding(days: Int(rng.next() % 60))
        var people: [String] = []
        var used: Set<String> = []
        for i in 0..<members {
            let female = rng.next() % 3 == 0
            var full = ""
            repeat {
                let family = Self.families[Int(rng.next() % UInt64(Self.families.count))]
                let middle = (female ? Self.middlesFemale : Self.middlesMale)[Int(rng.next() % 5)]
                let given = (female ? Self.givenFemale : Self.givenMale)[Int(rng.next() % 16)]
                full = "\(family) \(middle) \(given)"
            } while !used.insert(full).inserted && used.count < 5000
            let year = 1955 + Int(rng.next() % 35)
            let membership = i >= members - probationary ? "du-bi" : "chinh-thuc"
            let joined = membership == "du-bi" ? "2024-0\(1 + Int(rng.next() % 9))-15" : "\(year + 22 + Int(rng.next() % 10))-0\(1 + Int(rng.next() % 9))-1\(Int(rng.next() % 9))"
            let position = i == 0 ? "Bí thư Chi bộ" : (i == 1 ? "Phó Bí thư Chi bộ" : "Đảng viên")
            people.append("  - {id: p\(i + 1), name: \(full), gender: \(female ? "nu" : "nam"), birth_year: \(year), ethnicity: Kinh, education: \(["thpt", "trung-cap", "dai-hoc"][i % 3]), theory: \(["so-cap", "trung-cap", "cao-cap"][i % 3]), joined: \(joined), membership: \(membership), position: \(position)}")
        }
        var delegates: [String] = []
        // Official members absent (excused): left out of the election's threshold base, and no vote.
        var officialAbsent = 0
        for i in 0..<members {
            if i >= 3 && i < 3 + absentCount {
                if i < members - probationary { officialAbsent += 1 }
                delegates.append("  - {person: p\(i + 1), absent: \"Đi công tác, có đơn xin phép\"}")
            } else {
                delegates.append("  - p\(i + 1)")
            }
        }
        let official = members - probationary
        let date = breakage == .impossibleDate ? "2025-02-30" : start.description
        let performer2 = breakage == .unknownPerson ? "p999" : "p2"
        let venueKey = breakage == .unknownKey ? "venu" : "venue"
        // Only official members present vote (probationary members do not): they receive the ballots.
        // Members p1–p3 are always official and present (at least 6 members, at most 2 probationary):
        // there are at least 3 voters.
        let voters = official - officialAbsent
        let committee = min(3, voters)
        let candidates = (1...committee + 1).map { "p\($0)" }
        // The show-of-hands vote: every voter present raises a hand, one against (DH222).
        let votesFor = voters - 1
        // Votes v … v, v − 1 for the elected and 1 for the one more candidate: (committee × v − 1) + 1 ≤
        // committee × v, the ballots' capacity, and v − 1 > v / 2 for every v ≥ 3, so all pass the threshold.
        var votes = candidates.enumerated().map { "\($0.element): \(voters - ($0.offset == committee - 1 ? 1 : 0))" }
        votes[committee] = "p\(committee + 1): 1"
        return """
        schema: 1
        organisation:
          name: \(orgName)
          level: chi-bo
          superior: Đảng bộ phường Quang Trung
          place: Thái Bình
        congress:
          kind: dang-vien
          number: \(3 + index % 5)
          term: 2025-2030
          \(venueKey): Nhà văn hóa \(place) \(index + 1)
        people:
        \(people.joined(separator: "\n"))
        delegates:
        \(delegates.joined(separator: "\n"))
        bodies:
          presidium: [p1, p2]
          secretariat: [p3]
          vote_counting: [p\(members), p\(members - 1)]
        sessions:
          official:
            date: \(date)
            start: "07:30"
            end: "11:30"
            closed_at: "11:15"
            items:
              - {title: Chào cờ, minutes: 5, performer: p1, kind: flag}
              - {title: Bầu Đoàn Chủ tịch và Thư ký, minutes: 10, performer: \(performer2), kind: elect-bodies, lines: "Kính thưa Đại hội! Đề nghị Đại hội biểu quyết thông qua Đoàn Chủ tịch và Thư ký."}
              - {title: Báo cáo tình hình đảng viên dự đại hội, minutes: 5, performer: p3, kind: attendance, lines: "Kính thưa Đại hội! Tôi xin báo cáo tình hình đảng viên dự Đại hội như sau."}
              - {title: Khai mạc Đại hội, minutes: 10, performer: p1, kind: opening, lines: "Kính thưa các đồng chí! Hôm nay Chi bộ long trọng tổ chức Đại hội."}
              - {title: Báo cáo tổng kết nhiệm kỳ, minutes: 40, performer: p1, kind: report, document: Báo cáo tổng kết nhiệm kỳ 2020 - 2025}
              - {title: Thảo luận, minutes: 45, performer: p2, kind: discussion, lines: "Đề nghị các đồng chí đảng viên phát biểu ý kiến."}
              - {title: Bầu cử Chi ủy, minutes: 40, performer: p2, kind: election, lines: "Đề nghị Đại hội tiến hành bầu cử theo thể lệ."}
              - {title: Thông qua Nghị quyết Đại hội, minutes: 15, performer: p3, kind: resolution, lines: "Thư ký Đại hội trình bày dự thảo Nghị quyết."}
              - {title: Bế mạc Đại hội, minutes: 10, performer: p1, kind: closing, lines: "Đại hội đã hoàn thành toàn bộ chương trình đề ra."}
        motions:
          - {subject: Thông qua chương trình Đại hội, for: \(votesFor), against: 1}
        elections:
          - id: chi-uy
            body: chi-uy
            seats: \(committee)
            candidates: [\(candidates.joined(separator: ", "))]
            incumbents: [p1, p2]
            exclusions: [{reason: vang-mat-co-ly-do, count: \(officialAbsent)}]
            rounds:
              - {issued: \(voters), collected: \(voters), valid: \(voters), invalid: 0, votes: {\(votes.joined(separator: ", "))}}

        """
    }
}

/// SplitMix64: a small, fast, deterministic generator (same seed → same branches on every machine).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
