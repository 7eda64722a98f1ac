extension VietnameseText {
    /// Items in running text: "A", "A và B", "A, B và C"; empty for none.
    public static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " và " + last
    }
}
