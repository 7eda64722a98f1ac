#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the system refused a file operation (an `errno` value), worded in the user's language: the one
/// place that turns the C library's English ("No such file or directory") into Vietnamese.
public struct SystemReason: Sendable, Equatable {
    /// The `errno` value.
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The reason in `language`; for an errno without a Vietnamese text, the C library's own wording.
    public func text(in language: Language) -> String {
        if language == .vi, let vietnamese = Self.vietnamese[code] { return vietnamese }
        return String(cString: strerror(code))
    }

    /// The Vietnamese reasons of the errors a user meets when reading and writing files.
    static let vietnamese: [Int32: String] = [
        ENOENT: "không có tệp hoặc thư mục này",
        EACCES: "không có quyền truy cập",
        EPERM: "thao tác không được phép",
        ENOTDIR: "một phần của đường dẫn không phải là thư mục",
        EISDIR: "là một thư mục",
        EEXIST: "tệp đã có",
        ENOSPC: "ổ đĩa đã đầy",
        EROFS: "ổ đĩa chỉ cho đọc",
        ENAMETOOLONG: "tên tệp quá dài",
        EMFILE: "mở quá nhiều tệp cùng lúc",
        ENFILE: "hệ thống mở quá nhiều tệp cùng lúc",
        EIO: "lỗi đọc/ghi của thiết bị",
        EDQUOT: "đã hết hạn mức dung lượng",
        ELOOP: "đường dẫn có vòng liên kết tượng trưng",
        EBUSY: "tệp đang được dùng",
        ENOTEMPTY: "thư mục không rỗng",
        EXDEV: "không thể chuyển giữa hai ổ đĩa",
        EFBIG: "tệp quá lớn",
        ETXTBSY: "tệp đang được chạy",
    ]
}
