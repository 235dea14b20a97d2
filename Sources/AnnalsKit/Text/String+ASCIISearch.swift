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
