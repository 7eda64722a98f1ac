/// What a diagnostic says, as data; `text(in:)` turns it into Vietnamese or English.
///
/// Each case has a stable code (`DH1xx` loading, `DH2xx` checking, `DH3xx` rendering, `DH4xx` writing),
/// documented in `docs/diagnostics.md`.
public enum Message: Sendable, Equatable {
    // MARK: Loading (DH1xx)
    /// The file cannot be read (missing, a folder, not UTF-8).
    case unreadableFile(path: String, detail: String)
    /// YAML syntax error, with the parser's own wording.
    case yamlSyntax(detail: String)
    /// The same key twice in one map.
    case duplicateKey(key: String)
    /// The file holds no document at all.
    case emptyDocument
    /// A value of the wrong type.
    case wrongType(key: String, expected: ValueKind, found: ValueKind)
    /// A required key is absent.
    case missingKey(key: String)
    /// A key the format does not know, with the nearest known key when one is close.
    case unknownKey(key: String, suggestion: String?)
    /// An enumerated value outside its allowed set.
    case invalidValue(key: String, allowed: [String], found: String)
    /// A number outside its range (`maximum` nil means no upper bound); `found` is the number as written, which
    /// may be too long for any 64-bit integer.
    case outOfRange(key: String, minimum: Int, maximum: Int?, found: String)
    /// `schema` other than the supported version.
    case unsupportedSchema(found: String)
    /// A person id that is not `[a-z0-9_-]+`.
    case invalidID(id: String)
    /// Two people with the same id.
    case duplicateID(id: String)
    /// A reference to a person id that no entry of `people` has.
    case unknownPerson(id: String, suggestion: String?)
    /// The same person summoned twice.
    case duplicateDelegate(id: String)
    /// A date that is not `YYYY-MM-DD` or does not exist (2020-02-30).
    case impossibleDate(text: String)
    /// A time that is not `HH:MM` within 00:00–23:59.
    case invalidTime(text: String)
    /// A term that is not `YYYY-YYYY` with the end after the start.
    case invalidTerm(text: String)
    /// Declared attendance where present + absent ≠ summoned.
    case countsDoNotAddUp(summoned: Int, present: Int, absent: Int)
    /// A declared attendance figure that disagrees with the delegate list.
    case countsDisagreeWithList(figure: String, declared: Int, listed: Int)
    /// A `{file: …}` reference that is absolute or leaves the congress folder.
    case fileReferenceOutsideFolder(path: String)
    /// A `{file: …}` reference to a file that cannot be read.
    case referencedFileMissing(path: String)
    /// Text holding a control character (C0 other than tab, LF, CR; or DEL).
    case refusedCharacter(key: String, scalar: String)
    /// A number of a target that is not a plain decimal (`10.66`, `78`, "10,66").
    case invalidDecimal(key: String, found: String)
    // Loader, issue 12 (DH130–DH149).
    /// An integer written in hexadecimal or octal (`0x1F`, `0o17`); `decimal` is its value written in decimal.
    case nonDecimalInteger(key: String, found: String, decimal: String?)
    /// A `[minimum, maximum]` pair that is not two integers with the first not above the second.
    case invalidBounds(key: String)
    /// A file that is not UTF-8 text; `encoding` names what it looks like instead (`UTF-16`), when known.
    case notUTF8(path: String, encoding: String?)
    /// A referenced file that is, or lies under, a symbolic link leading outside the congress folder.
    case symlinkOutsideFolder(path: String)
    /// A path naming something other than a regular file (a FIFO, a device, a socket, a folder); `kind` says which.
    case notRegularFile(path: String, kind: SpecialFileKind)
    /// A tab used for indentation (YAML allows only spaces there).
    case tabIndentation
    /// A flow-map entry (`{…, Hiệu trưởng}`) that is the rest of the previous value, cut at an unquoted `,` or `:`.
    case unquotedFlowValue(key: String, fragment: String)
    /// More than `limit` combining marks in a row (UAX #15 §13, Stream-Safe Text Format).
    case combiningMarkRun(key: String, limit: Int)
    /// A quote that opens a value and is not closed on its line; `closedOnLine` is where the next quote closed it.
    case unclosedQuote(closedOnLine: Int?)
    /// A file larger than the loader reads (`maximumMiB` MiB).
    case fileTooLarge(path: String, maximumMiB: Int)
    /// An explicit YAML tag the congress format gives no meaning (`!!binary`, `!python/object`, `!x`): refused, never
    /// read as plain text behind the writer's back.
    case foreignTag(key: String, tag: String)
    /// YAML aliases repeating an anchored value until the document is far larger than the file ("billion laughs");
    /// `anchor` is the name of the anchor repeated, when known.
    case aliasExpansion(anchor: String?)
    /// On a list with surplus, fewer votes in all than valid ballots: some "valid" ballot kept no name.
    case votesBelowValidBallots(round: Int, total: Int, valid: Int)

