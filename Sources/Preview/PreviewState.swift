import DaiHoi
import Diagnostics
import Foundation

/// The preview's one changing value: the snapshot the server shows, replaced after each rendering.
public actor PreviewState {
    public private(set) var snapshot = PreviewSnapshot.empty

    public init() {}

    /// Renders `file` now (`--doc all`, HTML in memory) and publishes the result as the next snapshot.
    @discardableResult
    public func render(file: String, pipeline: Pipeline, language: Language) -> PreviewSnapshot {
        let started = DispatchTime.now().uptimeNanoseconds
        let rendered = pipeline.renderHTML(file: file)
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        snapshot = snapshot.next(rendered, language: language, milliseconds: milliseconds)
        return snapshot
    }
}
