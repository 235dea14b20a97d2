/// Small helpers for scanning UTF-8 bytes without building `String`s per character.
///
/// Everything here works on a contiguous buffer and an index; callers pass
/// `UnsafeBufferPointer<UInt8>` obtained from `String.withUTF8`.
enum UTF8Bytes {
    /// Decodes the scalar starting at `i`; returns the scalar (U+FFFD when invalid) and its length.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = b.count
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let c = b[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) {
            let v = UInt32(b0 & 0x1F) << 6 | c1
            if v >= 0x80, let s = Unicode.Scalar(v) { return (s, 2) }
        } else if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
            let v = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
            if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
        } else if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let v = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if v >= 0x10000, let s = Unicode.Scalar(v) { return (s, 4) }
        }
        return ("\u{FFFD}", 1)
    }

    /// The start of the scalar that ends just before `i` (i.e. steps back over continuation bytes).
    @inline(__always)
    static func previousScalarStart(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var j = i - 1
        var steps = 0
        while j > 0 && b[j] & 0xC0 == 0x80 && steps < 3 { j -= 1; steps += 1 }
        return j
    }

    @inline(__always)
    static func isASCIISpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    @inline(__always)
    static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    @inline(__always)
    static func isUpperASCII(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

    @inline(__always)
    static func isLowerASCII(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

    /// True for letters and combining marks (so "é" written as e + U+0301 stays one word).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIILetter(UInt8(s.value)) }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIISpace(UInt8(s.value)) }
        return s.properties.isWhitespace
    }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isUpperASCII(UInt8(s.value)) }
        return s.properties.isUppercase
    }

    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isLowerASCII(UInt8(s.value)) }
        return s.properties.isLowercase
    }

    /// Whitespace for trimming sentences and lines: ASCII spaces, NBSP and other Unicode spaces.
    static func isTrimmable(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return isASCIISpace(c) ? 1 : 0 }
        let (s, len) = scalar(b, at: i)
        return s.properties.isWhitespace ? len : 0
    }
}

extension String {
    /// The substring at a UTF-8 byte range (as found in `Sentence.range`, `Token.range`).
    ///
    /// ```swift
    /// let text = "Syria's envoy"
    /// text.substring(utf8: 0..<5) // "Syria"
    /// ```
    /// Out-of-bounds ranges are clamped.
    public func substring(utf8 range: TextRange) -> Substring {
        let count = utf8.count
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return self[start..<end]
    }
}

extension UTF8Bytes {
    /// The UTF-8 bytes of `text.lowercased()`: ASCII text (most sentences) is lower-cased byte
    /// by byte, without building the lower-cased string. After the first non-ASCII byte (a
    /// dash or a curly quote, in many sentences) the rest goes scalar by scalar as
    /// `lowercased()` maps it: ASCII letters to a-z, any other scalar to its
    /// `lowercaseMapping` (the standard library maps each scalar on its own, with no context).
    static func lowercased(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var ascii = 0
        while ascii < bytes.count {
            let c = bytes[ascii]
            if c >= 0x80 { break }
            if isUpperASCII(c) { bytes[ascii] = c | 0x20 }
            ascii += 1
        }
        guard ascii < bytes.count else { return bytes }
        // The first `ascii` bytes are as many scalars, lower-cased already.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        out.append(contentsOf: bytes[..<ascii])
        for scalar in text.unicodeScalars.dropFirst(ascii) {
            if scalar.isASCII {
                let c = UInt8(truncatingIfNeeded: scalar.value)
                out.append(isUpperASCII(c) ? c | 0x20 : c)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return out
    }

    /// ASCII phrases to look for in text, found in one pass over the bytes (each position
    /// tries only the phrases that start with its byte).
    ///
    /// ```swift
    /// let months = UTF8Bytes.Phrases(["Jan", "Feb"])
    /// months.anyIn("On Feb. 2 the council met")   // true
    /// months.anyIn("Déjà vu")                      // nil: not ASCII, the caller decides
    /// ```
    struct Phrases: Sendable {
        let phrases: [String]
        private let bytes: [[UInt8]]
        /// Indices into `bytes` by first byte (ASCII only).
        private let byFirst: [[Int]]

        init(_ phrases: [String]) {
            precondition(phrases.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } })
            self.phrases = phrases
            let bytes = phrases.map { Array($0.utf8) }
            var byFirst = [[Int]](repeating: [], count: 128)
            for (k, b) in bytes.enumerated() { byFirst[Int(b[0])].append(k) }
            self.bytes = bytes
            self.byFirst = byFirst
        }

        /// Whether an ASCII `text` contains one of the phrases; nil when `text` has a non-ASCII
        /// byte (the caller's `String` search then decides, since canonically equivalent
        /// spellings count as equal there).
        func anyIn(_ text: String) -> Bool? {
            text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                var found = false
                for i in b.indices {
                    let c = b[i]
                    if c >= 0x80 { return nil }
                    if found { continue }
                    for k in byFirst[Int(c)] {
                        let p = bytes[k]
                        if i + p.count <= b.count, b[i..<(i + p.count)].elementsEqual(p) { found = true; break }
                    }
                }
                return found
            } ?? nil
        }
    }
}
