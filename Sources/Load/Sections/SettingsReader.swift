import CongressModel

/// `settings:` — the UNCONFIRMED rules, each with its default.
enum SettingsReader {
    static let formats = ["hd36_2018", "hd05_2026"]

    static func settings(_ cursor: Cursor) -> Settings {
        var settings = Settings()
        guard let map = cursor.map(keys: ["format", "percent_decimals", "script_deadline_days"]) else { return settings }
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
        if let value = map.optional("script_deadline_days")?.integer(minimum: 0) {
            settings.scriptDeadlineDays = value
        }
        return settings
    }
}
