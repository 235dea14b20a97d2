/// A token of the temporal scanner: a run of letters, a number or one punctuation mark,
/// with its UTF-8 byte range.
///
/// Numbers keep thousands separators and decimals inside one token ("1,500", "2.5"), so that
/// they are never read as years or days. Typographic apostrophes and dashes are folded to
/// `'` and `-`.
struct TemporalToken: Sendable {
    enum Kind: Sendable { case word, number, punct }

    var kind: Kind
    var start: Int
    var end: Int
    /// Lower-cased word, the digits of a number, or the punctuation mark.
    var lower: String
    /// The value of a plain number (digits only); nil for words, punctuation, "1,500", "2.5".
    var integer: Int?
    /// The value of any number, decimals included.
    var decimal: Double?
    var digitCount: Int
    /// Whitespace (or the start of the text) precedes the token.
    var spaceBefore: Bool
    /// The word starts with an upper-case letter.
    var capitalized: Bool
    /// The scanner tables the word is in (empty for numbers and punctuation).
    var tags: TemporalWordTags = []

    /// Splits UTF-8 text into temporal tokens.
    static func tokenize(_ bytes: [UInt8]) -> [TemporalToken] {
        var tokens: [TemporalToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var i = 0
        var space = true
        let n = bytes.count
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        while i < n {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 10 || b == 13 || b == 12 {
                space = true; i += 1; continue
            }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {  // no-break space
                space = true; i += 2; continue
            }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                var mark: String?
                switch c {
                case 0x98, 0x99: mark = "'"
                case 0x90, 0x91, 0x92, 0x93, 0x94: mark = "-"
                case 0x9C, 0x9D: mark = "\""
                case 0xA6: mark = "."
                default: mark = nil
                }
                if let mark {
                    tokens.append(TemporalToken(kind: .punct, start: i, end: i + 3, lower: mark, integer: nil, decimal: nil,
                                                digitCount: 0, spaceBefore: space, capitalized: false))
                    space = false; i += 3; continue
                }
            }
            if isDigit(b) {
                let start = i
                var value = 0
                var digits = 0
                var plain = true
                while i < n, isDigit(bytes[i]) {
                    if digits < 18 { value = value * 10 + Int(bytes[i] - 48) }
                    digits += 1; i += 1
                }
                var decimal = Double(value)
                // Thousands groups: ",ddd" not followed by another digit.
                while i + 3 < n, bytes[i] == 44, isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
                      i + 4 >= n || !isDigit(bytes[i + 4]) {
                    plain = false
                    for k in i + 1..<i + 4 { value = value * 10 + Int(bytes[k] - 48) }
                    decimal = Double(value)
                    i += 4
                }
                // Decimal part: ".d+" (but not a sentence end followed by a number elsewhere).
                if i + 1 < n, bytes[i] == 46, isDigit(bytes[i + 1]) {
                    plain = false
                    var k = i + 1
                    var scale = 0.1
                    while k < n, isDigit(bytes[k]) { decimal += Double(bytes[k] - 48) * scale; scale /= 10; k += 1 }
                    i = k
                }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                tokens.append(TemporalToken(kind: .number, start: start, end: i, lower: text,
                                            integer: plain ? value : nil, decimal: decimal,
                                            digitCount: plain ? digits : 0, spaceBefore: space, capitalized: false))
                space = false
                continue
            }
            if isLetter(b) || b >= 0x80 {
                let start = i
                var hasUpper = false
                while i < n {
                    let c = bytes[i]
                    if isLetter(c) {
                        if c <= 90 { hasUpper = true }
                        i += 1
                    } else if c >= 0x80 {
                        // Stop at the typographic marks handled above.
                        if c == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 { break }
                        if c == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { break }
                        i += 1
                    } else { break }
                }
                if i == start { i += 1; continue }
                // ASCII letters lower-cased, other bytes as they are.
                let word: String
                if hasUpper {
                    word = String(unsafeUninitializedCapacity: i - start) { out in
                        for k in start..<i {
                            let c = bytes[k]
                            out[k - start] = isLetter(c) ? c | 0x20 : c
                        }
                        return i - start
                    }
                } else {
                    word = String(decoding: bytes[start..<i], as: UTF8.self)
                }
                tokens.append(TemporalToken(kind: .word, start: start, end: i, lower: word,
                                            integer: nil, decimal: nil, digitCount: 0, spaceBefore: space,
                                            capitalized: b >= 65 && b <= 90, tags: TemporalWordTags.table[word] ?? []))
                space = false
                continue
            }
            let mark = b == 96 ? "'" : String(UnicodeScalar(b))
            tokens.append(TemporalToken(kind: .punct, start: i, end: i + 1, lower: mark, integer: nil, decimal: nil,
                                        digitCount: 0, spaceBefore: space, capitalized: false))
            space = false
            i += 1
        }
        return tokens
    }
}
