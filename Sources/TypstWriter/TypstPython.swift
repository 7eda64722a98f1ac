import Foundation

/// Where the Python with PyPI's `typst` package is: `$DAIHOI_TYPST_PYTHON`, else `.venv-typst/bin/python3` in the
/// nearest folder above the executable (the venv `make setup` creates in the repository), else in the current
/// folder. The package is checked when a worker starts (``TypstWorker``), not here.
public enum TypstPython {
    /// The venv folder `make setup` creates (Makefile `TYPST_VENV`).
    public static let venvFolder = ".venv-typst"

    /// The interpreter to use, or why there is none.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.arguments.first ?? "") -> Result<String, TypstUnavailable> {
        if let given = environment["DAIHOI_TYPST_PYTHON"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given)
                ? .success(given) : .failure(TypstUnavailable(reason: "DAIHOI_TYPST_PYTHON=\(given) is not an executable"))
        }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates: [URL] = []
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for candidate in candidates {
            let python = candidate.appendingPathComponent(venvFolder).appendingPathComponent("bin/python3").path
            if FileManager.default.isExecutableFile(atPath: python) { return .success(python) }
        }
        return .failure(TypstUnavailable(reason: "no \(venvFolder) (run `make setup`, which installs PyPI's typst 0.15.0 there) and no DAIHOI_TYPST_PYTHON"))
    }
}
