/// Hand-written XHTML shaped like a rendered congress paper: the Party header block, the title,
/// the subject, paragraphs with inline emphasis, a data table and two signature blocks.
/// Shared by the document-tree and writer tests.
public enum PartyPaperFixture {
    /// The complete page, as a template would render it (indented, with an XML declaration).
    public static let xhtml = page(body: bodyBlocks)

    /// A page whose body is `body` (already XHTML).
    public static func page(title: String = "Biên bản Đại hội", body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
        <head>
          <title>\(title)</title>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// The Party header block of a congress paper.
    public static let header = """
        <table class="doc-header">
          <tbody>
            <tr>
              <td class="issuer">
                <p class="superior">ĐẢNG BỘ TỈNH THÁI BÌNH</p>
                <p class="issuer-name">ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ</p>
                <p class="issuer-name">LẦN THỨ XVI</p>
                <p class="star">*</p>
              </td>
              <td class="national">
                <p class="party-name">ĐẢNG CỘNG SẢN VIỆT NAM</p>
                <p class="place-date">Hưng Hà, ngày 19 tháng 5 năm 2020</p>
              </td>
            </tr>
          </tbody>
        </table>
        """

    /// Two signature blocks.
    public static let signatures = """
        <table class="signatures">
          <tbody>
            <tr>
              <td class="signature">
                <p class="sign-authority">T/M ĐOÀN THƯ KÝ</p>
                <p class="sign-title">TRƯỞNG ĐOÀN</p>
                <p class="sign-space"> </p>
                <p class="sign-name">Nguyễn Thị Thu Hà</p>
              </td>
              <td class="signature">
                <p class="sign-authority">T/M ĐOÀN CHỦ TỊCH</p>
                <p class="sign-title">CHỦ TỊCH</p>
                <p class="sign-space"> </p>
                <p class="sign-name">Trần Văn Thành</p>
              </td>
            </tr>
          </tbody>
        </table>
        """

    /// The body: header, title, subject, paragraphs, a table, signatures.
    public static let bodyBlocks = """
        \(header)
        <h1>BIÊN BẢN</h1>
        <p class="doc-subject">Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 – 2025</p>

        <p>Vào hồi <strong>07 giờ 30</strong>, ngày 19 tháng 5 năm 2020, tại Hội trường
           Trung tâm Văn hóa huyện, Đại hội <em>khai mạc</em> phiên chính thức.</p>
        <h2>I. ĐẠI HỘI BẦU CÁC CƠ QUAN LÀM VIỆC</h2>
        <p class="no-indent"><strong>Đoàn Chủ tịch</strong> <em>gồm</em> 5 đồng chí:</p>
        <ol>
          <li>Đồng chí Trần Văn Thành, Bí thư Huyện ủy</li>
          <li>Đồng chí Lê Thị Hồng, Phó Bí thư Thường trực Huyện ủy</li>
        </ol>
        <table class="grid">
          <thead>
            <tr>
              <th>STT</th>
              <th>Nội dung biểu quyết</th>
              <th>Tán thành</th>
              <th>Tỷ lệ</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td class="num">1</td>
              <td>Thông qua chương trình Đại hội</td>
              <td class="num">298</td>
              <td class="num">100,00%</td>
            </tr>
          </tbody>
        </table>
        <p>Biên bản được lập và thông qua tại Đại hội.</p>
        \(signatures)
        """
}
