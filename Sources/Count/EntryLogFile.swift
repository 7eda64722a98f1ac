import CongressModel

/// Nhật ký nhập phiếu as files: the canonical entry log of every published round (`EntryLog.canonical`), written at
/// publication beside the congress file and named from the results file (`entry_log: {file: …}`), so the loader
/// reads it like any referenced text — inside the congress folder only — and `daihoi render --doc count-log`
/// prints the log whose SHA-256 is the check code on the vote-count minutes. A published round takes nothing more
/// (the schema's triggers), so its file never changes once written.
public enum EntryLogFile {
    /// `nhat-ky-nhap-phieu-<election>-<round>.txt` (election ids are the loader's: letters, digits, `-`, `_`).
    public static func name(election: String, round: Int) -> String {
        "nhat-ky-nhap-phieu-\(election)-\(round).txt"
    }

    /// Every published round's file: its name and its text, in publication order.
    public static func files(_ session: CountSession) throws -> [(name: String, text: String)] {
        let rounds = try session.rounds()
        let members = try session.store.members()
        return try session.store.publications().compactMap { p in
            // An id outside the id alphabet (`../x`, which `check` refuses) never becomes a path.
            guard Identifier.isValid(p.election), let ballot = rounds.first(where: { $0.ballot.election == p.election && $0.ballot.round == p.round })?.ballot else {
                return nil
            }
            let log = try session.store.log(election: p.election, round: p.round)
            return (name(election: p.election, round: p.round), EntryLog.canonical(ballot: ballot, log: log, members: members))
        }
    }
}
