import Foundation

/// Finds the `Templates/` folder: an explicit path, then `$DAIHOI_TEMPLATES`, then the nearest
/// `Templates/` above the executable (a build inside the repository), then `./Templates`.
public enum TemplateLocator {
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.arguments.first ?? "") -> String {
        if let explicit { return explicit }
        if let fromEnvironment = environment["DAIHOI_TEMPLATES"], !fromEnvironment.isEmpty { return fromEnvironment }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Templates")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("documents").path) {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        return "Templates"
    }
}
