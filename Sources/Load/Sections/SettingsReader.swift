import CongressModel

/// `settings:` — the UNCONFIRMED rules, each with its default.
enum SettingsReader {
    static let formats = ["hd36_2018", "hd05_2026"]

    static func settings(_ cursor: Cursor) -> Settings {
        var settings = Settings()
        guard let map = cursor.map(keys: CongressFields.settings.keys) else { return settings }
        if let format = map.optional("format"), let raw = format.scalarText(expecting: .text) {
            if formats.contains(raw) {
                settings.formatProfile = raw
            } else {
                format.error(.invalidValue(key: format.path, allowed: formats, found: raw))
            }
        }
        if let value = map.optional("percent_decimals")?.integer(minimum: 0, maximum: 4) {
            settings.percentDecimals = value
        }
        if let value = map.optional("script_deadline_days")?.integer(minimum: 0, maximum: IntegerBounds.deadlineDays) {
            settings.scriptDeadlineDays = value
        }
        if let rule = map.optional("election_tie_rule"), let raw = rule.scalarText(expecting: .text) {
            if tieRules.contains(raw) {
                settings.electionTieRule = raw
            } else {
                rule.error(.invalidValue(key: rule.path, allowed: tieRules, found: raw))
            }
        }
        if let value = map.optional("maximum_surplus_percent")?.integer(minimum: 0, maximum: 30) {
            settings.maximumSurplusPercent = value
        }
        if let value = map.optional("withdrawal_agree_percent")?.integer(minimum: 0, maximum: 100) {
            settings.withdrawalAgreePercent = value
        }
        if let value = map.optional("speaking_rate")?.integer(minimum: 40, maximum: 400) {
            settings.speakingRate = value
        }
        if let value = map.optional("maximum_minutes_without_break")?.integer(minimum: 30, maximum: IntegerBounds.minutes) {
            settings.maximumMinutesWithoutBreak = value
        }
        if let value = map.optional("chi_bo_congress_elects_secretary")?.boolean() {
            settings.chiBoCongressElectsSecretary = value
        }
        if let value = map.optional("delegate_list_landscape")?.boolean() {
            settings.delegateListLandscape = value
        }
        if let value = map.optional("ballot_two_up")?.boolean() {
            settings.ballotTwoUp = value
        }
        if let value = map.optional("ballot_board_mark")?.boolean() {
            settings.ballotBoardMark = value
        }
        if let value = map.optional("tally_groups")?.integer(minimum: 1, maximum: 50) {
            settings.tallyGroups = value
        }
        if let list = map.optional("resolution_recipients"), let entries = list.list() {
            let recipients = entries.map { $0.text() }
            // Each entry's own error (not text, refused characters) was reported already.
            if !recipients.contains(where: { $0 == nil }) { settings.resolutionRecipients = recipients.compactMap { $0 } }
        }
        if let list = map.optional("surplus_required"), let entries = list.list() {
            let bodies = entries.map { $0.choice(ElectedBody.self) }
            // Each entry's own error (not one of the bodies) was reported already.
            if !bodies.contains(where: { $0 == nil }) { settings.surplusRequired = Set(bodies.compactMap { $0 }) }
        }
        if let issuer = map.optional("report_issuer")?.choice(ReportIssuer.self) {
            settings.reportIssuer = issuer
        }
        if let list = map.optional("dossier_required"), let entries = list.list() {
            // The names are judged where the dossier is made (its papers are known there: DH500).
            let papers = entries.map { $0.text() }
            if !papers.contains(where: { $0 == nil }) { settings.dossierRequired = papers.compactMap { $0 } }
        }
        if let size = map.optional("presidium_size"), let entries = size.list() {
            let bounds = entries.map { $0.integer(minimum: 1) }
            if bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high {
                settings.presidiumSize = low...high
            } else if !bounds.contains(where: { $0 == nil }) {
                // Each entry's own error (not an integer, below 1) was reported already.
                size.error(.invalidBounds(key: size.path))
            }
        }
        return settings
    }

    /// `election_tie_rule` values (DOMAIN.md §3: a tie at the cutoff is UNCONFIRMED; default further round).
    static let tieRules = ["further-round", "congress-decides"]
}
