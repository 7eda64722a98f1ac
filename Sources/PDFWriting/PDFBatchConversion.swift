import Foundation
import ProcessSupport
#if canImport(Glibc)
import Glibc
import WriterSupport
#endif

/// Many files in one `soffice --convert-to pdf` call: the way without python3-uno (in hàng loạt bằng
/// `--convert-to`). LibreOffice starts once for the call instead of once per file.
///
/// Each source is linked (a hard link, else a copy) into a private input folder under its position in the
/// call (`0.odt`, `1.fodt`, …): sources in different folders share a name (every branch has `minutes.odt`),
/// and LibreOffice names each PDF after its input. Each PDF produced is then moved to its destination
/// atomically (renamed, or copied to a hidden temporary file in the destination folder and renamed).
/// The call may take the per-file timeout times the number of files.
struct PDFBatchConversion {
    /// The absolute path of `soffice`.
    let soffice: String
    /// The worker's LibreOffice profile folder (reused, so warm on disk).
    let profile: URL
    /// The worker's scratch folder: the call's input and output folders go under it.
    let folder: URL
    /// The longest one file may take.
    let timeout: Duration

    /// Converts `jobs` in one call; each job's outcome, in order: nil when its PDF is in place.
    ///
    /// After a call that timed out or failed, the last PDF it produced may be cut short and is not used:
    /// its job gets the call's error, like the jobs without a PDF (the pool retries them one by one).
    func convert(_ jobs: [PDFJob]) -> [PDFConversionError?] {
        var outcomes = [PDFConversionError?](repeating: nil, count: jobs.count)
        let work = folder.appendingPathComponent("batch-\(UUID().uuidString)", isDirectory: true)
        let input = work.appendingPathComponent("in", isDirectory: true)
        let output = work.appendingPathComponent("out", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            return jobs.map { _ in .failed(status: 1, output: "cannot create \(work.path): \(error)") }
        }
        var linked: [Int] = []
        for (position, job) in jobs.enumerated() {
            guard FileManager.default.fileExists(atPath: job.source.path) else {
                outcomes[position] = .inputMissing(job.source.path)
                continue
            }
            let link = input.appendingPathComponent("\(position).\(Self.extension(of: job))")
            if Glibc.link(job.source.path, link.path) != 0 {
                do { try FileManager.default.copyItem(at: job.source, to: link) } catch {
                    outcomes[position] = .failed(status: 1, output: "cannot copy \(job.source.path): \(error)")
                    continue
                }
            }
            linked.append(position)
        }
        guard !linked.isEmpty else { return outcomes }

        let seconds = timeout.seconds * Double(linked.count)
        let log = work.appendingPathComponent("soffice.log")
        let callError = run(arguments: [
            "-env:UserInstallation=\(profile.absoluteString)",
            "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", "pdf", "--outdir", output.path,
        ] + linked.map { input.appendingPathComponent("\($0).\(Self.extension(of: jobs[$0]))").path }, log: log, seconds: seconds)
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let produced = linked.filter { Self.size(output.appendingPathComponent("\($0).pdf")) > 0 }
        // LibreOffice converts the files in the order given: after an interrupted call, the last PDF is suspect.
        let trusted = Set(callError == nil ? produced : produced.dropLast())
        for position in linked {
            if trusted.contains(position) {
                outcomes[position] = Self.move(output.appendingPathComponent("\(position).pdf"), to: jobs[position].destination)
            } else {
                outcomes[position] = callError ?? .noOutput(output: text)
            }
        }
        return outcomes
    }

    /// Runs the call; its error (timeout, failure status, launch failure) or nil when it exited with 0.
    private func run(arguments: [String], log: URL, seconds: Double) -> PDFConversionError? {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        do {
            // Not `Foundation.Process`: it cannot tell when `soffice` ends (see `ChildProcess`).
            let process = try ChildProcess(soffice, arguments, output: log.path)
            guard process.wait(seconds: max(seconds, 0)) else {
                process.end(grace: 0)
                return .timedOut(seconds: seconds)
            }
            let status = process.exitStatus ?? -1
            return status == 0 ? nil : .failed(status: status, output: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
        } catch let error as PDFConversionError {
            return error
        } catch {
            return .launchFailed("\(error)")
        }
    }

    private static func `extension`(of job: PDFJob) -> String {
        job.source.pathExtension.isEmpty ? "odt" : job.source.pathExtension
    }

    private static func size(_ url: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }

    /// Puts `produced` at `destination` at once: renamed when on the same file system, else copied to a
    /// hidden temporary file next to the destination and renamed.
    static func move(_ produced: URL, to destination: URL) -> PDFConversionError? {
        TemporaryFileGate.process.write { moveNow(produced, to: destination) }
    }

    private static func moveNow(_ produced: URL, to destination: URL) -> PDFConversionError? {
        let folder = destination.deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            return .cannotWrite(destination.path, reason: "\(error)")
        }
        if rename(produced.path, destination.path) == 0 { return nil }
        guard errno == EXDEV else { return .cannotWrite(destination.path, reason: String(cString: strerror(errno))) }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).tmp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do { try FileManager.default.copyItem(at: produced, to: temporary) } catch {
            return .cannotWrite(destination.path, reason: "\(error)")
        }
        if rename(temporary.path, destination.path) != 0 {
            return .cannotWrite(destination.path, reason: String(cString: strerror(errno)))
        }
        return nil
    }
}
