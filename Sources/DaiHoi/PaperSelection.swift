import CongressModel
import Derive
import Diagnostics
import Foundation

/// Which of the papers asked for the data can make, and what the user is told about the others:
/// a paper asked for by name (`--doc report`) that the data cannot make is an error naming the keys it
/// needs; with `--doc all` the papers left out are named in one note.
struct PaperSelection {
    /// The papers to write, in their fixed order.
    let kinds: [DocumentKind]
    /// DH410 errors (asked by name) or one DH411 note (`all`); empty when every paper asked for applies.
    let diagnostics: [Diagnostic]

    init(_ documents: [DocumentKind], for congress: Congress, explicitly: Bool) {
        let asked = Array(Set(documents)).sorted()
        kinds = asked.filter { $0.applies(to: congress) }
        let skipped = asked.filter { !$0.applies(to: congress) }
            .map { SkippedPaper(paper: $0.rawValue, title: $0.title, needs: $0.needs) }
        if skipped.isEmpty {
            diagnostics = []
        } else if explicitly {
            diagnostics = skipped.map { Diagnostic(severity: .error, message: .io(.paperNotApplicable($0)), location: nil) }
        } else {
            diagnostics = [Diagnostic(severity: .note, message: .io(.papersSkipped(skipped)), location: nil)]
        }
    }
}

/// The output folder, judged once before any paper is rendered.
enum OutputFolder {
    /// DH412 when `path` is an existing file (every paper would fail to be written into it).
    static func problem(_ path: String) -> Diagnostic? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return Diagnostic(severity: .error, message: .io(.outputIsFile(path: path)), location: nil)
    }
}
