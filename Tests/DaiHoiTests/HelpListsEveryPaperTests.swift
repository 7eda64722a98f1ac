import Derive
import Foundation
import Testing

/// `daihoi --help` names every paper the tool writes, with its `--doc` name, and every format (issue 17: "daihoi
/// --help lists the papers and formats as they are now"); the list comes from `Dossier.order`, so a paper added
/// there is in the help, and one left out of the dossier's order fails here.
struct HelpListsEveryPaperTests {
    @Test(arguments: ["vi", "en"])
    func everyPaperAndFormat(language: String) throws {
        let result = try CLI.run(["--help", "--lang", language])
        #expect(result.status == 0)
        // The help is wrapped at spaces: read it as one line.
        let text = (result.stdout + result.stderr).split(whereSeparator: \.isNewline).joined(separator: " ")
        #expect(Set(Dossier.order) == Set(DocumentKind.allCases), "a paper missing from Dossier.order")
        for kind in DocumentKind.allCases {
            #expect(text.contains(language == "vi" ? "(\(kind.rawValue))" : kind.rawValue), "\(language): \(kind.rawValue) not in --help")
        }
        for format in ["HTML", "ODT", "FODT", "DOCX", "PDF"] { #expect(text.contains(format), "\(language): \(format)") }
    }
}
