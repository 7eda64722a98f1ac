import Foundation

/// Finds the branches of a batch: every `congress.yaml` under the input folder, named by its folder's
/// path relative to the input (`phuong-1/chi-bo-3`), sorted, hidden folders skipped.
enum BranchDiscovery {
    static func branches(in folder: String) -> [String] {
        InputHash.files(under: folder)
            .filter { ($0 as NSString).lastPathComponent == "congress.yaml" }
            .map { ($0 as NSString).deletingLastPathComponent }
            .map { $0.isEmpty ? "." : $0 }
            .sorted()
    }
}