    // MARK: Checking (DH2xx)
    /// A programme item with nobody to perform it yet.
    case missingPerformer(item: String)
    /// Placeholder text ("…", "TODO") left in an item's title or lines.
    case placeholderText(item: String, marker: String)
    // DH452–DH458: the delegate list by delegation (issue 15).
    /// A delegate with no `delegation` when others have one: the list groups them apart ("chưa xếp đoàn").
    case delegateWithoutDelegation(person: String, delegations: Int)
    /// `delegation` at a đại hội đảng viên, where every member attends in person and there are no delegations.
    case delegationAtMembersCongress(person: String)
    // daihoi init (DH460–DH479).
    /// A value `daihoi init` wrote between « » is still there: the skeleton's placeholder was not replaced.
    case placeholderNotReplaced(key: String, placeholder: String)
    /// `daihoi init` writes no file over one that is there.
    case initFileExists(path: String)
    /// A row of the members' spreadsheet (`init --members`) has a value that is not of the column's form.
    case membersBadValue(column: String, found: String, expected: String)
    /// The members' spreadsheet lacks a column every row needs.
    case membersColumnMissing(column: String, columns: String)
    /// The same person twice in the members' spreadsheet (same name and birth year).
    case membersDuplicate(name: String, firstRow: Int)
    /// `daihoi init --force` replaced a file that was there; the old one is kept under `backup`.
    case initOverwritten(path: String, backup: String)
    /// `daihoi serve`: the port is taken by another program.
    case servePortInUse(port: Int)
    /// `daihoi serve`: the server could not start (the reason as the system gives it).
    case serveFailed(reason: String)
    /// `daihoi templates export` writes no file over one that is there.
    case templatesExportFileExists(path: String)
    /// The script deadline has passed and items are unfinished (seed 004: final 5 days before).
    case scriptLate(deadline: String, daysLate: Int, unfinished: Int)
    /// Days left until the script deadline, with what is unfinished.
    case scriptDeadline(deadline: String, daysLeft: Int, unfinished: Int)
    /// The computed timetable runs past the session's planned end.
    case scheduleOverrun(session: String, minutes: Int, plannedEnd: String, computedEnd: String)
    /// The presidium has fewer or more members than the bounds (a setting).
    case presidiumSize(count: Int, min: Int, max: Int)
    /// The political report takes longer to read than its item in the script allows.
    case reportTooLong(words: Int, minutes: Int, allotted: Int, rate: Int)
    /// A candidate surplus outside the 10–15 % the convening committee prepares (QĐ 190 Điều 14).
    case surplusOutsidePreparedBand(election: String, percent: String)
    /// A candidate surplus above the maximum the congress allows (QĐ 190 Điều 14: ≤ 30 %).
    case surplusAboveMaximum(election: String, percent: String, maximum: Int)
    /// A committee of 3–5 members with more than one extra candidate.
    case smallCommitteeSurplus(election: String, seats: Int, candidates: Int)
    /// More ballots collected than issued.
    case ballotsCollectedExceedIssued(round: Int, collected: Int, issued: Int)
    /// Valid + invalid ballots ≠ collected.
    case ballotsDoNotAddUp(round: Int, valid: Int, invalid: Int, collected: Int)
    /// A candidate with more votes than valid ballots.
    case votesAboveValidBallots(round: Int, candidate: String, votes: Int, valid: Int)
    /// The votes add up to more than valid ballots × places.
    case votesExceedCapacity(round: Int, total: Int, valid: Int, seats: Int)
    /// A count below zero.
    case negativeCount(field: String, value: Int)
    /// A candidate of a further round who was not left open by the previous round.
    case candidateNotOpen(round: Int, candidate: String)
    /// A candidate listed twice in one round's votes.
    case duplicateCandidate(round: Int, candidate: String)
    /// Votes for someone not on the election's candidate list.
    case candidateNotOnList(candidate: String)
    /// A candidate with more votes than the threshold base (only the base can vote).
    case votesAboveBase(round: Int, candidate: String, votes: Int, base: Int)
    /// A show-of-hands motion whose for + against + abstain (`total`) is more than the voters present
    /// (those present less the probationary members, who have no vote).
    case motionVotesExceedPresent(subject: String, inFavour: Int, against: Int, abstained: Int, total: Int, voters: Int)
    /// An election whose exclusions leave a threshold base of 0 or less (QĐ 190 Điều 30).
    case emptyThresholdBase(election: String, summoned: Int, excluded: Int, base: Int)
    /// A secret vote on a motion whose exclusions leave no base (DH580).
    case emptySecretVoteBase(subject: String, summoned: Int, excluded: Int, base: Int)
    /// A counted round whose entry log's SHA-256 is not its check code (DH510, `daihoi count`'s results).
    case entryLogDoesNotMatchCheckCode(election: String, round: Int, stated: String, computed: String)
    /// A counted round's entry log with a line not of the format (DH511; `line` 1-based).
    case entryLogUnreadable(election: String, round: Int, line: Int)
    /// A counted round's entry log that is another round's (DH512).
    case entryLogOfAnotherRound(election: String, round: Int, logElection: String, logRound: Int)
    /// A second motion marked `resolution: true` (`first` is the subject of the one that counts).
    case secondResolutionVote(subject: String, first: String)
    // DH230–DH259: what no real congress can be (issue 12 §3); each rule is a file in Sources/Check/Rules.
    /// A name left blank (`key` is its path, e.g. `people[3].name`).
    case blankName(key: String)
    /// An id outside `[a-z0-9_-]+` where one is required (`key` names the field).
    case invalidIdentifier(key: String, id: String)
    /// An id given to two things of one kind (`key` names the list, e.g. `elections`).
    case duplicateIdentifier(key: String, id: String)
    /// The same person twice in one body or list (`list` names it, e.g. `bodies.presidium`).
    case personTwiceInList(person: String, list: String)
    /// A working body with nobody in it (`body` is its Vietnamese name).
    case emptyBody(body: String, key: String)
    /// A delegate recorded absent who serves the congress (`role` names the body or the item).
    case absentServing(person: String, role: String)
    /// A candidate who sits on the vote-counting board of the election.
    case candidateOnCountingBoard(election: String, candidate: String)
    /// A probationary member on a candidate list.
    case probationaryCandidate(election: String, candidate: String)
    /// Fewer candidates than places to fill.
    case fewerCandidatesThanSeats(election: String, candidates: Int, seats: Int)
    /// A candidate on the list (and open in the round) with no vote figure.
    case candidateWithoutVotes(round: Int, candidate: String)
    /// More ballots issued than voters present.
    case ballotsIssuedExceedVoters(round: Int, issued: Int, voters: Int)
    /// Nobody summoned, nobody present, or no official member present (`figure`: `summoned`, `present`, `voters`).
    case noMembers(figure: String)
    /// A programme item that ends after midnight of its day.
    case itemPastMidnight(item: String, end: Int)
    /// A stated threshold base larger than the official members (delegates) summoned.
    case declaredBaseAboveOfficial(election: String, base: Int, official: Int)
    /// A round after every place was filled (it would be dropped from the results).
    case roundAfterComplete(election: String, round: Int)
    /// The counts of `invalid_reasons` do not add up to `invalid`.
    case invalidReasonsDoNotAddUp(round: Int, reasons: Int, invalid: Int)
    /// An `incumbents` entry who is not on the election's candidate list.
    case incumbentNotOnList(election: String, person: String)
    /// More ballots issued at the new committee's first meeting than its members.
    case ballotsIssuedExceedCommittee(round: Int, issued: Int, members: Int)
    // DH290–DH299: who elects what (issue 13 §2): the first meeting of the new committee, the delegation.
    /// A candidate at the first meeting (Ban Thường vụ, Bí thư, Phó Bí thư, Chủ nhiệm UBKT) not elected to the committee.
    case firstMeetingCandidateNotOnCommittee(election: String, candidate: String)
    /// A chair or counter of the first meeting (`role`: `chair`, `vote_counting`) not elected to the committee.
    case firstMeetingMemberNotOnCommittee(person: String, role: String)
    /// Elections the first meeting holds, and no `first_meeting:` section (its chair and board unknown).
    case firstMeetingNotDescribed(election: String)
    /// `held_by:` says the congress (the first meeting) holds an election whose body the other one elects.
    case electionHolderContradictsBody(election: String, body: String, stated: String)
    /// A delegation election whose places differ from the number allocated from above (`kind`: official, alternate).
    case delegationSeatsNotAllocated(election: String, seats: Int, allocated: Int, kind: String)
    /// A delegation election with no `delegation:` allocation in the file.
    case delegationNotAllocated(election: String)
    /// A candidate for alternate delegate who was already elected official delegate.
    case alternateAlreadyOfficial(election: String, candidate: String)
    /// A stated base at the first meeting larger than the members elected to the committee.
    case declaredBaseAboveCommittee(election: String, base: Int, members: Int)
    /// A programme item's `elections:` names an election the congress does not hold (`reason`: `unknown` id,
    /// or `first-meeting`: the new committee's first meeting holds it).
    case scriptElectionNotHeldByCongress(item: String, election: String, reason: String)
    /// An election the congress holds named by no programme item, or by more than one (`items`).
    case electionNotInScriptOnce(election: String, items: Int)
    // DH250–DH259: the list of a cấp ủy election (QĐ 190 Điều 14), the first meeting's attendance (issue 13).
    /// A cấp ủy (Ban Chấp hành, Chi ủy) or Ban Thường vụ list with no more candidates than places (QĐ 190 Điều 14 khoản 1).
    case noSurplusOnCommitteeList(election: String, body: String, seats: Int)
    /// `first_meeting.absent` names someone not elected to the new committee.
    case firstMeetingAbsentNotOnCommittee(person: String)
    /// A member recorded absent from the first meeting who chairs it or counts its votes (`role`).
    case firstMeetingAbsentServes(person: String, role: String)
    /// More ballots issued at the first meeting than committee members present.
    case ballotsIssuedExceedMembersPresent(round: Int, issued: Int, present: Int, members: Int)
    // DH470–DH478: the first meeting's votes (domain defects, reviews/papers.md §2).
    /// A show of hands at the first meeting (`vote`: "board_vote", "minutes_vote") with more hands than members
    /// present: its share would pass 100 %.
    case firstMeetingVoteExceedsPresent(vote: String, total: Int, present: Int)

