import Diagnostics
import Foundation

/// `daihoi templates export DIR`: the built-in templates copied into DIR to start an overlay from (keep the files
/// you change, delete the others: every template not in DIR still comes from the built-in set).
public enum TemplateExport {
    /// Every file of the built-in set `folder` (relative path, text), sorted; hidden files left out.
    public static func files(of folder: String) throws -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files.append((relative, try String(contentsOfFile: path, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Copies the built-in set into `destination`, writing over nothing unless `force` (then each replaced file
    /// that differs is kept as `.bak`, as `init --force` does).
    public static func export(from folder: String, to destination: String, force: Bool) throws -> SkeletonWriter.Outcome {
        try SkeletonWriter.write(files(of: folder), into: destination, force: force)
    }

    /// What the user is told when reading the set or writing a copy failed: the file and the system's reason.
    public static func diagnostic(for error: Error, destination: String) -> Diagnostic {
        Diagnostic(severity: .error, message: WriteFailure(error, fallbackPath: destination).message, location: nil)
    }
}
