import Diagnostics
import Foundation
import Render

/// Finds the branches of a batch: every `congress.yaml` under the input folder, named by its folder's
/// path relative to the input (`phuong-1/chi-bo-3`), sorted, hidden folders skipped.
///
/// Nothing is skipped without a word: a missing or empty folder stops the batch, a congress file named
/// otherwise (`congress.yml`) is an error and a YAML file at the top of the folder a warning.
enum BranchDiscovery {
    /// The branches found, and what the user is told about the files that are not branches.
    struct Found {
        var branches: [String]
        var diagnostics: [Diagnostic]
    }

    static func branches(in folder: String) -> [String] {
        discover(in: folder).branches
    }

    /// The branches of `folder`; throws ``BatchInputError`` when it cannot be opened or holds no branch.
    static func find(in folder: String) throws(BatchInputError) -> Found {
        var info = stat()
        if stat(folder, &info) != 0 {
            throw BatchInputError(.batchFolderMissing(path: folder, reason: SystemReason(code: errno)))
        }
        if info.st_mode & S_IFMT != S_IFDIR {
            throw BatchInputError(.batchFolderMissing(path: folder, reason: SystemReason(code: ENOTDIR)))
        }
        let found = discover(in: folder)
        if found.branches.isEmpty {
            throw BatchInputError(diagnostics: found.diagnostics
                + [Diagnostic(severity: .error, message: .io(.batchFolderEmpty(path: folder)), location: nil)])
        }
        return found
    }

    private static func discover(in folder: String) -> Found {
        let files = InputHash.files(under: folder)
        let branches = files.filter { ($0 as NSString).lastPathComponent == "congress.yaml" }
            .map { ($0 as NSString).deletingLastPathComponent }
            .map { $0.isEmpty ? "." : $0 }
        let withCongress = Set(branches)
        var diagnostics: [Diagnostic] = []
        for relative in files {
            let name = (relative as NSString).lastPathComponent
            let lower = name.lowercased()
            guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml"), name != "congress.yaml" else { continue }
            let parent = (relative as NSString).deletingLastPathComponent
            let path = (folder as NSString).appendingPathComponent(relative)
            let location = SourceLocation(file: path, line: 1, column: 1)
            if lower == "congress.yml" || lower == "congress.yaml", !withCongress.contains(parent.isEmpty ? "." : parent) {
                diagnostics.append(Diagnostic(severity: .error, message: .io(.misnamedCongressFile(path: path)), location: location))
            } else if parent.isEmpty {
                diagnostics.append(Diagnostic(severity: .warning, message: .io(.strayYAML(path: path)), location: location))
            }
        }
        return Found(branches: branches.sorted(), diagnostics: diagnostics)
    }
}

/// Why a batch did not start: its folder is missing or holds no branch; what to tell the user.
public struct BatchInputError: Error, Sendable {
    public let diagnostics: [Diagnostic]

    init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ message: IOMessage) {
        diagnostics = [Diagnostic(severity: .error, message: .io(message), location: nil)]
    }
}

extension BatchInputError {
    /// Runs `body`, turning a template or write failure into what the user is told (DH301/DH302, DH401)
    /// rather than an internal error.
    @discardableResult
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RenderError {
            throw BatchInputError(diagnostics: [RenderDiagnostics.diagnostic(for: error)])
        } catch let error as BatchInputError {
            throw error
        } catch let error as DashboardError {
            throw error
        } catch {
            throw BatchInputError(diagnostics: [Diagnostic(severity: .error, message: WriteFailure(error, fallbackPath: "").message,
                                                           location: nil)])
        }
    }
}
