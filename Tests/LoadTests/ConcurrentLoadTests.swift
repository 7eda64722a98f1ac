import Load
import Testing

/// Loads run in parallel (tests, `daihoi batch --jobs N`): each load has its own YAML resolver, since
/// Foundation's regular expressions crash when two threads match with the same one on Linux.
struct ConcurrentLoadTests {
    @Test func parallelLoadsGiveEqualResults() async {
        let text = exampleYAML
        let expected = CongressLoader().load(text: text, file: "congress.yaml").congress
        #expect(expected != nil)
        let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for _ in 0..<400 {
                group.addTask { CongressLoader().load(text: text, file: "congress.yaml").congress == expected }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 400)
        #expect(results.allSatisfy { $0 })
    }
}
