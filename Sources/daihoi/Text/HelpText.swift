/// Every abstract, discussion and option help of `daihoi --help`, one value per language
/// (``HelpText/vietnamese``, ``HelpText/english``); ``CLILanguage`` picks one at startup.
struct HelpText: Sendable {
    var rootAbstract: String
    var rootDiscussion: String
    var renderAbstract: String
    var renderDiscussion: String
    var initAbstract: String
    var initDiscussion: String
    var initFolder: String
    var initKind: String
    var initLevel: String
    var initMembers: String
    var schemaAbstract: String
    var schemaDiscussion: String
    var checkAbstract: String
    var checkDiscussion: String
    var batchAbstract: String
    var batchDiscussion: String
    var sampleAbstract: String
    var sampleDiscussion: String
    var congressFile: String
    var doc: String
    var format: String
    var renderOutput: String
    var soffice: String
    var ballotCopies: String
    var summonsProof: String
    var asOfCheck: String
    var asOfBatch: String
    var strict: String
    var checkFormat: String
    var branchesFolder: String
    var batchOutput: String
    var jobs: String
    var force: String
    var shard: String
    var merge: String
    var lang: String
    var templates: String
    var sampleCount: String
    var sampleFolder: String
    var broken: String
    var seed: String
    var members: String
}
