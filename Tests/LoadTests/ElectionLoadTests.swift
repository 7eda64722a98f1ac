import CongressModel
import Diagnostics
@testable import Load
import Testing

/// `elections:` read into the model, and its malformed forms against their exact diagnostics.
struct ElectionLoadTests {
    /// Lines 25–31 of the minimal file: one election of one round.
    static func election(round: String = "{issued: 2, collected: 2, valid: 2, invalid: 0, votes: {hoa: 2, nam: 1}}",
                         extra: [String] = []) -> String {
        minimal(appending: [
            "elections:",                                   // 25
            "  - id: chi-uy",                               // 26
            "    body: chi-uy",                             // 27
            "    seats: 1",                                 // 28
            "    candidates: [hoa, nam]",                   // 29
            "    rounds:",                                  // 30
            "      - \(round)",                             // 31
        ] + extra)
    }

    @Test func readsAnElection() throws {
        let result = load(Self.election(extra: ["    exclusions: [{reason: Miễn sinh hoạt vắng mặt, count: 1}]"]))
        let congress = try #require(result.congress, "\(result.diagnostics)")
        let election = try #require(congress.elections.first)
        #expect(election.id == "chi-uy")
        #expect(election.body == .chiUy)
        #expect(election.seats == 1)
        #expect(election.candidates == [PersonID("hoa"), PersonID("nam")])
        #expect(election.baseExclusions == [BaseExclusion(reason: "Miễn sinh hoạt vắng mặt", count: 1)])
        #expect(election.location == SourceLocation(file: "congress.yaml", line: 26, column: 5))
        let round = try #require(election.rounds.first)
        #expect([round.issued, round.collected, round.valid, round.invalid] == [2, 2, 2, 0])
        #expect(round.votes.map(\.candidate.rawValue) == ["hoa", "nam"])
        #expect(round.votes.map(\.votes) == [2, 1])
        #expect(round.location == SourceLocation(file: "congress.yaml", line: 31, column: 9))
    }

    @Test func unknownPersonInTheVotes() {
        let result = load(Self.election(round: "{issued: 2, collected: 2, valid: 2, invalid: 0, votes: {hoa: 2, nma: 1}}"))
        #expect(summary(result) == ["congress.yaml:31:73 DH112"])
        #expect(result.diagnostics.first?.message == .unknownPerson(id: "nma", suggestion: "nam"))
    }

    @Test func votesMustBeIntegers() {
        let result = load(Self.election(round: "{issued: 2, collected: 2, valid: 2, invalid: 0, votes: {hoa: hai, nam: 1}}"))
        #expect(summary(result) == ["congress.yaml:31:70 DH104"])
    }

    @Test func unknownKeyInARound() {
        let result = load(Self.election(round: "{issued: 2, collectd: 2, valid: 2, invalid: 0, votes: {hoa: 2}}"))
        #expect(summary(result) == ["congress.yaml:31:21 DH106"])
        #expect(result.diagnostics.first?.message == .unknownKey(key: "collectd", suggestion: "collected"))
    }

    @Test func unknownBody() {
        let result = load(minimal(appending: ["elections:", "  - {id: x, body: ban-chap-hanh-moi, seats: 1, candidates: [hoa], rounds: []}"]))
        #expect(summary(result) == ["congress.yaml:26:19 DH107"])
    }
}

struct SuggestionDistanceTests {
    @Test func aSwapOfNeighboursIsOneEdit() {
        #expect(Suggestion.distance("nmae", "name") == 1)
        #expect(Suggestion.distance("nma", "nam") == 1)
        #expect(Suggestion.distance("venu", "venue") == 1)
        #expect(Suggestion.distance("hoa", "nma") == 2)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("abcdef", "badcfe") == 3)
        #expect(Suggestion.distance("ca", "abc") == 3)
        // Banded: two ids of 200 000 letters a typo apart are compared in a blink, not 4·10¹⁰ cells.
        let long = String(repeating: "a", count: 200_000)
        #expect(Suggestion.nearest(to: long + "b", among: [long + "dd", long + "c"]) == long + "c")
        #expect(Suggestion.nearest(to: long, among: [String(repeating: "b", count: 200_000)]) == nil)
    }

    /// Every unknown id is reported; "did you mean" is searched once per id, for the first 100 ids only.
    @Test func suggestionsAreBounded() {
        let unknown = (1...120).map { "nam\($0 % 10)\(Character(UnicodeScalar(97 + $0 / 10)!))" }
        let result = load(minimal(replacing: [15: "delegates: [hoa, nam, " + (unknown + unknown).joined(separator: ", ") + "]"]))
        let messages = result.diagnostics.filter { $0.code == "DH112" }.map(\.message)
        #expect(messages.count == 240)
        let suggested = Set(messages.compactMap { message -> String? in
            if case let .unknownPerson(id, "nam"?) = message { return id }
            return nil
        })
        #expect(suggested.count == 100)
    }
}
