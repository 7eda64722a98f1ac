import CongressModel

/// Kết quả kiểm phiếu — the published rounds as data the loader reads: `ket-qua-kiem-phieu.yaml` beside the congress
/// file, named from it by `vote_count_results: ket-qua-kiem-phieu.yaml`. Each election's rounds in the form of the
/// congress file's own `rounds:` (`CongressFields.round`), plus the round's check code, so `daihoi render --doc
/// vote-count` prints the minutes from the count with nobody retyping a figure. Written whole after every
/// publication, from the database (never edited by hand: the next publication rewrites it).
public enum CountResultsFile {
    public static let fileName = "ket-qua-kiem-phieu.yaml"

    /// The file's text for every round published so far, elections in the order of the congress file.
    public static func text(_ session: CountSession) throws -> String {
        let counted = try session.countedCongress()
        let published = try session.store.publications()
        var lines = [
            "# Kết quả kiểm phiếu — do `daihoi count` ghi từ \(CountStore.fileName); không sửa tay.",
            "# Vote-count results — written by `daihoi count` from \(CountStore.fileName); do not edit.",
            "schema: 1",
            "elections:",
        ]
        for election in counted.elections where !election.rounds.isEmpty {
            lines.append("  \(election.id):")
            for (index, round) in election.rounds.enumerated() {
                let code = published.first { $0.election == election.id && $0.round == index + 1 }?.checkCode ?? ""
                lines.append("    - issued: \(round.issued)")
                lines.append("      collected: \(round.collected)")
                lines.append("      valid: \(round.valid)")
                lines.append("      invalid: \(round.invalid)")
                if !round.invalidReasons.isEmpty {
                    lines.append("      invalid_reasons:")
                    for reason in round.invalidReasons {
                        lines.append("        - {reason: \(quoted(reason.reason)), count: \(reason.count)}")
                    }
                }
                lines.append("      votes: {" + round.votes.map { "\($0.candidate.rawValue): \($0.votes)" }.joined(separator: ", ") + "}")
                lines.append("      check_code: \(code)")
                if !code.isEmpty {
                    lines.append("      entry_log: {file: \(EntryLogFile.name(election: election.id, round: index + 1))}")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar (a JSON string is one): backslash, quote and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
