import DaiHoi
import Foundation

extension ProgressBar {
    /// The batch's PDF phase, after the render phase: the mode line once (how LibreOffice prints and why),
    /// then the bar with n/N, PDFs/s and time left (a plain line every 5 % when not on a terminal).
    static func pdf(_ p: BatchProgress, terminal: Bool) {
        if let note = p.note { Console.progress("[pdf] \(note)") }
        guard p.done > 0, let status = p.status else { return }
        if terminal {
            let width = 30
            let filled = p.total == 0 ? width : width * p.done / p.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(bar) \(status)   ".utf8))
            if p.done == p.total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else if p.done == p.total || p.done % max(1, p.total / 20) == 0 {
            Console.progress("[pdf] \(status)")
        }
    }
}
