// TemplateBench — renders one template repeatedly for a wall time and prints renders per second.
//
// Usage: TemplateBench <templateFolder> <templateName> <data.json> <seconds>
// Prints: `swift-engine <renders/s> renders/s <bytes> bytes` (scripts/bench.sh reads this line).
// With BENCH_OUTPUT_DIR set, also writes the last output to $BENCH_OUTPUT_DIR/swift-engine.xhtml.
import Foundation
import Template

/// JSON → TemplateValue: numbers become their string form, null becomes absent.
func templateValue(_ json: Any) -> TemplateValue? {
    switch json {
    case let number as NSNumber where String(cString: number.objCType) == "c": return .bool(number.boolValue)
    case let number as NSNumber: return .string("\(number)")
    case let text as String: return .string(text)
    case let list as [Any]: return .list(list.compactMap(templateValue))
    case let object as [String: Any]: return .object(TemplateFields(object.compactMapValues(templateValue)))
    default: return nil
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("TemplateBench: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let seconds = Double(arguments[4]), seconds > 0 else {
    fail("usage: TemplateBench <templateFolder> <templateName> <data.json> <seconds>")
}
guard let data = FileManager.default.contents(atPath: arguments[3]),
      let json = try? JSONSerialization.jsonObject(with: data), let value = templateValue(json) else {
    fail("cannot read JSON from \(arguments[3])")
}
let library: TemplateLibrary
do {
    library = try TemplateLibrary(folders: [arguments[1]])
} catch {
    fail(error.description)
}

var renders = 0
var output = ""
let clock = ContinuousClock()
let start = clock.now
let budget = Duration.milliseconds(Int(seconds * 1000))
do {
    while clock.now - start < budget {
        output = try library.render(arguments[2], value)
        renders += 1
    }
} catch {
    fail(error.description)
}
let elapsed = clock.now - start
let perSecond = Double(renders) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
print("swift-engine \(String(format: "%.1f", perSecond)) renders/s \(output.utf8.count) bytes")
if let folder = ProcessInfo.processInfo.environment["BENCH_OUTPUT_DIR"] {
    _ = FileManager.default.createFile(atPath: folder + "/swift-engine.xhtml", contents: Data(output.utf8))
}
