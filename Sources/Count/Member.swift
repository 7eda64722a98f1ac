import Crypto

/// A member of the counting board (Ban Kiểm phiếu) as the count knows them: the head (trưởng ban), who records the
/// figures, decides mismatches and publishes, or an entry clerk, who only enters ballots.
public struct Member: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        /// Trưởng Ban Kiểm phiếu.
        case head
        /// Thành viên nhập phiếu.
        case clerk

        public var vietnamese: String { self == .head ? "Trưởng Ban Kiểm phiếu" : "người nhập phiếu" }
        /// The role under `--lang en`.
        public var english: String { self == .head ? "head of the counting board" : "entry clerk" }
    }

    public var id: Int64
    public var name: String
    public var role: Role

    public init(id: Int64, name: String, role: Role) {
        self.id = id
        self.name = name
        self.role = role
    }
}

/// Mã truy cập — a random token per member, shown once when the count is opened; only its SHA-256 is stored, so the
/// database file does not give the tokens away.
public enum AccessToken {
    /// Letters and digits that cannot be misread on a printed slip (no 0/O, 1/l/I).
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// 20 symbols of 31: about 99 bits.
    public static func generate<R: RandomNumberGenerator>(using generator: inout R) -> String {
        var symbols: [Character] = []
        for index in 0..<20 {
            if index > 0, index % 5 == 0 { symbols.append("-") }
            symbols.append(alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))])
        }
        return String(symbols)
    }

    /// The form a typed token is compared in: upper case, spaces and dashes dropped.
    public static func normalised(_ token: String) -> String {
        String(token.uppercased().filter { $0 != "-" && $0 != " " })
    }

    public static func hash(_ token: String) -> String {
        CheckCode.hex(SHA256.hash(data: Array(normalised(token).utf8)))
    }
}

/// Mã kiểm tra — the SHA-256 of a canonical text, as 64 lower-case hex digits.
public enum CheckCode {
    public static func of(_ text: String) -> String { hex(SHA256.hash(data: Array(text.utf8))) }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
