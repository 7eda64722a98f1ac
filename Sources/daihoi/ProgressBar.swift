import DaiHoi
import Foundation

/// Batch progress on standard error: a bar redrawn in place on a terminal, plain lines otherwise.
enum ProgressBar {
    static func make(words: CLIWords) -> @Sendable (BatchProgress) -> Void {
        let terminal = isatty(STDERR_FILENO) == 1
        return { p in
            if p.phase == .pdf { return pdf(p, terminal: terminal) }  // PDFProgressBar.swift
            let eta = p.estimatedRemaining.map { String(format: "%.0f s", $0) } ?? "?"
            if terminal {
                let width = 30
                let filled = p.total == 0 ? width : width * p.done / p.total
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                let line = "\r\(bar) \(p.done)/\(p.total)  \(words.barTail(p.invalid, eta))   "
                FileHandle.standardError.write(Data(line.utf8))
                if p.done == p.total { FileHandle.standardError.write(Data("\n".utf8)) }
            } else if p.done == p.total || p.done % max(1, p.total / 20) == 0 {
                Console.progress(words.batchLine(p.done, p.total, p.invalid, eta, p.current))
            }
        }
    }
}
