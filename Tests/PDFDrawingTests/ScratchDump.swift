import Foundation
import Testing
@testable import PDFDrawing

@Test func scratchDump() throws {
    guard let path = ProcessInfo.processInfo.environment["PDFD_DUMP"] else { return }
    try Data(try PDFFileWriterTests.write()).write(to: URL(fileURLWithPath: path))
}
