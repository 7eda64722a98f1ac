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
    ]

    static func vietnamese(for detail: String) -> String? {
        hints.first { detail.contains($0.fragment) }?.vietnamese
    }
}
