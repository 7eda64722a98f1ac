import Foundation

/// Finds the built-in `Templates/` folder, so an installed or copied binary runs without an environment variable:
/// 1. `$DAIHOI_TEMPLATES` (a set kept somewhere else);
/// 2. `PREFIX/share/daihoi/Templates` for a binary in `PREFIX/bin` (where `make install` puts them);
/// 3. the nearest `Templates/` above the executable (a build inside the repository);
/// 4. `./Templates`.
///
/// `--templates DIR` is not a place to look for the whole set: it overlays DIR on the set found here
/// (``TemplateLayers``).
public enum TemplateLocator {
    /// The folder `make install` puts the templates in, relative to the binary's folder (`PREFIX/bin`).
    public static let installedRelativePath = "../share/daihoi/Templates"

    /// The built-in set. `executable` is this program's own file: `argv[0]` is only a name when the binary
    /// was found on `PATH`, so the running binary is asked (`/proc/self/exe` through Foundation).
    public static func builtIn(environment: [String: String] = ProcessInfo.processInfo.environment,
                               executable: String = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "") -> String {
        if let fromEnvironment = environment["DAIHOI_TEMPLATES"], !fromEnvironment.isEmpty { return fromEnvironment }
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = binary.appendingPathComponent(installedRelativePath).standardizedFileURL
        if isTemplateSet(installed) { return installed.path }
        var folder = binary
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Templates")
            if isTemplateSet(candidate) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return "Templates"
    }

    /// A folder holding the papers' templates (`documents/`).
    private static func isTemplateSet(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("documents").path)
    }
}
