import CongressModel

/// Tổ kiểm phiếu — how many counting groups the board splits into when it counts by hand: one tally sheet each
/// (`TallySheetsViewModel`), one sheet per group entered in `daihoi count`'s tally mode.
///
/// How a Ban Kiểm phiếu divides its work is not written in QĐ 190-QĐ/TW or Hướng dẫn 04-HD/TW: UNCONFIRMED, so it
/// is the setting `settings.tally_groups`; by default one group per two members besides the head (one reads each
/// ballot aloud, one marks the tally), at least one.
public enum TallyGroups {
    public static func count(_ congress: Congress) -> Int {
        congress.settings.tallyGroups ?? max(1, (congress.bodies.voteCounting.count - 1) / 2)
    }
}
