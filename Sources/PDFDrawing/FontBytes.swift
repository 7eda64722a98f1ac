/// The bytes of one font file, read big-endian with every offset checked: a truncated or malformed file throws
/// `FontFaceError.malformed`, it never reads out of bounds.
struct FontBytes: Sendable {
    let bytes: [UInt8]
    /// The file's path, for the error.
    let path: String

    var count: Int { bytes.count }

    func fail(_ reason: String) -> FontFaceError { .malformed(path: path, reason: reason) }

    /// Throws unless `length` bytes from `offset` are inside the file.
    func require(_ offset: Int, _ length: Int, _ what: @autoclosure () -> String) throws {
        guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else {
            throw fail("\(what()) at byte \(offset) (\(length) bytes) lies outside the file (\(bytes.count) bytes)")
        }
    }

    func u8(_ offset: Int) throws -> UInt8 {
        try require(offset, 1, "a byte")
        return bytes[offset]
    }

    func u16(_ offset: Int) throws -> UInt16 {
        try require(offset, 2, "a 16-bit number")
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    func i16(_ offset: Int) throws -> Int16 { Int16(bitPattern: try u16(offset)) }

    func u32(_ offset: Int) throws -> UInt32 {
        try require(offset, 4, "a 32-bit number")
        return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    func i32(_ offset: Int) throws -> Int32 { Int32(bitPattern: try u32(offset)) }

    /// Unchecked reads, for loops whose whole range was checked once with `require`.
    @inline(__always) func u16Unchecked(_ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }
}

/// Why the paper's font could not be used.
public enum FontFaceError: Error, Equatable, CustomStringConvertible {
    /// A face's file is in none of the folders searched.
    case missing(file: String, folders: [String])
    /// A face's file is there but is not a TrueType font this reader understands.
    case malformed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(file, folders):
            return "font file \(file) not found in \(folders.joined(separator: ", ")); install the Debian package fonts-liberation2 (apt-get install fonts-liberation2)"
        case let .malformed(path, reason):
            return "font file \(path) is not a usable TrueType font: \(reason)"
        }
    }
}
