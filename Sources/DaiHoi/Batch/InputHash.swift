import Foundation

/// The content hash that decides whether a branch must be rendered again: its input files, the
/// templates, the tool version and the options, in a fixed order. FNV-1a 64 over the bytes with
/// length-prefixed fields: not cryptographic, but any change to an input changes it.
public struct InputHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds a named field.
    public mutating func add(_ name: String, _ bytes: some Sequence<UInt8>) {
        let data = Array(bytes)
        mix(Array(name.utf8))
        mix(Array(String(data.count).utf8))
        mix(data)
    }

    /// Adds every regular file under `folder`, sorted by relative path (hidden files skipped).
    public mutating func addFolder(_ folder: String, label: String) {
        for relative in Self.files(under: folder) {
            let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(relative)) ?? Data()
            add("\(label)/\(relative)", data)
        }
    }

    /// The hash as 16 hex digits.
    public var hex: String {
        let s = String(state, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    private mutating func mix(_ bytes: [UInt8]) {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x100_0000_01b3
        }
        state ^= 0xff
        state &*= 0x100_0000_01b3
    }

    /// FNV-1a 64 of `bytes`.
    public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    /// Regular files under `folder`, relative, sorted; hidden files and folders skipped.
    static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }
}
