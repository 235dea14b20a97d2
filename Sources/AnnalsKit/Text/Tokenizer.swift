/// A word, number or punctuation mark, as a UTF-8 byte range into the text.
public struct Token: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Letters, with inner hyphens, apostrophes and dots: `al-Assad`, `O'Brien`, `U.S.`,
        /// `U.S.-backed`, `Gen.`, `10-day`.
        case word
        /// Digits with thousands separators, decimals or hyphens: `23,500`, `3.5`, `11-2`,
        /// `2012-07-19`; ordinals and decades count as numbers (`6th`, `1990s`).
        case number
        /// One punctuation mark or symbol (runs of `.` and `-` are one token: `...`, `--`).
        case punct
        /// A clitic split off a word: `'s` / `’s` (possessive or "is"), a bare `'` after a
        /// plural (`rebels'`), `n't`, `'ve`, `'re`, `'ll`, `'d`, `'m`.
        case clitic
    }

    public var range: TextRange
    public var kind: Kind
    /// The first letter is upper-case (`Syria`, `U.N.`, `Émile`).
    public var isCapitalized: Bool

    public init(range: TextRange, kind: Kind, isCapitalized: Bool) {
        self.range = range
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// A fast tokenizer over UTF-8 bytes, for the extractor.
///
/// ```swift
/// let text = "Syria's U.S.-backed envoy counted 23,500."
/// Tokenizer.tokens(in: text, range: 0..<text.utf8.count).map { text.substring(utf8: $0.range) }
/// // ["Syria", "'s", "U.S.-backed", "envoy", "counted", "23,500", "."]
/// ```
///
/// Linear in the length of the range; no `String` is built per character.
public enum Tokenizer {
    public static func tokens(in text: String, range: TextRange) -> [Token] {
        var text = text
        return text.withUTF8 { buffer in
            let lo = max(0, min(range.lowerBound, buffer.count))
            let hi = max(lo, min(range.upperBound, buffer.count))
            return tokens(buffer, lo, hi)
        }
    }

    /// All tokens of `text`.
    public static func tokens(in text: String) -> [Token] {
        tokens(in: text, range: 0..<text.utf8.count)
    }

    static func tokens(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity((hi - lo) / 5)
        var i = lo

        @inline(__always) func scalar(_ k: Int) -> (Unicode.Scalar, Int) {
            let (s, l) = UTF8Bytes.scalar(b, at: k)
            return (s, min(l, hi - k))
        }
        @inline(__always) func isAlnum(_ k: Int) -> Bool {
            guard k < hi else { return false }
            let c = b[k]
            if c < 0x80 { return UTF8Bytes.isASCIILetter(c) || UTF8Bytes.isDigit(c) }
            return UTF8Bytes.isLetter(scalar(k).0)
        }
        @inline(__always) func isLetterAt(_ k: Int) -> Bool {
            guard k < hi else { return false }
            let c = b[k]
            if c < 0x80 { return UTF8Bytes.isASCIILetter(c) }
            return UTF8Bytes.isLetter(scalar(k).0)
        }
        @inline(__always) func isDigitAt(_ k: Int) -> Bool { k < hi && UTF8Bytes.isDigit(b[k]) }
        /// Length of an apostrophe (' or ’) at k, else 0.
        @inline(__always) func apostrophe(_ k: Int) -> Int {
            guard k < hi else { return 0 }
            if b[k] == 0x27 { return 1 }
            if b[k] == 0xE2, k + 2 < hi, b[k + 1] == 0x80, b[k + 2] == 0x99 { return 3 }
            return 0
        }
        /// Length of a hyphen (-, U+2010, U+2011) at k, else 0.
        @inline(__always) func hyphen(_ k: Int) -> Int {
            guard k < hi else { return 0 }
            if b[k] == 0x2D { return 1 }
            if b[k] == 0xE2, k + 2 < hi, b[k + 1] == 0x80, b[k + 2] == 0x90 || b[k + 2] == 0x91 { return 3 }
            return 0
        }
        /// ASCII letters from k, lower-cased, at most 3, and whether a letter follows them.
        func shortSuffix(_ k: Int) -> (String, Bool) {
            var e = k
            while e < hi && e - k < 3 && UTF8Bytes.isASCIILetter(b[e]) { e += 1 }
            let more = isLetterAt(e)
            var s = ""
            for c in UnsafeBufferPointer(rebasing: b[k..<e]) { s.unicodeScalars.append(Unicode.Scalar(c | 0x20)) }
            return (s, more)
        }
        func word(_ s: Int, _ e: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        }

        while i < hi {
            let c = b[i]
            if c < 0x80 && UTF8Bytes.isASCIISpace(c) { i += 1; continue }
            let (s, len) = scalar(i)
            if c >= 0x80 && UTF8Bytes.isWhitespace(s) { i += len; continue }

            // Clitic right after a word: 's, ', n't handled in the word scan, 've ...
            let ap = apostrophe(i)
            if ap > 0, let last = out.last, last.range.upperBound == i, last.kind == .word || last.kind == .number {
                let (suffix, more) = shortSuffix(i + ap)
                if !more, ["s", "ve", "re", "ll", "d", "m"].contains(suffix) {
                    let e = i + ap + suffix.utf8.count
                    out.append(Token(range: i..<e, kind: .clitic, isCapitalized: false))
                    i = e
                    continue
                }
                if suffix.isEmpty, i > lo, b[i - 1] | 0x20 == 0x73 {  // rebels'
                    out.append(Token(range: i..<(i + ap), kind: .clitic, isCapitalized: false))
                    i += ap
                    continue
                }
            }

            guard UTF8Bytes.isLetter(s) || UTF8Bytes.isDigit(c) else {
                // Punctuation: runs of '.' or '-' are one token.
                var e = i + len
                if c == 0x2E || c == 0x2D { while e < hi && b[e] == c { e += 1 } }
                out.append(Token(range: i..<e, kind: .punct, isCapitalized: false))
                i = e
                continue
            }

            // A word or number.
            let start = i
            var j = i
            var segStart = i
            var clitic: Range<Int>? = nil
            scan: while true {
                while j < hi {
                    let d = b[j]
                    if d < 0x80 {
                        if UTF8Bytes.isASCIILetter(d) || UTF8Bytes.isDigit(d) { j += 1; continue }
                        // 23,500 and 3.5 inside numbers
                        if (d == 0x2C || d == 0x2E), j > start, UTF8Bytes.isDigit(b[j - 1]), isDigitAt(j + 1) {
                            if d == 0x2E || (isDigitAt(j + 2) && isDigitAt(j + 3) && !isAlnum(j + 4)) { j += 1; continue }
                        }
                        break
                    }
                    let (t, l) = scalar(j)
                    if UTF8Bytes.isLetter(t) { j += l } else { break }
                }
                guard j < hi else { break scan }
                let d = b[j]
                if d == 0x2E {  // dots: U.S., a.m., Gen., E.
                    let single = j - segStart == 1 || (j - segStart <= 4 && scalar(segStart).1 == j - segStart)
                    let singleLetter = single && isLetterAt(segStart)
                    if singleLetter && isLetterAt(j + 1) {
                        let (_, l) = scalar(j + 1)
                        if j + 1 + l < hi && b[j + 1 + l] == 0x2E { j += 1; segStart = j; continue scan }
                    }
                    let dotted = singleLetter && segStart > start  // last of U.S.
                    let initial = singleLetter && segStart == start && UTF8Bytes.isUppercase(scalar(start).0)
                    if dotted || initial || Abbreviations.isKnown(word(start, j)) {
                        j += 1
                        let h = hyphen(j)
                        if h > 0 && isAlnum(j + h) { j += h; segStart = j; continue scan }
                    }
                    break scan
                }
                let h = hyphen(j)
                if h > 0 {
                    if isAlnum(j + h) { j += h; segStart = j; continue scan }
                    break scan
                }
                let a = apostrophe(j)
                if a > 0 && isLetterAt(j + a) {
                    let (suffix, more) = shortSuffix(j + a)
                    if !more && ["s", "ve", "re", "ll", "d", "m"].contains(suffix) { break scan }
                    if !more && suffix == "t" && j - 1 > start && b[j - 1] | 0x20 == 0x6E {
                        clitic = (j - 1)..<(j + a + 1)
                        j -= 1
                        break scan
                    }
                    j += a
                    segStart = j
                    continue scan
                }
                break scan
            }
            let kind: Token.Kind
            if UTF8Bytes.isDigit(c) {
                var letterAfterHyphen = false
                var k = start
                var afterHyphen = false
                while k < j {
                    if b[k] == 0x2D { afterHyphen = true } else if afterHyphen && UTF8Bytes.isASCIILetter(b[k]) { letterAfterHyphen = true; break }
                    k += 1
                }
                kind = letterAfterHyphen ? .word : .number
            } else {
                kind = .word
            }
            out.append(Token(range: start..<j, kind: kind, isCapitalized: UTF8Bytes.isUppercase(s)))
            if let cl = clitic {
                out.append(Token(range: cl, kind: .clitic, isCapitalized: false))
                j = cl.upperBound
            }
            i = j
        }
        return out
    }
}
