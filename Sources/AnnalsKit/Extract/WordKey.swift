/// The bytes of a short ASCII word read from the `String` value itself.
///
/// A string of at most 15 ASCII bytes is stored inside the `String` value itself ("small"), its
/// 16 bytes being the bytes of the text, zero padding, its length and a flag that says all bytes
/// are ASCII. Two such strings are equal exactly when those 16 bytes are, so the 16 bytes are an
/// integer id of the word that needs no table, and `WordTable` hashes them without reaching
/// for the bytes through a closure. Anything else (a longer or non-ASCII word) takes the general
/// path, so every answer is the one the `String` gives.
///
/// ```swift
/// WordKey.isSmallASCII(WordKey.bits("the"))                // true
/// WordKey.isSmallASCII(WordKey.bits("intergovernmental"))  // false: 17 bytes
/// ```
enum WordKey {
    /// The 16 bytes of `string`'s value.
    @inline(__always)
    static func bits(_ string: String) -> (UInt64, UInt64) {
        #if arch(x86_64) || arch(arm64)
        return unsafeBitCast(string, to: (UInt64, UInt64).self)
        #else
        return (0, 0)
        #endif
    }

    /// Whether a value's bytes are those of a small ASCII string (discriminator 0b1110 in the top
    /// bits: immortal, ASCII, small, not foreign).
    @inline(__always)
    static func isSmallASCII(_ b: (UInt64, UInt64)) -> Bool {
        #if arch(x86_64) || arch(arm64)
        return b.1 &>> 60 == 0xE
        #else
        return false
        #endif
    }

    /// `a == b`, answered in line when both are small ASCII strings.
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        let x = bits(a), y = bits(b)
        if x == y { return true }
        if isSmallASCII(x) && isSmallASCII(y) { return false }
        return a == b
    }
}
