/// Writes a zip archive (PKWARE APPNOTE 6.3) from entries in the given order: each entry's local
/// header and data, then the central directory and its end record. No ZIP64, no extra fields, no
/// data descriptors; every entry is dated 2000-01-01 00:00, made on Unix with mode 0644, its name
/// flagged as UTF-8 — the same header fields ZIPFoundation 0.9.20 wrote.
package enum ZipArchive {
    /// The archive's bytes.
    /// - Throws: ``ZipError/tooLarge(_:)`` when the archive passes 4 GiB or 65,535 entries.
    package static func bytes(_ entries: [ZipEntry]) throws(ZipError) -> [UInt8] {
        guard entries.count < Int(UInt16.max) else { throw .tooLarge("archive") }
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(22) { $0 + 76 + 2 * $1.name.count + $1.data.count })
        var offsets: [UInt32] = []
        for entry in entries {
            guard out.count < Int(UInt32.max) else { throw .tooLarge("archive") }
            offsets.append(UInt32(out.count))
            localHeader(entry, into: &out)
            out += entry.data
        }
        let directoryStart = out.count
        for (entry, offset) in zip(entries, offsets) { centralHeader(entry, offset: offset, into: &out) }
        guard out.count < Int(UInt32.max) else { throw .tooLarge("archive") }
        endRecord(count: entries.count, size: out.count - directoryStart, start: directoryStart, into: &out)
        return out
    }
}

private extension ZipArchive {
    /// 2000-01-01 in MS-DOS date format: (year − 1980) << 9 | month << 5 | day; the time is 00:00:00.
    static let dosDate: UInt16 = (2000 - 1980) << 9 | 1 << 5 | 1
    static let dosTime: UInt16 = 0
    /// Version 2.0 of the format: deflate.
    static let versionNeeded: UInt16 = 20
    /// Made on Unix (3) by format version 2.1, as ZIPFoundation declares.
    static let versionMadeBy: UInt16 = 3 << 8 | 21
    /// General purpose bit 11: the name is UTF-8.
    static let utf8Flag: UInt16 = 1 << 11
    /// A regular file with mode 0644, in the high half of the external attributes.
    static let externalAttributes: UInt32 = 0o100644 << 16

    static func localHeader(_ entry: ZipEntry, into out: inout [UInt8]) {
        append32(0x0403_4B50, &out)
        append16(versionNeeded, &out)
        common(entry, into: &out)
        append16(0, &out)  // extra field length
        out += entry.name
    }

    static func centralHeader(_ entry: ZipEntry, offset: UInt32, into out: inout [UInt8]) {
        append32(0x0201_4B50, &out)
        append16(versionMadeBy, &out)
        append16(versionNeeded, &out)
        common(entry, into: &out)
        append16(0, &out)  // extra field length
        append16(0, &out)  // comment length
        append16(0, &out)  // disk number start
        append16(0, &out)  // internal attributes
        append32(externalAttributes, &out)
        append32(offset, &out)
        out += entry.name
    }

    /// The fields both headers share, from the flags to the name length.
    static func common(_ entry: ZipEntry, into out: inout [UInt8]) {
        append16(utf8Flag, &out)
        append16(entry.method.rawValue, &out)
        append16(dosTime, &out)
        append16(dosDate, &out)
        append32(entry.crc, &out)
        append32(UInt32(entry.data.count), &out)
        append32(entry.uncompressedSize, &out)
        append16(UInt16(entry.name.count), &out)
    }

    static func endRecord(count: Int, size: Int, start: Int, into out: inout [UInt8]) {
        append32(0x0605_4B50, &out)
        append16(0, &out)  // this disk
        append16(0, &out)  // disk of the central directory
        append16(UInt16(count), &out)
        append16(UInt16(count), &out)
        append32(UInt32(size), &out)
        append32(UInt32(start), &out)
        append16(0, &out)  // comment length
    }

    static func append16(_ value: UInt16, _ out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: value))
        out.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    static func append32(_ value: UInt32, _ out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
