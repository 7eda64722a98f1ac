import Foundation

/// A template's source: its name, its bytes and the file it was read from (`nil` in memory).
struct TemplateSource {
    let name: String
    let bytes: [UInt8]
    let path: String?
}

/// Reading template files from folders: the only file-system code of the engine.
enum TemplateFolders {
    /// The extensions of template files.
    static let extensions: Set<String> = ["xhtml", "css", "mustache", "html", "txt"]

    /// (name, source bytes, file path) of every template file under each folder, recursively.
    static func read(_ folders: [String]) throws(TemplateError) -> [TemplateSource] {
        var sources: [TemplateSource] = []
        var seen: Set<String> = []
        for folder in folders {
            for relative in try files(in: folder) {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(relative)
                let name = String(relative.dropLast(url.pathExtension.count + 1))
                guard seen.insert(name).inserted else {
                    throw TemplateError(template: url.path, line: 0, column: 0, kind: .duplicateTemplate(name))
                }
                guard let data = FileManager.default.contents(atPath: url.path),
                      String(data: data, encoding: .utf8) != nil else {
                    throw TemplateError(template: url.path, line: 0, column: 0,
                                        kind: .unreadable("\(url.path) cannot be read as UTF-8 text"))
                }
                sources.append(TemplateSource(name: name, bytes: [UInt8](data), path: url.path))
            }
        }
        return sources
    }

    /// Paths relative to `folder` of the template files under it, sorted.
    private static func files(in folder: String) throws(TemplateError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw TemplateError(template: folder, line: 0, column: 0, kind: .unreadable("no folder \(folder)"))
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if extensions.contains((path as NSString).pathExtension) { paths.append(path) }
        }
        return paths.sorted()
    }
}
