/// The element names met in one page read by ``TemplateXHTMLReader``, each made a string once, with the number of
/// children the last element of that name had: the capacity the next one reserves, so a row of eight cells or a
/// `tbody` of 300 rows is gathered into an array allocated once, not grown from one element by doubling.
///
/// Why it exists: a name was found by comparing its bytes with each name met so far (0.53 M of the 8.7 M
/// instructions the tree of a 300-delegate list took; now 0.3 M), and a children array grew as its nodes arrived
/// (0.55 M in the rows and the `tbody`, gone; callgrind). A name of at most eight bytes (every name the templates
/// write) is found by one integer compare of its bytes packed in a `UInt64`; a longer one by its bytes.
struct PageNames {
    /// Past this many names, a new one is made each time it is met and reserves nothing.
    static let capacity = 64

    private struct Entry {
        /// Where the name was first met in the page.
        let range: Range<Int>
        let known: ElementNames.Known
        /// The children of the last element of this name (its block's or inline's nodes).
        var lastCount = 0
    }

    private var entries: [Entry] = []
    /// The entries' keys, apart: the scan reads only integers, no entry (with its string) is copied.
    /// (``key(_:in:)``: 0 for a name longer than eight bytes).
    private var keys: [UInt64] = []
    /// The slot of the name found last.
    private var lastFound = 0

    /// A name found in the table: its string and kind, and its place (nil when the table was full).
    struct Found {
        let known: ElementNames.Known
        let slot: Int?
    }

    /// The name whose bytes are at `range` of the scanner's page, made a string the first time it is met.
    mutating func find(_ range: Range<Int>, in scanner: XHTMLScanner) -> Found {
        let key = Self.key(range, in: scanner.bytes)
        // The name met last first: a row's cells, a list's items come one after another.
        if key != 0, lastFound < keys.count, keys[lastFound] == key { return Found(known: entries[lastFound].known, slot: lastFound) }
        var slot = 0
        while slot < keys.count {
            if keys[slot] == key, key != 0 || scanner.same(entries[slot].range, range) {
                lastFound = slot
                return Found(known: entries[slot].known, slot: slot)
            }
            slot += 1
        }
        let made = ElementNames.known(String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[range]), as: UTF8.self))
        guard entries.count < Self.capacity else { return Found(known: made, slot: nil) }
        entries.append(Entry(range: range, known: made))
        keys.append(key)
        return Found(known: made, slot: entries.count - 1)
    }

    /// The children count to reserve for an element of the name at `slot`: as many as the last one had.
    func expectedChildren(_ slot: Int?) -> Int {
        slot.map { entries[$0].lastCount } ?? 0
    }

    /// Notes that the element of the name at `slot` just read had `count` children.
    mutating func noteChildren(_ count: Int, at slot: Int?) {
        if let slot { entries[slot].lastCount = count }
    }

    /// The bytes of a name of one to eight bytes packed in order into an integer (the first in the lowest byte);
    /// 0 for a longer one. Names never hold a zero byte, so two names of at most eight bytes have the same key
    /// exactly when they are the same name.
    static func key(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard range.count <= 8 else { return 0 }
        var key: UInt64 = 0
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            key = key << 8 | UInt64(bytes[index])
        }
        return key
    }
}
