import Derive
import Testing
@testable import DaiHoi

/// The elections and their results are derived once per congress (`ElectionList`) and handed to every paper's
/// view model (the dossier and `render` do so): each paper is the same as when it derives them itself.
struct SharedElectionListTests {
    @Test(arguments: Repository.sampleFiles().map(\.name))
    func everyPaperFromTheSharedListEqualsItsOwn(sample: String) throws {
        let file = Repository.samples.appendingPathComponent("\(sample)/congress.yaml").path
        let congress = try #require(Pipeline(templateFolder: Repository.templates).check(file: file).congress)
        let shared = ElectionList(congress)
        let kinds = DocumentKind.allCases.filter { $0.applies(to: congress) }
        #expect(kinds.contains(.voteCount) && kinds.contains(.resolution))
        for kind in kinds {
            #expect(kind.viewModel(for: congress, elections: shared) == kind.viewModel(for: congress), "\(sample) \(kind.rawValue)")
        }
    }
}