    // MARK: Minutes and script (DH180–DH189)
    /// A session's actual closing time (`closed_at`) before its start.
    case closedBeforeStart(session: String, closedAt: String, start: String)
    /// The congress is over (`date`, as of `asOf`) and the official session has no actual closing time.
    case closingTimeMissing(date: String, asOf: String)
    /// The congress closed (`closed_at`) but an election it held has no count (`rounds: []`): its results papers
    /// would be left out without a word.
    case electionNotCounted(election: String)
    /// A programme item (`item`) that opens the congress (tuyên bố lý do, khai mạc) placed before the flag ceremony.
    case openedBeforeFlag(item: String, flag: String)
    /// A session runs `minutes` minutes on end without a break item, over `maximum` (setting).
    case noBreakInSession(session: String, minutes: Int, maximum: Int, from: String, to: String)
    /// A guest (`person`) performs an item: a guest is invited (`invited:`), not assigned.
    case guestAssigned(item: String, person: String)
    /// An item's `invited:` names someone (`person`) who is not among the guests.
    case invitedNotAGuest(item: String, person: String)
    /// An `elect-bodies` item whose typed lines call the vote (`found`): the script reads the names, then calls it.
    case voteCalledBeforeNames(item: String, found: String)
    /// A working body (`body`) elected by a second item (`item`), after `first`.
    case bodyElectedByTwoItems(body: String, item: String, first: String)

