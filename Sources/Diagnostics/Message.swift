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

    // MARK: Checking (DH2xx)
    /// A programme item with nobody to perform it yet.
    case missingPerformer(item: String)
    /// Placeholder text ("…", "TODO") left in an item's title or lines.
    case placeholderText(item: String, marker: String)
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
    /// A second motion marked `resolution: true` (`first` is the subject of the one that counts).
    case secondResolutionVote(subject: String, first: String)

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

    // MARK: Rendering (DH3xx)
    /// A template failed to compile or render.
    case templateError(template: String, detail: String)
    /// A template produced XHTML that is not well-formed.
    case malformedOutput(template: String, detail: String)

    // MARK: Writing (DH4xx)
    /// An output file could not be written.
    case outputWriteFailed(path: String, detail: String)

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
        case .missingPerformer: "DH201"
        case .placeholderText: "DH202"
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
        case .secondResolutionVote: "DH224"
        case .credentialsBoardAtMembersCongress: "DH260"
        case .chiBoDelegatesCongress: "DH261"
        case .termLengthForLevel: "DH262"
        case .exclusionReasonOfOtherKind: "DH263"
        case .exclusionReasonNotStandard: "DH264"
        case .scriptCardOfOtherKind: "DH265"
        case .exclusionDisagreesWithList: "DH266"
        case .templateError: "DH301"
        case .malformedOutput: "DH302"
        case .outputWriteFailed: "DH401"
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
        .missingPerformer(item: "Chào cờ"),
        .placeholderText(item: "Khai mạc", marker: "…"),
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
        .secondResolutionVote(subject: "Thông qua Nghị quyết (lần 2)", first: "Thông qua Nghị quyết Đại hội"),
        .credentialsBoardAtMembersCongress(count: 3),
        .chiBoDelegatesCongress(level: "chi-bo-truc-thuoc"),
        .termLengthForLevel(level: "chi-bo-truc-thuoc", term: "2025-2030", years: 5, expected: "2–3"),
        .exclusionReasonOfOtherKind(election: "bch", reason: "vang-mat-co-ly-do", kind: "đại hội đảng viên"),
        .exclusionReasonNotStandard(election: "chi-uy", reason: "Ốm", codes: "mien-sinh-hoat-vang-mat, vang-mat-co-ly-do"),
        .scriptCardOfOtherKind(item: "Thông qua chương trình", found: "giơ thẻ đại biểu", expected: "giơ thẻ đảng viên"),
        .exclusionDisagreesWithList(election: "chi-uy", reason: "vang-mat-co-ly-do", stated: 2, listed: 1, atMost: false),
        .templateError(template: "minutes", detail: "no value for 'x'"),
        .malformedOutput(template: "minutes", detail: "unclosed <p>"),
        .outputWriteFailed(path: "out", detail: "Permission denied"),
    ]
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
