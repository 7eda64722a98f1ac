// swift-tools-version:6.0
import PackageDescription

/// DaiHoi — congress YAML → checked model → view models → Mustache XHTML → document tree → HTML / ODT / PDF.
/// One target per pipeline stage; a stage imports only the stages before it.
let package = Package(
    name: "DaiHoi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "daihoi", targets: ["daihoi"]),
        .library(name: "DaiHoi", targets: ["DaiHoi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // init --members: the members' spreadsheet (CSV, quoted fields, comma or semicolon) read by a library.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
        // daihoi serve (the local preview) and daihoi count (the counting room): the local web server (HTTP,
        // Server-Sent Events); no hand-written HTTP server.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // daihoi count: its one SQLite database (WAL, append-only entry log); no hand-written SQL layer.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // daihoi count: the check code (SHA-256 of the canonical entry log) and the role tokens' hashes.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C library behind one Swift wrapper (DocumentTree/XML*.swift).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libcmark (CommonMark) behind one Swift wrapper (Markdown/Markdown.swift).
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // Markdown prose → the few block shapes a Party paper uses; raw HTML never passes.
        .target(name: "Markdown", dependencies: ["CCMark"]),

        // Rules of Vietnamese writing: dates, times, numbers, Roman numerals, name order.
        // The proleptic Gregorian calendar: leap years, days ↔ dates (no time zone, no I/O).
        .target(name: "CivilCalendar"),
        .target(name: "Vietnamese", dependencies: ["CivilCalendar"]),
        // Diagnostics: codes, positions, messages in vi/en, compiler-style rendering.
        .target(name: "Diagnostics"),
        // The typed congress model (what the YAML means).
        .target(name: "CongressModel", dependencies: ["Vietnamese", "Diagnostics", "Elections"]),
        // load: YAML → model, every error located.
        .target(name: "Load", dependencies: ["CongressModel", "Diagnostics", "Elections", .product(name: "Yams", package: "Yams")]),
        // check: domain rules → diagnostics.
        .target(name: "Check", dependencies: ["CongressModel", "Diagnostics", "Elections", "Tally", "Markdown", "Vietnamese", .product(name: "Crypto", package: "swift-crypto")]),
        // Election arithmetic of QĐ 190-QĐ/TW: thresholds, winners, ties, surplus (pure, no I/O).
        .target(name: "Elections", dependencies: ["Vietnamese"]),
        // The template engine: strict Mustache, XML-escaping, compiled once.
        .target(name: "Template"),
        // make bench: renders one template for a wall time and prints renders per second.
        .executableTarget(name: "TemplateBench", dependencies: ["Template"]),
        // derive: model → per-document view models (all arithmetic lives here).
        // The outcome of the congress's elections (who is elected, the new committee's size, each election's base):
        // the model read through the election arithmetic; shared by check and derive, so neither copies it.
        .target(name: "Tally", dependencies: ["CongressModel", "Elections", "Vietnamese"]),
        .target(name: "Derive", dependencies: ["CongressModel", "Vietnamese", "Template", "Elections", "Tally", "Markdown"]),
        // The document tree: the one hand-over point between rendering and the writers.
        .target(name: "DocumentTree", dependencies: ["CLibXML2"]),
        // render: view model + template → XHTML → document tree.
        .target(name: "Render", dependencies: ["Template", "DocumentTree", "Derive", "Diagnostics"]),
        // zlib (raw DEFLATE, CRC-32) behind one Swift wrapper (ZipWriting/Deflate.swift), for the ODT and DOCX zips.
        .systemLibrary(name: "CDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // write: one module per writer, side by side; each imports only the document tree and the two
        // small shared modules below, never another writer (as pandoc's writers share only zip-archive).
        // The archive: deterministic zip (fixed dates, given order) of deflated entries.
        .target(name: "ZipWriting", dependencies: ["CDeflate", "CLibDeflate"]),
        // libdeflate (raw DEFLATE and CRC-32 of a whole buffer, twice zlib's speed) for the DOCX writer's document part.
        .systemLibrary(name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // What several writers share and no writer owns: the temporary-file gate (PDF, the CLI's atomic writes);
        // for the XML writers (ODF, DOCX) the escaped-markup buffer, the paper's lengths, the column widths of a
        // data table and the per-profile cache of fixed parts.
        .target(name: "WriterSupport", dependencies: ["DocumentTree", "Vietnamese"]),
        .target(name: "HTMLWriting", dependencies: ["DocumentTree"]),
        // OpenDocument text: .odt (zipped) and .fodt (flat XML).
        .target(name: "ODFWriting", dependencies: ["DocumentTree", "ZipWriting", "WriterSupport"]),
        // Office Open XML WordprocessingML: .docx written directly from the tree (no template, no conversion).
        .target(name: "DOCXWriting", dependencies: ["DocumentTree", "ZipWriting", "WriterSupport"]),
        // PDF: a warm pool of LibreOffice workers converting written files; merging; page counts.
        .target(name: "PDFWriting", dependencies: ["WriterSupport", "ProcessSupport"]),
        // PDF without LibreOffice (issue 19): the document tree as Typst source, set by PyPI's typst in warm workers.
        .target(name: "TypstWriter", dependencies: ["DocumentTree", "ProcessSupport"]),
        // Built-in PDF (issue 19): TrueType faces, drawn pages and the PDF file, no LibreOffice, no Typst.
        .target(name: "PDFDrawing", dependencies: ["CDeflate", "ZipWriting", "CivilCalendar"]),
        // Built-in PDF (issue 19): the document tree set into drawn pages (lines, tables, pagination) as LibreOffice
        // prints the ODT; the walk over the blocks is the ODT and DOCX writers' (WriterSupport.BlockWriter).
        .target(name: "PaperLayout", dependencies: ["DocumentTree", "PDFDrawing", "WriterSupport"]),
        // The time of one built-in layout of a rendered paper (release build; docs/paper-layout.md).
        .executableTarget(name: "PaperLayoutBench", dependencies: ["DocumentTree", "PDFDrawing", "PaperLayout"]),
        // The helper processes both PDF engines drive: spawned in a group of their own and reaped (LibreOffice),
        // or spoken to in lines over pipes (the UNO driver, the Typst workers).
        .target(name: "ProcessSupport"),
        // The pipeline as named steps, used by the CLI and the tests.
        .target(name: "DaiHoi", dependencies: ["Load", "Check", "Tally", "Derive", "Render", "HTMLWriting", "ODFWriting", "DOCXWriting", "PDFWriting", "TypstWriter", "PDFDrawing", "PaperLayout", "WriterSupport", "Diagnostics", "CongressModel", "Template", "Vietnamese", .product(name: "SwiftCSV", package: "SwiftCSV")]),
        // make bench: the ODT writer and the PDF pool measured in process (scripts/bench-odt.sh).
        .executableTarget(name: "ODTBench", dependencies: ["DaiHoi", "Load", "CongressModel", "Diagnostics", "Derive", "Render", "DocumentTree", "ODFWriting", "DOCXWriting", "PDFWriting", "Template"]),
        // daihoi serve: the papers as HTML on 127.0.0.1, re-rendered when the congress's files change, reloaded by SSE.
        .target(name: "Preview", dependencies: ["DaiHoi", "Derive", "Diagnostics", "HTMLWriting", .product(name: "Hummingbird", package: "hummingbird")]),
        .executableTarget(name: "daihoi", dependencies: ["DaiHoi", "Load", "CongressModel", "Diagnostics", "Derive", "Preview", "Count", "CountServer", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // daihoi count: ballots entered twice by the counting board, reconciled, tallied with the election
        // arithmetic (Elections, Tally), stored in kiem-phieu.sqlite (GRDB), served to the room (Hummingbird).
        .target(name: "Count", dependencies: ["CongressModel", "Elections", "Tally", "Derive", "Diagnostics", "Vietnamese", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "CountServer", dependencies: ["Count", "CongressModel", "Tally", "Derive", "Elections", "Vietnamese", .product(name: "Hummingbird", package: "hummingbird")]),
        // make fuzz: libFuzzer targets for the loader (+ check) and the template compiler (Fuzz/README.md);
        // stubs unless built with -DFUZZING.
        .systemLibrary(name: "CFuzzer", path: "Fuzz/CFuzzer"),
        .executableTarget(name: "FuzzLoader", dependencies: ["Load", "Check", "Vietnamese", "CFuzzer"], path: "Fuzz/Loader"),
        .executableTarget(name: "FuzzTemplate", dependencies: ["Template", "CFuzzer"], path: "Fuzz/Template"),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "VietnameseTests", dependencies: ["Vietnamese", "TestSupport"]),
        .testTarget(name: "ElectionsTests", dependencies: ["Elections"]),
        .testTarget(name: "TemplateTests", dependencies: ["Template", "TestSupport"]),
        .testTarget(name: "LoadTests", dependencies: ["Load", "TestSupport"]),
        .testTarget(name: "DocumentTreeTests", dependencies: ["DocumentTree", "TestSupport"]),
        .testTarget(name: "WritersTests", dependencies: ["ZipWriting", "WriterSupport", "HTMLWriting", "ODFWriting", "DOCXWriting", "PDFWriting", "DocumentTree", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")], exclude: ["Golden"]),
        .testTarget(name: "CheckTests", dependencies: ["Check", "Load", "Diagnostics", "Vietnamese"]),
        .testTarget(name: "DeriveTests", dependencies: ["Derive", "Tally", "CongressModel", "Vietnamese", "Elections"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "PaperLayoutTests", dependencies: ["PaperLayout", "PDFDrawing", "DocumentTree", "TestSupport"]),
        .testTarget(name: "TypstWriterTests", dependencies: ["TypstWriter", "DocumentTree", "TestSupport"]),
        .testTarget(name: "ProcessSupportTests", dependencies: ["ProcessSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "DaiHoi", "TestSupport"]),
        .testTarget(name: "CountTests", dependencies: ["Count", "CountServer", "CongressModel", "Elections", "Tally", "Load", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")], exclude: ["Golden"]),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"]),
        .testTarget(name: "PDFDrawingTests", dependencies: ["PDFDrawing", "TestSupport"]),
        .testTarget(name: "DaiHoiTests", dependencies: ["DaiHoi", "Count", "Load", "TestSupport", "DocumentTree", "Vietnamese", "PDFWriting", "DOCXWriting", "Derive", "Tally", "PaperLayout", "PDFDrawing", .product(name: "ZIPFoundation", package: "ZIPFoundation")], exclude: ["Golden", "Fixtures"]),
    ]
)