    // MARK: Kind and level of the congress (DH260–DH279)
    /// A Ban thẩm tra tư cách (`bodies.credentials`, `count` members) declared at a đại hội đảng viên.
    case credentialsBoardAtMembersCongress(count: Int)
    /// A chi bộ (`level`) holding a đại hội đại biểu.
    case chiBoDelegatesCongress(level: String)
    /// A term of `years` years where the level allows `expected` ("2–3", "5").
    case termLengthForLevel(level: String, term: String, years: Int, expected: String)
    /// A standard exclusion reason (`reason`, a code) that the rule lists only for the other kind of congress.
    case exclusionReasonOfOtherKind(election: String, reason: String, kind: String)
    /// An exclusion reason that is not one of the standard codes (`codes`, those of the congress's kind).
    case exclusionReasonNotStandard(election: String, reason: String, codes: String)
    /// A script item whose lines call a vote with the other kind's card (`found`) instead of `expected`.
    case scriptCardOfOtherKind(item: String, found: String, expected: String)
    /// An exclusion whose count (`stated`) disagrees with the delegate list (`listed`; a bound when `atMost`).
    case exclusionDisagreesWithList(election: String, reason: String, stated: Int, listed: Int, atMost: Bool)

    // MARK: Minutes and resolution (DH275–DH279)
    /// A second motion marked `minutes: true` (`first` is the subject of the one the minutes close on).
    case secondMinutesVote(subject: String, first: String)
    /// A second motion marked `working_rules: true` (`first` is the one the working rules cite).
    case secondWorkingRulesVote(subject: String, first: String)
    /// A motion that `elects` a working body (`body`, its key under `bodies:`) the data leaves without members.
    case motionElectsEmptyBody(subject: String, body: String)
    /// A working body (`body`) elected by two motions (`first`, `second`).
    case bodyElectedByTwoVotes(body: String, first: String, second: String)

    // MARK: Secret votes other than elections, and the draft comments (DH440–DH449)
    /// A secret vote's ballots: more collected than issued.
    case secretBallotsCollectedExceedIssued(vote: SecretVoteName, collected: Int, issued: Int)
    /// A secret vote's ballots: valid + invalid ≠ collected.
    case secretBallotsDoNotAddUp(vote: SecretVoteName, valid: Int, invalid: Int, collected: Int)
    /// A secret vote: a count (`what`: a person's id, or "for + against") above the valid ballots.
    case secretVotesAboveValid(vote: SecretVoteName, what: String, votes: Int, valid: Int)
    /// A secret vote: more ballots issued than voters present.
    case secretBallotsIssuedExceedVoters(vote: SecretVoteName, issued: Int, voters: Int)
    /// The same person asked about twice in one election's floor opinion (nominated and withdrawing).
    case opinionPersonTwice(election: String, person: String)
    /// A nominee from the floor whose opinion and the election's list disagree: `entered` (more than 30 % agreed)
    /// but not on `candidates` (a warning), or not entered but on it (an error).
    case floorNomineeListMismatch(election: String, person: String, agree: Int, needed: Int, entered: Bool)
    /// A person asking to withdraw whose opinion and the list disagree: allowed but still on `candidates`, or refused
    /// and no longer on it.
    case withdrawalListMismatch(election: String, person: String, agree: Int, needed: Int, allowed: Bool)
    /// Draft comments: the sections' comments add up to more than the document's.
    case draftSectionsExceedTotal(documents: String, sections: Int, count: Int)
    /// Draft comments: more members commented than comments were made.
    case draftMembersExceedComments(documents: String, members: Int, count: Int)
    /// Draft comments: more members commented than were present.
    case draftMembersExceedPresent(documents: String, members: Int, present: Int)

    // MARK: Rendering (DH3xx)
    /// A template failed to compile or render.
    case templateError(template: String, detail: String)
    /// A template produced XHTML that is not well-formed.
    case malformedOutput(template: String, detail: String)

    // MARK: Writing (DH4xx)
    /// An output file could not be written.
    case outputWriteFailed(path: String, detail: String)

    // MARK: Input and output of the command line (DH410–DH429)
    /// A problem of the command's files and folders rather than of the congress data (``IOMessage``).
    case io(IOMessage)

