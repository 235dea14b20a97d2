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
            // Nearly always nothing repeats: the array itself, with no copy made.
            guard let first = indices.first(where: { i in self[..<i].contains(self[i]) }) else { return self }
            var kept = Array(self[..<first])
            kept.reserveCapacity(count)
            for e in self[first...] where !kept.contains(e) { kept.append(e) }
            return kept
        }
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
