import CongressModel

extension CountSession {
    /// The congress as the papers see it once the count's results file names it: every published round in place of
    /// the file's own, with its check code and its entry log (`EntryLogFile`), so the room can print the entry log
    /// and the minutes of a round the moment it is published.
    public func publishedCongress() throws -> Congress {
        var congress = try countedCongress()
        let logs = Dictionary(try EntryLogFile.files(self).map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        for p in try store.publications() {
            guard let e = congress.elections.firstIndex(where: { $0.id == p.election }),
                  congress.elections[e].rounds.indices.contains(p.round - 1) else { continue }
            congress.elections[e].rounds[p.round - 1].checkCode = p.checkCode
            congress.elections[e].rounds[p.round - 1].entryLog = logs[EntryLogFile.name(election: p.election, round: p.round)]
        }
        return congress
    }
}