    /// The stable code, e.g. `DH104`.
    public var code: String {
        switch self {
        case .unreadableFile: "DH100"
        case .yamlSyntax: "DH101"
        case .duplicateKey: "DH102"
        case .emptyDocument: "DH103"
        case .wrongType: "DH104"
        case .missingKey: "DH105"
        case .unknownKey: "DH106"
        case .invalidValue: "DH107"
        case .outOfRange: "DH108"
        case .unsupportedSchema: "DH109"
        case .invalidID: "DH110"
        case .duplicateID: "DH111"
        case .unknownPerson: "DH112"
        case .duplicateDelegate: "DH113"
        case .impossibleDate: "DH114"
        case .invalidTime: "DH115"
        case .invalidTerm: "DH116"
        case .countsDoNotAddUp: "DH117"
        case .countsDisagreeWithList: "DH118"
        case .fileReferenceOutsideFolder: "DH119"
        case .referencedFileMissing: "DH120"
        case .refusedCharacter: "DH121"
        case .invalidDecimal: "DH122"
        case .nonDecimalInteger: "DH130"
        case .invalidBounds: "DH131"
        case .notUTF8: "DH132"
        case .symlinkOutsideFolder: "DH133"
        case .notRegularFile: "DH134"
        case .tabIndentation: "DH135"
        case .unquotedFlowValue: "DH136"
        case .combiningMarkRun: "DH137"
        case .unclosedQuote: "DH138"
        case .fileTooLarge: "DH139"
        case .foreignTag: "DH150"
        case .aliasExpansion: "DH151"
        case .votesBelowValidBallots: "DH152"
        case .missingPerformer: "DH201"
        case .placeholderText: "DH202"
        case .delegateWithoutDelegation: "DH452"
        case .delegationAtMembersCongress: "DH453"
        case .placeholderNotReplaced: "DH460"
        case .initFileExists: "DH461"
        case .membersBadValue: "DH462"
        case .membersColumnMissing: "DH463"
        case .membersDuplicate: "DH464"
        case .initOverwritten: "DH465"
        case .servePortInUse: "DH466"
        case .serveFailed: "DH467"
        case .templatesExportFileExists: "DH468"
        case .firstMeetingVoteExceedsPresent: "DH470"
        case .scriptLate: "DH203"
        case .scriptDeadline: "DH204"
        case .scheduleOverrun: "DH205"
        case .presidiumSize: "DH206"
        case .reportTooLong: "DH207"
        case .surplusOutsidePreparedBand: "DH210"
        case .surplusAboveMaximum: "DH211"
        case .smallCommitteeSurplus: "DH212"
        case .ballotsCollectedExceedIssued: "DH213"
        case .ballotsDoNotAddUp: "DH214"
        case .votesAboveValidBallots: "DH215"
        case .votesExceedCapacity: "DH216"
        case .negativeCount: "DH217"
        case .candidateNotOpen: "DH218"
        case .duplicateCandidate: "DH219"
        case .candidateNotOnList: "DH220"
        case .votesAboveBase: "DH221"
        case .motionVotesExceedPresent: "DH222"
        case .emptyThresholdBase: "DH223"
        case .emptySecretVoteBase: "DH580"
        case .entryLogDoesNotMatchCheckCode: "DH510"
        case .entryLogUnreadable: "DH511"
        case .entryLogOfAnotherRound: "DH512"
        case .secondResolutionVote: "DH224"
        case .blankName: "DH230"
        case .invalidIdentifier: "DH231"
        case .duplicateIdentifier: "DH232"
        case .personTwiceInList: "DH233"
        case .emptyBody: "DH234"
        case .absentServing: "DH235"
        case .candidateOnCountingBoard: "DH236"
        case .probationaryCandidate: "DH237"
        case .fewerCandidatesThanSeats: "DH238"
        case .candidateWithoutVotes: "DH239"
        case .ballotsIssuedExceedVoters: "DH240"
        case .noMembers: "DH241"
        case .itemPastMidnight: "DH242"
        case .declaredBaseAboveOfficial: "DH243"
        case .roundAfterComplete: "DH244"
        case .invalidReasonsDoNotAddUp: "DH245"
        case .incumbentNotOnList: "DH246"
        case .ballotsIssuedExceedCommittee: "DH247"
        case .closedBeforeStart: "DH180"
        case .closingTimeMissing: "DH181"
        case .electionNotCounted: "DH431"
        case .openedBeforeFlag: "DH182"
        case .noBreakInSession: "DH183"
        case .guestAssigned: "DH184"
        case .invitedNotAGuest: "DH185"
        case .voteCalledBeforeNames: "DH186"
        case .bodyElectedByTwoItems: "DH187"
        case .credentialsBoardAtMembersCongress: "DH260"
        case .chiBoDelegatesCongress: "DH261"
        case .termLengthForLevel: "DH262"
        case .exclusionReasonOfOtherKind: "DH263"
        case .exclusionReasonNotStandard: "DH264"
        case .scriptCardOfOtherKind: "DH265"
        case .exclusionDisagreesWithList: "DH266"
        case .secondMinutesVote: "DH275"
        case .secondWorkingRulesVote: "DH430"
        case .motionElectsEmptyBody: "DH276"
        case .bodyElectedByTwoVotes: "DH277"
        case .firstMeetingCandidateNotOnCommittee: "DH290"
        case .firstMeetingMemberNotOnCommittee: "DH291"
        case .firstMeetingNotDescribed: "DH292"
        case .electionHolderContradictsBody: "DH293"
        case .delegationSeatsNotAllocated: "DH294"
        case .delegationNotAllocated: "DH295"
        case .alternateAlreadyOfficial: "DH296"
        case .declaredBaseAboveCommittee: "DH297"
        case .scriptElectionNotHeldByCongress: "DH298"
        case .electionNotInScriptOnce: "DH299"
        case .noSurplusOnCommitteeList: "DH250"
        case .firstMeetingAbsentNotOnCommittee: "DH251"
        case .firstMeetingAbsentServes: "DH252"
        case .ballotsIssuedExceedMembersPresent: "DH253"
        case .secretBallotsCollectedExceedIssued: "DH440"
        case .secretBallotsDoNotAddUp: "DH441"
        case .secretVotesAboveValid: "DH442"
        case .secretBallotsIssuedExceedVoters: "DH443"
        case .opinionPersonTwice: "DH444"
        case .floorNomineeListMismatch: "DH445"
        case .withdrawalListMismatch: "DH446"
        case .draftSectionsExceedTotal: "DH447"
        case .draftMembersExceedComments: "DH448"
        case .draftMembersExceedPresent: "DH449"
        case .templateError: "DH301"
        case .malformedOutput: "DH302"
        case .outputWriteFailed: "DH401"
        case .io(let message): message.code
        }
    }

