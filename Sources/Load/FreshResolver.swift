import Foundation
import Yams

/// A YAML tag resolver of its own for each load.
///
/// Yams' shared `Resolver.default` holds one `NSRegularExpression` per rule, and on Linux
/// (swift-corelibs-foundation over ICU) matching one regular expression from two threads at once
/// crashes (seen: SIGSEGV in `_CFRegularExpressionEnumerateMatchesInString` when tests or a batch
/// load congress files in parallel). Every load therefore compiles its own copies of the default
/// rules; the patterns are read once, and the nodes of a load keep using the resolver that made them.
enum FreshResolver {
    /// The default rules' tags and patterns, in Yams' order.
    private static let patterns: [(tag: String, pattern: String)] =
        Resolver.default.rules.map { ($0.tag.rawValue, $0.pattern) }

    /// A resolver equal to `Resolver.default`, sharing nothing with any other.
    static func make() -> Resolver {
        var resolver = Resolver.basic
        for (tag, pattern) in patterns {
            // The patterns come from Yams' own rules, so they compile; a failure keeps the rules so far.
            if let next = try? resolver.appending(Tag.Name(rawValue: tag), pattern) { resolver = next }
        }
        return resolver
    }
}
