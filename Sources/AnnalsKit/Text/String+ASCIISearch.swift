import Foundation

extension StringProtocol {
    /// `contains(String(c))` for an ASCII character, as Foundation's search answers it: a string
    /// whose bytes are all ASCII (a word, nearly always) is read byte by byte, since no spelling
    /// there can be canonically equivalent to another; any other goes to Foundation.
    ///
    /// ```swift
    /// "co-written".containsASCII("-")   // true
    /// "U.S.".containsASCII(".")          // true
    /// ```
    func containsASCII(_ c: Unicode.Scalar) -> Bool {
        precondition(c.isASCII)
        let needle = UInt8(c.value)
        var found = false
        for b in utf8 {
            if b >= 0x80 { return range(of: String(c)) != nil }
            if b == needle { found = true }
        }
        return found
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`: a text that starts and ends with an ASCII byte
    /// other than a space or a tab (the only ASCII members of `.whitespaces`) has nothing to
    /// trim and is returned as it is, without Foundation's search (slow on Linux); any other
    /// goes to Foundation.
    ///
    /// ```swift
    /// "Syria vetoes".trimmingWhitespaces()   // "Syria vetoes" (no Foundation call)
    /// " Syria\t".trimmingWhitespaces()       // "Syria"
    /// ```
    func trimmingWhitespaces() -> String {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return self
        }
        return trimmingCharacters(in: .whitespaces)
    }

    /// `hasPrefix(prefix)`, answered without comparing when the first bytes of both are ASCII
    /// and differ, as for most words asked: an ASCII scalar starts its own character, and the
    /// canonical decomposition of a character starting with one starts with it, so no
    /// equivalent spelling can begin with another byte.
    ///
    /// ```swift
    /// "defectors".hasPrefixQuick("defect")   // true
    /// "asylum".hasPrefixQuick("defect")      // false (first bytes differ)
    /// ```
    @inline(__always)
    func hasPrefixQuick(_ prefix: String) -> Bool {
        if let a = utf8.first, let b = prefix.utf8.first, a < 0x80, b < 0x80, a != b { return false }
        return hasPrefix(prefix)
    }
}