    /// One example of every kind (used to check that docs/diagnostics.md lists every code).
    public static let examples: [Message] = [
        .unreadableFile(path: "congress.yaml", detail: "No such file"),
        .yamlSyntax(detail: "mapping values are not allowed in this context"),
        .duplicateKey(key: "name"),
        .emptyDocument,
        .wrongType(key: "congress.number", expected: .integer, found: .text),
        .missingKey(key: "organisation.name"),
        .unknownKey(key: "nmae", suggestion: "name"),
        .invalidValue(key: "people[1].gender", allowed: ["nam", "nu"], found: "female"),
        .outOfRange(key: "congress.number", minimum: 1, maximum: 100, found: "0"),
        .unsupportedSchema(found: "2"),
        .invalidID(id: "Hoa"),
        .duplicateID(id: "hoa"),
        .unknownPerson(id: "tuan", suggestion: "tuân"),
        .duplicateDelegate(id: "hoa"),
        .impossibleDate(text: "2020-02-30"),
        .invalidTime(text: "25:00"),
        .invalidTerm(text: "2025-2020"),
        .countsDoNotAddUp(summoned: 19, present: 17, absent: 1),
        .countsDisagreeWithList(figure: "present", declared: 18, listed: 17),
        .fileReferenceOutsideFolder(path: "../secret.md"),
        .referencedFileMissing(path: "lines/opening.md"),
        .refusedCharacter(key: "people[1].name", scalar: "U+0007"),
        .invalidDecimal(key: "targets[1].planned", found: "1e3"),
        .nonDecimalInteger(key: "congress.number", found: "0x1F", decimal: "31"),
        .invalidBounds(key: "settings.presidium_size"),
        .notUTF8(path: "congress.yaml", encoding: "UTF-16"),
        .symlinkOutsideFolder(path: "bao-cao/ket-qua.md"),
        .notRegularFile(path: "bao-cao/ket-qua.md", kind: .fifo),
        .tabIndentation,
        .unquotedFlowValue(key: "position", fragment: "Hiệu trưởng"),
        .combiningMarkRun(key: "people[1].name", limit: 30),
        .unclosedQuote(closedOnLine: 22),
        .fileTooLarge(path: "bao-cao/ket-qua.md", maximumMiB: 32),
        .foreignTag(key: "organisation.place", tag: "!!binary"),
        .aliasExpansion(anchor: "a"),
        .votesBelowValidBallots(round: 1, total: 10, valid: 15),
        .missingPerformer(item: "Chào cờ"),
        .placeholderText(item: "Khai mạc", marker: "…"),
        .delegateWithoutDelegation(person: "d120", delegations: 9),
        .delegationAtMembersCongress(person: "hoa"),
        .placeholderNotReplaced(key: "organisation.name", placeholder: "«Chi bộ Khu phố 1»"),
        .initFileExists(path: "chi-bo/congress.yaml"),
        .membersBadValue(column: "gioi_tinh", found: "female", expected: "nam, nu"),
        .membersColumnMissing(column: "ho_ten", columns: "ho_ten, gioi_tinh, nam_sinh, ngay_vao_dang, dang_vien"),
        .membersDuplicate(name: "Nguyễn Văn An", firstRow: 3),
        .initOverwritten(path: "chi-bo/congress.yaml", backup: "chi-bo/congress.yaml.bak"),
        .servePortInUse(port: 8080),
        .serveFailed(reason: "Permission denied"),
        .templatesExportFileExists(path: "mau-tinh/partials/header.xhtml"),
        .scriptLate(deadline: "14/5/2020", daysLate: 2, unfinished: 3),
        .scriptDeadline(deadline: "14/5/2020", daysLeft: 4, unfinished: 0),
        .scheduleOverrun(session: "official", minutes: 25, plannedEnd: "11 giờ 30", computedEnd: "11 giờ 55"),
        .presidiumSize(count: 9, min: 5, max: 7),
        .reportTooLong(words: 9_000, minutes: 70, allotted: 45, rate: 130),
        .surplusOutsidePreparedBand(election: "bch", percent: "7,32%"),
        .surplusAboveMaximum(election: "bch", percent: "31,71%", maximum: 30),
        .smallCommitteeSurplus(election: "chi-uy", seats: 3, candidates: 5),
        .ballotsCollectedExceedIssued(round: 1, collected: 301, issued: 300),
        .ballotsDoNotAddUp(round: 1, valid: 295, invalid: 3, collected: 297),
        .votesAboveValidBallots(round: 1, candidate: "hoa", votes: 300, valid: 295),
        .votesExceedCapacity(round: 1, total: 12_400, valid: 295, seats: 41),
        .negativeCount(field: "invalid", value: -1),
        .candidateNotOpen(round: 2, candidate: "hoa"),
        .duplicateCandidate(round: 1, candidate: "hoa"),
        .candidateNotOnList(candidate: "tuan"),
        .votesAboveBase(round: 1, candidate: "hoa", votes: 17, base: 16),
        .motionVotesExceedPresent(subject: "Thông qua chương trình Đại hội", inFavour: 17, against: 1, abstained: 0,
                                  total: 18, voters: 17),
        .emptyThresholdBase(election: "chi-uy", summoned: 17, excluded: 18, base: -1),
        .emptySecretVoteBase(subject: "Thông qua Nghị quyết", summoned: 17, excluded: 18, base: -1),
        .entryLogDoesNotMatchCheckCode(election: "chi-uy", round: 1, stated: "3f…", computed: "9a…"),
        .entryLogUnreadable(election: "chi-uy", round: 1, line: 7),
        .entryLogOfAnotherRound(election: "chi-uy", round: 1, logElection: "bi-thu", logRound: 1),
        .secondResolutionVote(subject: "Thông qua Nghị quyết (lần 2)", first: "Thông qua Nghị quyết Đại hội"),
        .blankName(key: "people[3].name"),
        .invalidIdentifier(key: "elections[1].id", id: "../../x"),
        .duplicateIdentifier(key: "elections", id: "bch"),
        .personTwiceInList(person: "hoa", list: "bodies.presidium"),
        .emptyBody(body: "Ban Kiểm phiếu", key: "bodies.vote_counting"),
        .absentServing(person: "hoa", role: "bodies.secretariat"),
        .candidateOnCountingBoard(election: "bch", candidate: "an"),
        .probationaryCandidate(election: "bch", candidate: "lan"),
        .fewerCandidatesThanSeats(election: "bch", candidates: 2, seats: 3),
        .candidateWithoutVotes(round: 1, candidate: "hai"),
        .ballotsIssuedExceedVoters(round: 1, issued: 6, voters: 4),
        .noMembers(figure: "present"),
        .itemPastMidnight(item: "Bế mạc", end: 1450),
        .declaredBaseAboveOfficial(election: "bch", base: 20, official: 19),
        .roundAfterComplete(election: "bch", round: 2),
        .invalidReasonsDoNotAddUp(round: 1, reasons: 3, invalid: 2),
        .incumbentNotOnList(election: "bch", person: "hoa"),
        .ballotsIssuedExceedCommittee(round: 1, issued: 42, members: 41),
        .closedBeforeStart(session: "official", closedAt: "7 giờ 00", start: "7 giờ 30"),
        .closingTimeMissing(date: "12/4/2025", asOf: "14/4/2025"),
        .electionNotCounted(election: "chi-uy"),
        .openedBeforeFlag(item: "Tuyên bố lý do", flag: "Chào cờ"),
        .noBreakInSession(session: "official", minutes: 395, maximum: 240, from: "7 giờ 30", to: "14 giờ 05"),
        .guestAssigned(item: "Phát biểu chỉ đạo", person: "tuan"),
        .invitedNotAGuest(item: "Phát biểu chỉ đạo", person: "hoa"),
        .voteCalledBeforeNames(item: "Bầu Đoàn Chủ tịch", found: "giơ thẻ"),
        .bodyElectedByTwoItems(body: "vote_counting", item: "Bầu Ban Kiểm phiếu", first: "Bầu Đoàn Chủ tịch"),
        .credentialsBoardAtMembersCongress(count: 3),
        .chiBoDelegatesCongress(level: "chi-bo-truc-thuoc"),
        .termLengthForLevel(level: "chi-bo-truc-thuoc", term: "2025-2030", years: 5, expected: "2–3"),
        .exclusionReasonOfOtherKind(election: "bch", reason: "vang-mat-co-ly-do", kind: "đại hội đảng viên"),
        .exclusionReasonNotStandard(election: "chi-uy", reason: "Ốm", codes: "mien-sinh-hoat-vang-mat, vang-mat-co-ly-do"),
        .scriptCardOfOtherKind(item: "Thông qua chương trình", found: "giơ thẻ đại biểu", expected: "giơ thẻ đảng viên"),
        .exclusionDisagreesWithList(election: "chi-uy", reason: "vang-mat-co-ly-do", stated: 2, listed: 1, atMost: false),
        .secondMinutesVote(subject: "Thông qua Biên bản (lần 2)", first: "Thông qua Biên bản Đại hội"),
        .secondWorkingRulesVote(subject: "Thông qua quy chế (lần 2)", first: "Thông qua quy chế làm việc của Đại hội"),
        .motionElectsEmptyBody(subject: "Bầu Ban Thẩm tra tư cách", body: "credentials"),
        .bodyElectedByTwoVotes(body: "presidium", first: "Bầu Đoàn Chủ tịch", second: "Bầu các cơ quan làm việc"),
        .firstMeetingCandidateNotOnCommittee(election: "btv", candidate: "lan"),
        .firstMeetingMemberNotOnCommittee(person: "lan", role: "vote_counting"),
        .firstMeetingNotDescribed(election: "btv"),
        .electionHolderContradictsBody(election: "btv", body: "ban-thuong-vu", stated: "congress"),
        .delegationSeatsNotAllocated(election: "dbct", seats: 4, allocated: 3, kind: "official"),
        .delegationNotAllocated(election: "dbct"),
        .alternateAlreadyOfficial(election: "dbdk", candidate: "lan"),
        .declaredBaseAboveCommittee(election: "btv", base: 42, members: 41),
        .scriptElectionNotHeldByCongress(item: "Bầu cử", election: "btv", reason: "first-meeting"),
        .electionNotInScriptOnce(election: "dbdk", items: 0),
        .noSurplusOnCommitteeList(election: "bch", body: "ban-chap-hanh", seats: 41),
        .firstMeetingAbsentNotOnCommittee(person: "d300"),
        .firstMeetingAbsentServes(person: "huy", role: "chair"),
        .ballotsIssuedExceedMembersPresent(round: 1, issued: 41, present: 40, members: 41),
        .firstMeetingVoteExceedsPresent(vote: "minutes_vote", total: 42, present: 41),
        .secretBallotsCollectedExceedIssued(vote: .floorOpinion(election: "chi-uy"), collected: 16, issued: 15),
        .secretBallotsDoNotAddUp(vote: .motion(subject: "Thông qua số lượng Chi ủy"), valid: 14, invalid: 2, collected: 15),
        .secretVotesAboveValid(vote: .floorOpinion(election: "chi-uy"), what: "duc", votes: 16, valid: 15),
        .secretBallotsIssuedExceedVoters(vote: .floorOpinion(election: "chi-uy"), issued: 16, voters: 15),
        .opinionPersonTwice(election: "chi-uy", person: "duc"),
        .floorNomineeListMismatch(election: "chi-uy", person: "duc", agree: 9, needed: 5, entered: true),
        .withdrawalListMismatch(election: "chi-uy", person: "lan", agree: 9, needed: 8, allowed: true),
        .draftSectionsExceedTotal(documents: "dự thảo Báo cáo chính trị", sections: 7, count: 5),
        .draftMembersExceedComments(documents: "dự thảo Báo cáo chính trị", members: 6, count: 5),
        .draftMembersExceedPresent(documents: "dự thảo Báo cáo chính trị", members: 16, present: 15),
        .templateError(template: "minutes", detail: "no value for 'x'"),
        .malformedOutput(template: "minutes", detail: "unclosed <p>"),
        .outputWriteFailed(path: "out", detail: "Permission denied"),
    ] + IOMessage.examples.map(Message.io)
}

