extension Array where Element == String {
    /// Whether this phrase is the one word `w`: `phrase.spells("leave")` answers
    /// `phrase == ["leave"]` without building that array, which a long function (`frame`)
    /// would put on the heap at every call.
    @inline(__always) func spells(_ w: String) -> Bool { count == 1 && self[0] == w }

    /// Whether this phrase is the two words `a b`: `phrase.spells("break", "with")`.
    @inline(__always) func spells(_ a: String, _ b: String) -> Bool { count == 2 && self[0] == a && self[1] == b }
}
