import CongressModel
import Load
import Testing

/// `settings.tally_groups`: the counting groups of a board that counts by hand (UNCONFIRMED, so a setting).
struct TallyGroupsLoadTests {
    @Test func theNumberOfGroupsIsReadAndBounded() throws {
        let read = load(minimal(appending: ["settings:", "  tally_groups: 3"]))
        #expect(read.diagnostics.isEmpty, "\(summary(read))")
        #expect(read.congress?.settings.tallyGroups == 3)
        #expect(load(minimal()).congress?.settings.tallyGroups == nil)
        // 0 groups, or a word: refused at the value, with a code.
        for bad in ["0", "ba", "51"] {
            let refused = load(minimal(appending: ["settings:", "  tally_groups: \(bad)"]))
            #expect(refused.congress == nil || !refused.diagnostics.isEmpty, "\(bad)")
            #expect(summary(refused).first?.contains(":26:") == true, "\(bad): \(summary(refused))")
        }
    }
}
