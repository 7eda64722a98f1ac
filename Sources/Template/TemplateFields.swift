/// The named values of a `TemplateValue.object`: a short list of (name, value) pairs, looked up by scanning.
///
/// Why not a dictionary: a view model builds thousands of small objects (a 300-delegate list, 300 rows of 11
/// fields), and a template looks each name up once or twice. Hashing every key into a fresh `Dictionary` cost
/// 1.6 M of 35 M instructions per delegate list, and hashing each looked-up name into each frame 1.4 M more
/// (callgrind); a scan over a dozen names costs a fraction of either. The price is
/// a lookup linear in the object's size, which stays small: no view model object has more than a few dozen names.
///
/// Equality does not depend on the order of the pairs, as a dictionary's does not. A name given twice in a
/// literal is a programming error, caught by an assertion in debug builds (tests); should one slip through,
/// the later value wins, as in `TemplateValue`'s own dictionary literal.
public struct TemplateFields: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (String, TemplateValue)

    private var pairs: [Element]

    public init() { pairs = [] }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        assert(Self.namesAreUnique(elements.map(\.0)), "a name given twice in \(elements.map(\.0))")
        pairs = elements
    }

    /// The entries of `dictionary`, in its (unspecified) order.
    public init(_ dictionary: [String: TemplateValue]) {
        pairs = dictionary.map { ($0.key, $0.value) }
    }

    /// The value named `name`, or nil; setting nil removes it.
    public subscript(name: String) -> TemplateValue? {
        get { index(of: name).map { pairs[$0].1 } }
        set {
            switch (index(of: name), newValue) {
            case let (index?, value?): pairs[index].1 = value
            case let (index?, nil): pairs.remove(at: index)
            case let (nil, value?): pairs.append((name, value))
            case (nil, nil): break
            }
        }
    }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }

    /// The names, in the order they were given.
    public var keys: [String] { pairs.map(\.0) }

    public func makeIterator() -> IndexingIterator<[Element]> { pairs.makeIterator() }

    /// A dictionary of the values transformed (the benchmark's JSON export).
    public func mapValues<T>(_ transform: (TemplateValue) throws -> T) rethrows -> [String: T] {
        var result: [String: T] = [:]
        for (key, value) in pairs { result[key] = try transform(value) }
        return result
    }

    /// These fields with `other`'s added, `combine` choosing where a name is in both.
    public func merging(_ other: TemplateFields,
                        uniquingKeysWith combine: (TemplateValue, TemplateValue) -> TemplateValue) -> TemplateFields {
        var result = self
        for (key, value) in other { result[key] = result[key].map { combine($0, value) } ?? value }
        return result
    }

    public static func == (lhs: TemplateFields, rhs: TemplateFields) -> Bool {
        lhs.count == rhs.count && lhs.pairs.allSatisfy { rhs[$0.0] == $0.1 }
    }

    /// The last position of `name` (the later of two wins). Compared as `String`s, as a dictionary compares its
    /// keys, so that two spellings of one text (NFC, NFD) are one name; equal short ASCII names, which nearly all
    /// are, compare as two machine words.
    private func index(of name: String) -> Int? {
        var index = pairs.count - 1
        while index >= 0 {
            if pairs[index].0 == name { return index }
            index -= 1
        }
        return nil
    }

    private static func namesAreUnique(_ names: [String]) -> Bool {
        Set(names).count == names.count
    }
}
