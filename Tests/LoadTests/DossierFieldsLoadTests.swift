import CongressModel
import Load
import Testing

/// The fields the dossier's papers read: a person's general education and field (danh sách trích ngang), and
/// `settings.dossier_required`.
struct DossierFieldsLoadTests {
    @Test func generalEducationAndExpertiseAreRead() throws {
        let result = load(minimal(replacing: [13: "  - {id: hoa, name: Trần Thị Hòa, general_education: thcs, expertise: Kinh tế nông nghiệp}"]))
        #expect(result.diagnostics.isEmpty, "\(summary(result))")
        let hoa = try #require(result.congress?.person(PersonID("hoa")))
        #expect(hoa.generalEducation == .thcs)
        #expect(hoa.expertise == "Kinh tế nông nghiệp")
        #expect(result.congress?.person(PersonID("nam"))?.expertise == nil)
    }

    @Test func aFieldThatIsNotTextIsRefused() {
        let result = load(minimal(replacing: [13: "  - {id: hoa, name: Trần Thị Hòa, expertise: [Luật]}"]))
        #expect(summary(result).first?.hasSuffix("DH104") == true, "\(summary(result))")
    }

    @Test func theRequiredPapersAreReadAsWritten() throws {
        let result = load(minimal(appending: ["settings:", "  dossier_required: [programme, minutes, nonsense]"]))
        #expect(result.diagnostics.isEmpty, "names are judged where the dossier is made: \(summary(result))")
        #expect(result.congress?.settings.dossierRequired == ["programme", "minutes", "nonsense"])
        #expect(result.congress?.sourceMap["settings.dossier_required[3]"]?.line == 26)
        #expect(load(minimal()).congress?.settings.dossierRequired == nil)
    }
}
