import CongressModel
import Crypto
import Diagnostics

/// Nhật ký nhập phiếu — a counted round's entry log must be the one its check code was computed from: the code
/// printed on the vote-count minutes is the SHA-256 of the canonical log (docs/count.md "The check code", issue 16,
/// after the Kiesraad's hash on the printed result), so a log file edited, swapped or truncated after publication
/// is refused (DH510) instead of printed beside a code it does not match. A round with a log and no code is
/// refused the same way. A log that matches its code but is not of the format (DH511), or is another round's
/// (DH512), is refused too: the paper prints only a log it can read and that belongs to the round.
struct EntryLogMatchesCheckCode {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (e, election) in congress.elections.enumerated() {
            for (r, round) in election.rounds.enumerated() {
                guard let log = round.entryLog else { continue }
                let computed = Self.sha256(log)
                let at = congress.position("\(Paths.round(e, r)).entry_log", or: round.location)
                guard computed == round.checkCode else {
                    found.append(.error(.entryLogDoesNotMatchCheckCode(election: election.id, round: r + 1,
                                                                       stated: round.checkCode ?? "", computed: computed), at: at))
                    continue
                }
                switch CountLogRecord.parse(log) {
                case .failure(.line(let line)):
                    found.append(.error(.entryLogUnreadable(election: election.id, round: r + 1, line: line), at: at))
                case .success(let record) where record.election != election.id || record.round != r + 1:
                    found.append(.error(.entryLogOfAnotherRound(election: election.id, round: r + 1,
                                                                logElection: record.election, logRound: record.round), at: at))
                case .success:
                    break
                }
            }
        }
        return found
    }

    /// 64 lower-case hex digits, as `daihoi count` writes the code.
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
