import CongressModel
import Derive
import DocumentTree

extension DocumentKind {
    /// The format `kind`'s paper is printed in: `base`, turned sideways for a long delegate list
    /// (``DelegateListOrientation``).
    public func profile(for congress: Congress, base: FormatProfile) -> FormatProfile {
        self == .delegates && DelegateListOrientation.isLandscape(congress) ? base.landscape : base
    }
}
