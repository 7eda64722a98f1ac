import Foundation
import ProcessSupport

/// One PDF of several, with an outline (bookmarks): one entry per part, titled with the part's title and pointing
/// at its first page. It runs pypdf (Debian `python3-pypdf`) under `/usr/bin/python3`.
///
/// Why pypdf: measured for the dossier (issue 14), `qpdf --empty --pages …` joins the files but keeps no outline
/// and cannot add one; writing PDF objects ourselves would mean renumbering every object of every file. pypdf
/// joins and adds the outline in one pass (hung-ha's 14 PDFs, 134 pages: 0.43 s). Same input PDFs, same bytes out:
/// pypdf writes no creation date and no `/ID` (it makes one only when it encrypts), and the outline and the
/// document title come from the parts in order.
public enum PDFMerge {
    /// The Python that has pypdf: Debian's, not a version manager's `python3` found first on `PATH`.
    public static let python = "/usr/bin/python3"

    /// One file to join, with the outline entry's title.
    public struct Part: Sendable, Equatable {
        public var pdf: URL
        public var title: String
        public init(pdf: URL, title: String) {
            self.pdf = pdf
            self.title = title
        }
    }

    /// Why the merged PDF was not made.
    public enum Failure: Error, Sendable, Equatable {
        /// No `/usr/bin/python3` with the `pypdf` module.
        case noPypdf
        /// pypdf ran and failed (its last line), or did not end within the time allowed.
        case failed(String)
    }

    /// Whether pypdf can be imported (within 30 s).
    public static var isAvailable: Bool {
        guard FileManager.default.isExecutableFile(atPath: python),
              let process = try? ChildProcess(python, ["-c", "import pypdf"]) else { return false }
        guard process.wait(seconds: 30) else { process.end(grace: 0); return false }
        return process.exitStatus == 0
    }

    /// Joins `parts` in order into the PDF bytes, titled `title`; `scratch` is a folder for the job's files.
    public static func merge(_ parts: [Part], title: String, scratch: URL) -> Result<Data, Failure> {
        guard isAvailable else { return .failure(.noPypdf) }
        let folder = scratch.appendingPathComponent("merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let spec: [String: Any] = [
                "title": title,
                "output": folder.appendingPathComponent("merged.pdf").path,
                "parts": parts.map { ["pdf": $0.pdf.path, "title": $0.title] },
            ]
            try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys])
                .write(to: folder.appendingPathComponent("spec.json"))
            try Data(script.utf8).write(to: folder.appendingPathComponent("merge.py"))
        } catch {
            return .failure(.failed("\(error)"))
        }
        let log = folder.appendingPathComponent("log.txt").path
        guard let process = try? ChildProcess(python, [folder.appendingPathComponent("merge.py").path,
                                                       folder.appendingPathComponent("spec.json").path], output: log)
        else { return .failure(.failed("\(python): cannot start")) }
        guard process.wait(seconds: 120) else {
            process.end(grace: 0)
            return .failure(.failed("pypdf: no end after 120 s"))
        }
        guard process.exitStatus == 0, let data = try? Data(contentsOf: folder.appendingPathComponent("merged.pdf")) else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            let last = text.split(separator: "\n").last.map(String.init) ?? "exit \(process.exitStatus ?? -1)"
            return .failure(.failed(last))
        }
        return .success(data)
    }

    /// The job: each part appended (its own outline, if any, left out), an outline entry at its first page, the
    /// outline shown when the file opens. The JSON file carries the paths and titles, so no text is quoted here.
    static let script = """
        import json, sys
        from pypdf import PdfWriter
        with open(sys.argv[1], encoding="utf-8") as f:
            spec = json.load(f)
        writer = PdfWriter()
        for part in spec["parts"]:
            first = len(writer.pages)
            writer.append(part["pdf"], import_outline=False)
            writer.add_outline_item(part["title"], first)
        writer.add_metadata({"/Title": spec["title"]})
        writer.page_mode = "/UseOutlines"
        with open(spec["output"], "wb") as f:
            writer.write(f)

        """
}
