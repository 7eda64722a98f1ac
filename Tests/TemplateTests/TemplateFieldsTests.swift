import Template
import Testing

/// The named values of an object: lookups by scan, setting and removing, order-independent equality.
@Suite("Template fields")
struct TemplateFieldsTests {
    @Test func looksUpEachNameAndNothingElse() {
        let fields: TemplateFields = ["a": "1", "congress_name_term": "Đại hội", "ab": "2", "": "empty"]
        #expect(fields["a"] == "1")
        #expect(fields["ab"] == "2")
        #expect(fields["congress_name_term"] == "Đại hội")
        #expect(fields[""] == "empty")
        #expect(fields["b"] == nil)
        #expect(fields["congress_name_terms"] == nil)
        #expect(fields.count == 4)
        #expect(fields.keys == ["a", "congress_name_term", "ab", ""])
    }

    @Test func namesCompareAsTextNotBytes() {
        // The same name in NFC and NFD: String equality finds it, as a dictionary's lookup did.
        let fields: TemplateFields = ["tên_\u{1EC7}": "nfc"]
        #expect(fields["tên_e\u{323}\u{302}"] == "nfc")
    }

    @Test func setsReplacesAndRemoves() {
        var fields: TemplateFields = ["a": "1"]
        fields["b"] = true
        fields["a"] = "one"
        #expect(fields["a"] == "one" && fields["b"] == true && fields.count == 2)
        fields["a"] = nil
        fields["missing"] = nil
        #expect(fields["a"] == nil && fields.keys == ["b"])
        #expect(TemplateFields().isEmpty)
    }

    @Test func equalityIgnoresOrder() {
        let one: TemplateFields = ["a": "1", "b": ["x"]]
        let other: TemplateFields = ["b": ["x"], "a": "1"]
        #expect(one == other)
        #expect(one != ["a": "1", "b": ["y"]])
        #expect(one != ["a": "1"])
        #expect(one != ["a": "1", "c": ["x"]])
        #expect(TemplateValue.object(one) == .object(other))
    }

    @Test func convertsFromADictionaryAndMerges() {
        let fields = TemplateFields(["a": "1", "b": "2"])
        #expect(fields == ["b": "2", "a": "1"])
        let merged = fields.merging(["b": "3", "c": "4"]) { own, _ in own }
        #expect(merged == ["a": "1", "b": "2", "c": "4"])
        #expect(fields.mapValues { $0 == "1" } == ["a": true, "b": false])
        #expect(Dictionary(uniqueKeysWithValues: fields.map { ($0.0, $0.1) }) == ["a": "1", "b": "2"])
    }

    @Test func templateValueLiteralKeepsTheLaterOfTwoNames() {
        let value: TemplateValue = ["a": "first", "a": "second"]
        guard case .object(let fields) = value else { Issue.record("not an object"); return }
        #expect(fields.count == 1 && fields["a"] == "second")
    }
}
