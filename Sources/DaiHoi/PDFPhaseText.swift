import Diagnostics
import Foundation
import PDFWriting

/// The lines of the PDF phase (dòng tiến độ in PDF): Vietnamese by default, English with `--lang en`.
public enum PDFPhaseText {
    /// How LibreOffice prints this run, and why: one line at the start of the phase.
    public static func mode(_ mode: PDFPoolMode, language: Language) -> String {
        switch (mode, language) {
        case (.uno, .vi): "python3-uno: LibreOffice chạy sẵn, in nhiều tệp mỗi tiến trình"
        case (.uno, .en): "python3-uno: warm LibreOffice workers"
        case (.convertTo(reason: .noPythonUno), .vi): "không có python3-uno: dùng soffice --convert-to, chậm hơn"
        case (.convertTo(reason: .noPythonUno), .en): "no python3-uno: using soffice --convert-to, slower"
        case (.convertTo(reason: .pythonGivenEmpty), .vi): "DAIHOI_PDF_POOL=convert-to: dùng soffice --convert-to, chậm hơn"
        case (.convertTo(reason: .pythonGivenEmpty), .en): "DAIHOI_PDF_POOL=convert-to: using soffice --convert-to, slower"
        }
    }

    /// Where the phase stands: `3/20 PDF  1,5 PDF/giây  còn ~8 giây` (`3/20 PDFs  1.5 PDFs/s  ~8 s left`).
    public static func progress(_ progress: PDFPoolProgress, language: Language) -> String {
        // Vietnamese writes a decimal comma (1,5), English a point (1.5).
        let rate = progress.rate.map { String(format: "%.1f", $0) }
            .map { language == .vi ? $0.replacingOccurrences(of: ".", with: ",") : $0 } ?? "?"
        let left = progress.remaining.map { String(format: "%.0f", $0) } ?? "?"
        switch language {
        case .vi: return "\(progress.done)/\(progress.total) PDF  \(rate) PDF/giây  còn ~\(left) giây"
        case .en: return "\(progress.done)/\(progress.total) PDFs  \(rate) PDFs/s  ~\(left) s left"
        }
    }
}
