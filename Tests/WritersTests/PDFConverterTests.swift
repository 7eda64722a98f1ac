import Foundation
import Testing
import ODFWriting
import PDFWriting

@Suite("PDF converter")
struct PDFConverterTests {
    /// A scratch directory with an ODT of the three-page sample in it.
    static func scratch() throws -> (dir: URL, odt: URL) {
        let dir = try ToolRunner.temporaryDirectory()
        let odt = dir.appendingPathComponent("three-pages.odt")
        try ODTWriter().write(ODFSamples.threePages).write(to: odt)
        return (dir, odt)
    }

    @Test("a missing soffice gives a clear message saying how to install it")
    func missing() throws {
        let (dir, odt) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = #expect(throws: PDFConversionError.self) {
            try PDFConverter(soffice: "/nonexistent/soffice").convert(odt: odt, to: dir.appendingPathComponent("x.pdf"), timeout: .seconds(5))
        }
        #expect(error == .sofficeNotFound("/nonexistent/soffice"))
        #expect(error?.description.contains("apt-get install libreoffice-writer-nogui fonts-liberation2") == true)
        #expect(throws: PDFConversionError.sofficeNotFound("no-such-office-here")) {
            try PDFConverter(soffice: "no-such-office-here").convert(odt: odt, to: dir.appendingPathComponent("x.pdf"), timeout: .seconds(5))
        }
    }

    @Test("a missing input, a failing soffice and a soffice that writes nothing are reported, no file written")
    func failures() throws {
        let (dir, odt) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("x.pdf")
        #expect(throws: PDFConversionError.inputMissing(dir.appendingPathComponent("none.odt").path)) {
            try PDFConverter(soffice: "/bin/true").convert(odt: dir.appendingPathComponent("none.odt"), to: pdf, timeout: .seconds(5))
        }
        #expect(throws: PDFConversionError.failed(status: 1, output: "")) {
            try PDFConverter(soffice: "/bin/false").convert(odt: odt, to: pdf, timeout: .seconds(5))
        }
        #expect(throws: PDFConversionError.noOutput(output: "")) {
            try PDFConverter(soffice: "/bin/true").convert(odt: odt, to: pdf, timeout: .seconds(5))
        }
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test("a soffice that hangs is stopped at the timeout")
    func timeout() throws {
        let (dir, odt) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("slow-soffice")
        try "#!/bin/sh\nexec sleep 30\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let start = ContinuousClock.now
        #expect(throws: PDFConversionError.timedOut(seconds: 0.3)) {
            try PDFConverter(soffice: script.path).convert(odt: odt, to: dir.appendingPathComponent("x.pdf"), timeout: .milliseconds(300))
        }
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
