// FuzzTemplate — libFuzzer target: template bytes → compiled template or error → render when it compiles.
//
// Built only by `make fuzz` (Fuzz/README.md), with `-sanitize=fuzzer,address -DFUZZING`: then `main` hands
// the command line to libFuzzer's driver. In the normal build it only says so.
import CFuzzer
import Foundation
import Template

/// The value every compiled input is rendered with: one of each kind, nested, under short names a
/// mutation can hit (`{{a}}`, `{{#l}}…{{/l}}`, `{{o.s}}`, `{{.}}`).
private let context: TemplateValue = .object([
    "s": .string("<&\"'>"),
    "t": .bool(true),
    "f": .bool(false),
    "e": .list([]),
    "l": .list([.string("x"), .object(["s": .string("y"), "t": .bool(false)]), .list([.string("z")])]),
    "o": .object(["s": .string("Đảng"), "l": .list([.bool(true)]), "o": .object(["s": .string("")])]),
])

/// One input: the bytes up to the first NUL are the template `t`, the rest (if any) a partial `p`, so
/// that partial calls (`{{> p}}`, `{{> t}}`) have something to find. Sources that are not UTF-8 stop
/// where `TemplateLibrary(folders:)` stops them. A library that compiles is rendered once.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var sources: [String: String] = [:]
    let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
    for (name, part) in zip(["t", "p"], parts) {
        guard let text = String(validating: part, as: UTF8.self) else { return 0 }
        sources[name] = text
    }
    guard let library = try? TemplateLibrary(templates: sources) else { return 0 }
    _ = try? library.render("t", context)
    return 0
}

/// The entry point: libFuzzer's driver with its usual options (`-max_total_time=`, corpus folders, …).
@main
enum FuzzTemplateMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTemplate))
        #else
        FileHandle.standardError.write(Data("FuzzTemplate is a libFuzzer target: run it with `make fuzz` (see Fuzz/README.md).\n".utf8))
        exit(2)
        #endif
    }
}
