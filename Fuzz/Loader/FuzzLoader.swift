// FuzzLoader — libFuzzer target: YAML bytes → load (model + diagnostics) → check when a model loads.
//
// Built only by `make fuzz` (Fuzz/README.md), with `-sanitize=fuzzer,address -DFUZZING`: then `main` hands
// the command line to libFuzzer's driver. In the normal build it only says so.
import CFuzzer
import Foundation
import Check
import Load
import Vietnamese

/// The name the input is loaded under: a sample's folder, so that `{file: …}` references resolve
/// against real files (`make fuzz` runs from the package root).
private let fileName = "Samples/chi-bo-khu-pho-3/congress.yaml"

/// The day the check is made, so that the script deadline is judged too (the samples meet in April 2025).
private let checkDay = CalendarDate(year: 2025, month: 4, day: 1)

/// One input: bytes that are not UTF-8 stop where `CongressLoader.load(file:)` stops them;
/// anything else is loaded, and a loaded congress is checked as of `checkDay`. Any crash, hang or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let result = CongressLoader().load(text: text, file: fileName)
    if let congress = result.congress {
        _ = CongressChecker(asOf: checkDay).check(congress)
    }
    return 0
}

/// The entry point: libFuzzer's driver with its usual options (`-max_total_time=`, corpus folders, …).
@main
enum FuzzLoaderMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzLoader))
        #else
        FileHandle.standardError.write(Data("FuzzLoader is a libFuzzer target: run it with `make fuzz` (see Fuzz/README.md).\n".utf8))
        exit(2)
        #endif
    }
}
