// INTERIM (replaced by the Text lane on merge): naive tokenizer and splitter so the
// extractor compiles and can be exercised.
public enum TokenKind: Sendable, Hashable { case word, number, punct }
public struct Token: Sendable, Hashable {
    public var range: TextRange
    public var kind: TokenKind
}
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] { tokens(in: text, range: 0..<text.utf8.count) }
    public static func tokens(in text: String, range: TextRange) -> [Token] {
        let b = Array(text.utf8)
        var out: [Token] = []
        var i = range.lowerBound
        func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x80 }
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        while i < range.upperBound {
            let c = b[i]
            if c == 32 || c == 10 || c == 9 || c == 13 { i += 1; continue }
            if isLetter(c) && !(c == 0xE2 && i + 2 < b.count && b[i+1] == 0x80) {
                var j = i
                while j < range.upperBound {
                    let d = b[j]
                    if d == 0xE2 && j + 2 < b.count && b[j+1] == 0x80 && b[j+2] == 0x99 { // ’
                        if j + 3 < range.upperBound, b[j+3] == 115, (j + 4 >= range.upperBound || !isLetter(b[j+4])) { break }
                        if j + 3 < range.upperBound, isLetter(b[j+3]) { j += 3; continue }
                        break
                    }
                    if d == 0xE2 && j + 1 < b.count && b[j+1] == 0x80 { break }
                    if isLetter(d) || isDigit(d) { j += 1; continue }
                    if d == 45, j + 1 < range.upperBound, isLetter(b[j+1]) || isDigit(b[j+1]) { j += 1; continue }
                    if d == 39 { if j + 1 < range.upperBound, b[j+1] == 115, (j + 2 >= range.upperBound || !isLetter(b[j+2])) { break }; if j + 1 < range.upperBound, isLetter(b[j+1]) { j += 1; continue }; break }
                    if d == 46, j + 1 < range.upperBound, isLetter(b[j+1]), j + 2 <= range.upperBound, (j + 2 == range.upperBound || b[j+2] == 46) { j += 1; continue }
                    break
                }
                // abbreviation dot: single letters separated by dots (U.S.) or known abbrevs
                if j < range.upperBound, b[j] == 46 {
                    let word = String(decoding: b[i..<j], as: UTF8.self)
                    if word.contains(".") || ["Mr","Mrs","Ms","Dr","Gen","Brig","Lt","Col","Maj","Capt","Sgt","Gov","Sen","Rep","St","Jr","Sr","Jan","Feb","Aug","Sept","Sep","Oct","Nov","Dec","Inc","Corp","Co","Ltd","vs","etc","No"].contains(word) || (j - i == 1 && b[i] >= 65 && b[i] <= 90) { j += 1 }
                }
                out.append(Token(range: i..<j, kind: .word)); i = j
            } else if isDigit(c) {
                var j = i
                while j < range.upperBound, isDigit(b[j]) || ((b[j] == 44 || b[j] == 46) && j + 1 < range.upperBound && isDigit(b[j+1])) { j += 1 }
                while j < range.upperBound, isLetter(b[j]) { j += 1 }
                out.append(Token(range: i..<j, kind: .number)); i = j
            } else if c == 39, i + 1 < range.upperBound, b[i+1] == 115, (i + 2 >= range.upperBound || !isLetter(b[i+2])) {
                out.append(Token(range: i..<(i+2), kind: .word)); i += 2
            } else if c == 0xE2, i + 3 < range.upperBound, b[i+1] == 0x80, b[i+2] == 0x99, b[i+3] == 115, (i + 4 >= range.upperBound || !isLetter(b[i+4])) {
                out.append(Token(range: i..<(i+4), kind: .word)); i += 4
            } else {
                var len = 1
                if c >= 0xF0 { len = 4 } else if c >= 0xE0 { len = 3 } else if c >= 0xC0 { len = 2 }
                let end = min(i + len, range.upperBound)
                out.append(Token(range: i..<end, kind: .punct)); i = end
            }
        }
        return out
    }
}
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        let b = Array(text.utf8)
        var out: [Sentence] = []
        var start = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, b[s] == 32 || b[s] == 10 || b[s] == 9 { s += 1 }
            while e > s, b[e-1] == 32 || b[e-1] == 10 || b[e-1] == 9 { e -= 1 }
            if e > s { out.append(Sentence(range: s..<e, text: String(decoding: b[s..<e], as: UTF8.self))) }
            start = end
        }
        let toks = Tokenizer.tokens(in: text)
        var k = 0
        var lastEnd = 0
        while k < toks.count {
            let t = toks[k]
            // newline between tokens ends a sentence
            if b[lastEnd..<t.range.lowerBound].contains(10) && lastEnd > start { emit(lastEnd) }
            if t.kind == .punct, [46, 33, 63].contains(b[t.range.lowerBound]) {
                var end = t.range.upperBound
                var m = k + 1
                while m < toks.count, toks[m].kind == .punct, toks[m].range.lowerBound == end,
                      [34, 41, 0xE2].contains(b[toks[m].range.lowerBound]) { end = toks[m].range.upperBound; m += 1 }
                if m >= toks.count || b[toks[m].range.lowerBound] >= 65 && b[toks[m].range.lowerBound] <= 90 || b[toks[m].range.lowerBound] == 34 || b[toks[m].range.lowerBound] == 0xE2 { emit(end) }
                lastEnd = end; k = m; continue
            }
            lastEnd = t.range.upperBound
            k += 1
        }
        emit(b.count)
        return out
    }
}