/// The secret vote a diagnostic is about: an election's opinion on its floor nominees, or a motion.
public enum SecretVoteName: Sendable, Equatable {
    /// Xin ý kiến on the list of election `election` (its id).
    case floorOpinion(election: String)
    /// Biểu quyết bằng phiếu kín on `subject`.
    case motion(subject: String)

    /// "phiếu xin ý kiến (cuộc bầu 'chi-uy')" / "the opinion ballot of election 'chi-uy'".
    public func text(in language: Language) -> String {
        switch (self, language) {
        case let (.floorOpinion(election), .vi): "phiếu xin ý kiến về danh sách bầu cử '\(election)'"
        case let (.floorOpinion(election), .en): "the opinion ballot on the list of election '\(election)'"
        case let (.motion(subject), .vi): "biểu quyết kín '\(subject)'"
        case let (.motion(subject), .en): "secret vote '\(subject)'"
        }
    }
}

/// What a path names when it is not a regular file (tệp thường).
public enum SpecialFileKind: String, Sendable, Equatable {
    case folder, fifo, device, socket, other

    /// The kind's name in a language.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.folder, .vi): "một thư mục"
        case (.folder, .en): "a folder"
        case (.fifo, .vi): "một đường ống (FIFO)"
        case (.fifo, .en): "a pipe (FIFO)"
        case (.device, .vi): "một thiết bị"
        case (.device, .en): "a device"
        case (.socket, .vi): "một socket"
        case (.socket, .en): "a socket"
        case (.other, .vi): "một tệp đặc biệt"
        case (.other, .en): "a special file"
        }
    }
}

