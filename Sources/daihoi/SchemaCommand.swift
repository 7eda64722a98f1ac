import ArgumentParser
import Load

/// `daihoi schema` — print the JSON Schema of the congress file (generated from the loader's key tables).
struct SchemaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "schema", abstract: CLILanguage.help.schemaAbstract,
                             discussion: CLILanguage.help.schemaDiscussion)
    }

    func run() throws {
        print(CongressSchema.json(), terminator: "")
    }
}
