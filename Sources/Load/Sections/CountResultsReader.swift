import CongressModel
import Diagnostics
import Yams

/// `vote_count_results: {file: ket-qua-kiem-phieu.yaml}` — the rounds `daihoi count` published, in a file of their
/// own beside the congress file (docs/count.md): `elections: {<election id>: [<round>, …]}`, each round in the form of
/// `rounds:` (`CongressFields.round`, with the count's `check_code`). The rounds of each election it names replace the
/// congress file's own, so the papers print the count with nobody retyping it; every error is located in that file.
enum CountResultsReader {
    static func apply(_ cursor: Cursor, to elections: inout [Election]) {
        guard case .mapping = cursor.node else {
            cursor.wrongType(.map)
            return
        }
        guard let text = cursor.text() else { return }
        let relative = cursor.node["file"]?.string ?? ""
        let file = cursor.context.folder.isEmpty ? relative : "\(cursor.context.folder)/\(relative)"
        let context = LoadContext(file: file, text: text)
        context.knownIDs = cursor.context.knownIDs
        defer {
            cursor.context.sources[file] = text
            context.diagnostics.forEach(cursor.context.append)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: context.yamlText, Resolver.basic)
        } catch {
            context.append(YAMLErrorMapping.diagnostic(for: error, file: file, text: context.yamlText, lines: context.lineMap))
            return
        }
        guard let root else {
            context.error(.emptyDocument, at: SourceLocation(file: file, line: 1, column: 1))
            return
        }
        guard let map = Cursor(node: root, path: "", context: context).map(keys: CongressFields.countResults.keys),
              let schema = map.required("schema"), let listed = map.required("elections") else { return }
        guard schema.kind == .integer, schema.node.int == 1 else {
            schema.error(.unsupportedSchema(found: schema.rawScalar ?? schema.kind.name(in: .en)))
            return
        }
        guard case let .mapping(byElection) = listed.node else {
            listed.wrongType(.map)
            return
        }
        for (keyNode, valueNode) in byElection {
            let id = keyNode.string ?? ""
            let key = Cursor(node: keyNode, path: "elections", context: context)
            guard let index = elections.firstIndex(where: { $0.id == id }) else {
                key.error(.unknownKey(key: "elections.\(id)", suggestion: nil))
                continue
            }
            let rounds = Cursor(node: valueNode, path: "elections.\(id)", context: context).list()?.map(ElectionsReader.round)
            if let rounds, !rounds.contains(where: { $0 == nil }) {
                elections[index].rounds = rounds.compactMap { $0 }
            }
        }
    }
}
