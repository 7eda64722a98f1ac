import DaiHoi
import HTMLWriting

/// The pages the preview serves: the index of the papers and each paper's own HTML with, at the top, the
/// diagnostics of the latest rendering, and a script that reloads the page when a new rendering is published
/// (server-sent events from `/events`). Every text from the congress file is escaped.
enum PreviewPage {
    /// The mark a test or a reader finds the diagnostics box by.
    static let diagnosticsClass = "daihoi-preview-diagnostics"

    /// Text escaped for XHTML content (`&`, `<`, `>`; characters XML forbids dropped).
    static func escaped(_ text: String) -> String { HTMLEscaping.text(text) }

    /// The script that reloads the page when the version the server announces is not `version`; EventSource
    /// reconnects by itself when the server restarts. The tab's title ends with the rendering shown ("· lần 3").
    /// No `<`, `&` or `]]>` in it, so it is the same in XHTML.
    static func reloadScript(version: Int) -> String {
        """
        <script>
        (function () { var shown = "\(version)"; document.title = document.title + " · lần " + shown;
          var events = new EventSource("/events");
          events.addEventListener("version", function (e) { if (e.data !== shown) { location.reload(); } }); })();
        </script>
        """
    }

    /// The diagnostics box: the heading says whether the papers below are current; each diagnostic as the CLI
    /// prints it (file:line:column, the source line and the caret). Empty when there is nothing to say.
    static func diagnosticsBox(_ snapshot: PreviewSnapshot) -> String {
        guard !snapshot.diagnostics.isEmpty else { return "" }
        let heading = snapshot.hasErrors
            ? (snapshot.papers.isEmpty ? "Tệp đại hội có lỗi — sửa rồi lưu, trang tự tải lại."
                                       : "Tệp đại hội có lỗi — văn kiện dưới đây là bản trước khi lỗi; sửa rồi lưu, trang tự tải lại.")
            : "Lưu ý khi xuất văn kiện:"
        let color = snapshot.hasErrors ? "#b00020" : "#8a6d00"
        return """
        <div class="\(diagnosticsClass)" style="position: sticky; top: 0; z-index: 10; margin: 0 0 1em; padding: 0.6em 1em; \
        background: #fff8f8; border: 2px solid \(color); font: 13px/1.4 monospace; white-space: pre-wrap;">\
        <p style="margin: 0 0 0.5em; text-indent: 0; text-align: left; color: \(color); font-weight: bold; font-family: sans-serif;">\(escaped(heading))</p>\
        \(snapshot.diagnostics.map { "<pre style=\"margin: 0 0 0.6em; white-space: pre-wrap;\">\(escaped($0))</pre>" }.joined())\
        </div>
        <style>@media print { .\(diagnosticsClass) { display: none; } }</style>
        """
    }

    /// The index: every paper with its link, the diagnostics, when the file was last rendered.
    static func index(_ snapshot: PreviewSnapshot, file: String) -> String {
        let links = snapshot.papers.map { paper in
            "<li><a href=\"/giay-to/\(HTMLEscaping.attribute(paper.name))\">\(escaped(paper.title.prefix(1).uppercased() + paper.title.dropFirst()))</a> <code>\(escaped(paper.name))</code></li>"
        }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"/><title>Xem trước — \(escaped(file))</title></head>
        <body style="font-family: sans-serif; max-width: 60em; margin: 1em auto;">
        \(diagnosticsBox(snapshot))
        <h1>Xem trước văn kiện</h1>
        <p>Tệp: <code>\(escaped(file))</code> — lần xuất thứ \(snapshot.version), \(snapshot.renderMilliseconds) ms. \
        Trang tự tải lại khi tệp đại hội hoặc tệp báo cáo thay đổi.</p>
        <ul>
        \(links)
        </ul>
        \(reloadScript(version: snapshot.version))
        </body></html>
        """
    }

    /// A paper's own page with the diagnostics at the top of its body and the reload script at its end.
    static func paper(_ paper: HTMLPapers.Paper, snapshot: PreviewSnapshot) -> String {
        var html = paper.html
        if let body = html.range(of: "<body"), let close = html[body.upperBound...].firstIndex(of: ">") {
            html.insert(contentsOf: "\n" + diagnosticsBox(snapshot), at: html.index(after: close))
        }
        if let end = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: reloadScript(version: snapshot.version) + "\n", at: end.lowerBound)
        }
        return html
    }

    /// A paper the latest rendering did not make (a wrong name, or the data cannot make it).
    static func missing(_ name: String, snapshot: PreviewSnapshot) -> String {
        """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"/><title>Không có văn kiện</title></head>
        <body style="font-family: sans-serif;">
        \(diagnosticsBox(snapshot))
        <p>Không có văn kiện '\(escaped(name))' — <a href="/">xem danh sách</a>.</p>
        \(reloadScript(version: snapshot.version))
        </body></html>
        """
    }
}