/// The kinds of YAML value a message can expect or find.
public enum ValueKind: String, Sendable, Equatable, CaseIterable {
    /// Ánh xạ — `key: value` pairs.
    case map
    /// Danh sách — `- item` or `[a, b]`.
    case list
    /// Văn bản — a string (or, where text is allowed, `{file: …}`).
    case text
    /// Số nguyên.
    case integer
    /// Số thập phân.
    case number
    /// `true` / `false`.
    case boolean
    /// An empty value (`key:` with nothing after it, or `~`).
    case nothing
    /// `YYYY-MM-DD`.
    case date
    /// `HH:MM`.
    case time
    /// A person id or a map (a delegate or guest entry).
    case personOrMap

    /// The kind's name in a language.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.map, .vi): "một ánh xạ (khóa: giá trị)"
        case (.map, .en): "a map (key: value)"
        case (.list, .vi): "một danh sách"
        case (.list, .en): "a list"
        case (.text, .vi): "văn bản"
        case (.text, .en): "text"
        case (.integer, .vi): "số nguyên"
        case (.integer, .en): "an integer"
        case (.number, .vi): "số thập phân"
        case (.number, .en): "a decimal number"
        case (.boolean, .vi): "true hoặc false"
        case (.boolean, .en): "true or false"
        case (.nothing, .vi): "giá trị rỗng"
        case (.nothing, .en): "nothing"
        case (.date, .vi): "ngày dạng YYYY-MM-DD"
        case (.date, .en): "a date YYYY-MM-DD"
        case (.time, .vi): "giờ dạng HH:MM"
        case (.time, .en): "a time HH:MM"
        case (.personOrMap, .vi): "mã người hoặc một ánh xạ"
        case (.personOrMap, .en): "a person id or a map"
        }
    }
}
