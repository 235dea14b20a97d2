extension Array where Element: Hashable {
    /// The elements in order, each kept at its first occurrence.
    ///
    /// ```swift
    /// [3, 1, 3, 2, 1].uniqued()   // [3, 1, 2]
    /// ```
    func uniqued() -> [Element] {
        // Most lists are a few agents or ids: checked against the ones kept, with no set to
        // allocate (the same elements in the same order).
        if count <= 16 {
            var kept: [Element] = []
            kept.reserveCapacity(count)
            for e in self where !kept.contains(e) { kept.append(e) }
            return kept
        }
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
