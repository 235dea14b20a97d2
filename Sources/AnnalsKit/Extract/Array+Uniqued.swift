extension Array where Element: Hashable {
    /// The elements in order, each kept at its first occurrence.
    ///
    /// ```swift
    /// [3, 1, 3, 2, 1].uniqued()   // [3, 1, 2]
    /// ```
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
