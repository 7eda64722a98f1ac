import CongressModel
import Diagnostics
import Markdown

/// Văn bản báo cáo, nghị quyết — prose is Markdown, and a paper prints no raw HTML: a tag is dropped, and
/// with a `<script>` or `<style>` its content too (it is source, not prose). The writer is told, so that
/// nothing typed disappears without a word. One warning per prose field, naming its first tag.
struct RawHTMLInProse {
    func check(_ congress: Congress) -> [Diagnostic] {
        var prose: [(field: String, text: String?)] = []
        if let report = congress.politicalReport {
            prose += report.results.enumerated().map { ("political_report.results[\($0.offset + 1)].text", $0.element.text) }
            prose += [("political_report.limitations", report.limitations), ("political_report.lessons", report.lessons),
                      ("political_report.directions", report.directions), ("political_report.general_goal", report.generalGoal),
                      ("political_report.tasks", report.tasks), ("political_report.breakthroughs", report.breakthroughs)]
        }
        if let review = congress.committeeReview {
            prose += [("committee_review.strengths", review.strengths), ("committee_review.limitations", review.limitations),
                      ("committee_review.previous_remedies", review.previousRemedies), ("committee_review.lessons", review.lessons),
                      ("committee_review.remedies", review.remedies)]
        }
        prose += [("speeches.opening", congress.speeches.opening), ("speeches.closing", congress.speeches.closing)]
        if let resolution = congress.resolution {
            prose += resolution.points.enumerated().map { ("resolution.points[\($0.offset + 1)].text", $0.element.text) }
            prose.append(("resolution.implementation", resolution.implementation))
        }
        return prose.compactMap { field, text in
            guard let text, let tag = Markdown.rawHTML(text).first else { return nil }
            // At the field's value (its `{file: …}` when the prose is in a file), else at the section.
            let location = congress.position(field, or: congress.politicalReport?.location)
            return Diagnostic(severity: .warning, message: .io(.rawHTMLDropped(field: field, tag: tag)), location: location)
        }
    }
}
