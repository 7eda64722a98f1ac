/// Vietnamese explanations of libyaml's most frequent problems (its own wording is English only).
enum YAMLProblemHint {
    /// (fragment of libyaml's problem, what it means in Vietnamese), first match wins.
    static let hints: [(fragment: String, vietnamese: String)] = [
        ("tab", "không dùng ký tự tab để thụt lề — hãy dùng dấu cách"),
        ("mapping values are not allowed", "dấu ':' không được phép ở đây — giá trị có dấu ':' cần đặt trong ngoặc kép"),
        ("did not find expected ',' or '}'", "thiếu dấu ',' hoặc '}' trong ánh xạ viết trên một dòng"),
        ("did not find expected ',' or ']'", "thiếu dấu ',' hoặc ']' trong danh sách viết trên một dòng"),
        ("found another document", "tệp chỉ được chứa một tài liệu YAML — bỏ dòng '---' thứ hai"),
        ("control characters are not allowed", "tệp chứa ký tự điều khiển không được phép"),
        ("could not find expected ':'", "thiếu dấu ':' sau khóa"),
        ("did not find expected key", "thụt lề không đúng — không tìm thấy khóa ở vị trí này"),
        ("found unexpected end of stream", "tệp kết thúc giữa chừng — có thể thiếu dấu ngoặc kép đóng"),
        ("found undefined alias", "bí danh '*…' chưa được định nghĩa"),
        ("Maximum nesting level", "lồng quá nhiều tầng ngoặc hoặc thụt lề — tệp đại hội không cần quá vài tầng"),
        ("cannot start any token", "ký tự này không được đứng đầu một giá trị (như @, `, %) — đặt cả giá trị trong ngoặc kép"),
        ("unknown escape character", "chuỗi thoát '\\…' không hợp lệ trong ngoặc kép — viết '\\\\' cho dấu '\\', hoặc dùng ngoặc đơn"),
        ("block sequence entries are not allowed", "dòng '- …' của danh sách không được đứng ở đây — kiểm tra thụt lề"),
        ("invalid Unicode character escape code", "mã '\\u…' trong ngoặc kép không phải một ký tự (như nửa cặp thay thế \\ud800) — viết thẳng ký tự đó"),
        ("did not find expected hexdecimal number", "sau '\\x', '\\u' hoặc '\\U' trong ngoặc kép cần đủ chữ số thập lục phân — hoặc dùng ngoặc đơn"),
        ("did not find expected node content", "thiếu giá trị ở vị trí này"),
        ("did not find expected '-' indicator", "thụt lề không đúng trong danh sách — mỗi mục bắt đầu bằng '- ' thẳng hàng"),
        ("found duplicate anchor", "tên neo '&…' bị trùng"),
        ("did not find URI escaped octet", "thẻ kiểu YAML ('!…') viết sai — bỏ thẻ"),
    ]

    static func vietnamese(for detail: String) -> String? {
        hints.first { detail.contains($0.fragment) }?.vietnamese
    }
}
