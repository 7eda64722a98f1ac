import CongressModel
import Diagnostics
import Vietnamese

/// The counts of the comments on the draft documents (`draft_comments`, Chỉ thị 45-CT/TW task 2) must be possible:
/// a document's sections cannot hold more comments than the document (DH447), no more members can have commented than
/// comments were made, on a document or a section (DH448), nor more than were at the congress (DH449). Each at the
/// figure it refuses; an entry without the figures is not judged.
struct DraftCommentChecks {
    func check(_ congress: Congress) -> [Diagnostic] {
        let present = congress.delegates.lazy.filter(\.isPresent).count
        var found: [Diagnostic] = []
        for (index, entry) in congress.draftComments.enumerated() {
            let path = "draft_comments[\(index + 1)]"
            let at = { (field: String) in congress.position("\(path).\(field)", or: entry.location) }
            let sectionCounts = entry.sections.compactMap(\.count)
            if let count = entry.count, !sectionCounts.isEmpty, sectionCounts.saturatingSum() > count {
                found.append(.error(.draftSectionsExceedTotal(documents: entry.documents, sections: sectionCounts.saturatingSum(),
                                                              count: count), at: at("sections")))
            }
            if let members = entry.members, let count = entry.count, members > count {
                found.append(.error(.draftMembersExceedComments(documents: entry.documents, members: members, count: count),
                                    at: at("members")))
            }
            if let members = entry.members, members > present {
                found.append(.error(.draftMembersExceedPresent(documents: entry.documents, members: members, present: present),
                                    at: at("members")))
            }
            for (position, section) in entry.sections.enumerated() {
                let sectionAt = congress.position("\(path).sections[\(position + 1)].members", or: section.location)
                if let members = section.members, let count = section.count, members > count {
                    found.append(.error(.draftMembersExceedComments(documents: "\(entry.documents) — \(section.title)",
                                                                    members: members, count: count), at: sectionAt))
                }
                if let members = section.members, members > present {
                    found.append(.error(.draftMembersExceedPresent(documents: "\(entry.documents) — \(section.title)",
                                                                   members: members, present: present), at: sectionAt))
                }
            }
        }
        return found
    }
}
