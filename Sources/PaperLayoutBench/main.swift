// PaperLayoutBench — sets one paper (its rendered XHTML) into pages with the built-in layout, repeatedly, and prints
// the time of one layout: what the built-in PDF engine spends before writing the file (issue 19).
//
// Usage: PaperLayoutBench <paper.html> <runs> [landscape]
// Prints: `paper-layout <ms> ms/layout <pages> pages <items> items`.
import Foundation
import DocumentTree
import PDFDrawing
import PaperLayout

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("PaperLayoutBench: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let runs = Int(arguments[2]), runs > 0 else { fail("usage: PaperLayoutBench <paper.html> <runs> [landscape]") }
guard let xhtml = try? String(contentsOfFile: arguments[1], encoding: .utf8) else { fail("cannot read \(arguments[1])") }
let profile = arguments.count > 3 && arguments[3] == "landscape" ? FormatProfile.hd36_2018.landscape : FormatProfile.hd36_2018
let document: Document
do { document = try XHTMLParser.parse(xhtml, name: "bench", profile: profile) } catch { fail("\(error)") }
let faces: FontFaces
do { faces = try FontFaces.liberationSerif() } catch { fail("no Liberation Serif: \(error)") }
let layout = PaperLayout(metrics: faces)
var pages = layout.pages(of: document)
let clock = ContinuousClock()
let start = clock.now
for _ in 0..<runs { pages = layout.pages(of: document) }
let elapsed = clock.now - start
let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
print(String(format: "paper-layout %.3f ms/layout %d pages %d items", milliseconds / Double(runs), pages.count, pages.reduce(0) { $0 + $1.items.count }))
