import Foundation

/// A small ICC v2 display profile of sRGB (IEC 61966-2-1), made here so no profile file needs installing:
/// header, `desc`, `cprt`, `wtpt` (D50), the D50-adapted colorants `rXYZ`/`gXYZ`/`bXYZ` of the ICC's own sRGB
/// profile, and one 1024-entry `curv` of the sRGB transfer function shared by `rTRC`/`gTRC`/`bTRC`.
/// The PDF/A output intent (`/DestOutputProfile`) embeds it; the same bytes every time.
enum SRGBProfile {
    static let description = "sRGB IEC61966-2.1"

    static let bytes: [UInt8] = make()

    private static func make() -> [UInt8] {
        func u32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        func u16(_ v: UInt16) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 0xFF)] }
        func s15(_ v: Double) -> [UInt8] { u32(UInt32(bitPattern: Int32((v * 65536).rounded()))) }
        func tag(_ s: String) -> [UInt8] { Array(s.utf8) }
        func xyz(_ x: Double, _ y: Double, _ z: Double) -> [UInt8] { tag("XYZ ") + u32(0) + s15(x) + s15(y) + s15(z) }

        // textDescriptionType: ASCII, then an empty Unicode and an empty ScriptCode description.
        let ascii = Array(description.utf8) + [0]
        let desc = tag("desc") + u32(0) + u32(UInt32(ascii.count)) + ascii + u32(0) + u32(0) + u16(0) + [0] + [UInt8](repeating: 0, count: 67)
        let cprt = tag("text") + u32(0) + Array("No copyright, use freely".utf8) + [0]
        var curve = tag("curv") + u32(0) + u32(1024)
        for index in 0..<1024 {
            let v = Double(index) / 1023
            let linear = v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
            curve += u16(UInt16((linear * 65535).rounded()))
        }
        let elements: [(String, [UInt8])] = [
            ("desc", desc), ("cprt", cprt), ("wtpt", xyz(0.9642, 1.0, 0.8249)),
            ("rXYZ", xyz(0.4361, 0.2225, 0.0139)), ("gXYZ", xyz(0.3851, 0.7169, 0.0971)),
            ("bXYZ", xyz(0.1431, 0.0606, 0.7141)), ("rTRC", curve),
        ]
        // Tag table: the three TRC tags share the one curve.
        let tagCount = elements.count + 2
        var data: [UInt8] = []
        var entries: [(String, Int, Int)] = []
        var offset = 128 + 4 + 12 * tagCount
        for (signature, element) in elements {
            entries.append((signature, offset, element.count))
            var padded = element
            while padded.count % 4 != 0 { padded.append(0) }
            data += padded
            offset += padded.count
        }
        let trc = entries.last!
        entries += [("gTRC", trc.1, trc.2), ("bTRC", trc.1, trc.2)]
        let size = offset
        var header = u32(UInt32(size)) + u32(0) + u32(0x0210_0000) + tag("mntr") + tag("RGB ") + tag("XYZ ")
        header += u16(2000) + u16(1) + u16(1) + u16(0) + u16(0) + u16(0) // creation date, fixed
        header += tag("acsp") + u32(0) + u32(0) + u32(0) + u32(0) + u32(0) + u32(0) + u32(0) // platform … rendering intent
        header += s15(0.9642) + s15(1.0) + s15(0.8249) // PCS illuminant D50
        header += u32(0) // creator
        header += [UInt8](repeating: 0, count: 128 - header.count)
        var table = u32(UInt32(entries.count))
        for (signature, at, length) in entries { table += tag(signature) + u32(UInt32(at)) + u32(UInt32(length)) }
        return header + table + data
    }
}
