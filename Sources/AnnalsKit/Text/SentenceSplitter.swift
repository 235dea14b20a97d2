/// Splits cleaned article text into sentences with UTF-8 byte ranges.
///
/// ```swift
/// let s = SentenceSplitter.split("Gen. Tlas left. He is in Paris.")
/// s.map(\.text)   // ["Gen. Tlas left.", "He is in Paris."]
/// s[1].range      // 16..<31 (UTF-8 bytes into the text)
/// ```
///
/// Rules, in order:
/// - A line break always ends a sentence (titles, captions and list entries are sentences).
/// - `.`, `?`, `!`, `…` end a sentence only when followed by white space or the end of the
///   text; closing quotes and brackets right after them belong to the sentence
///   (`he said." Next` splits after the quote).
/// - Never split when the next word starts with a lower-case letter
///   (`"Is it over?" asked Smith.`, `3 p.m. on Friday`), or when the next character is
///   `,` `;` `:` `—` `–` or `)` (`“Why?” — he asked.`).
/// - After a title (`Mr.`, `Gen.`, `Sen.` ...) or a single-letter initial (`Susan E. Rice`):
///   never split.
/// - After a month abbreviation (`Aug. 6`) or `No.` before a number: no split.
/// - After an ambiguous abbreviation (`U.S.`, `U.N.`, `a.m.`, `Inc.`, `etc.`, `Jr.`, `St.`, or any
///   dotted initials): split only when the next word is a common sentence starter
///   (`The`, `He`, `But`, `In` ...). So `the U.S. Ambassador` stays one sentence and
///   `in the U.S. The talks` becomes two. This misses the rare sentence that ends in an
///   abbreviation and continues with a proper noun (`... the U.S. Russia disagreed.`).
/// - Decimals (`3.5`) and dotted words (`U.S.-backed`) never split: no space follows the dot.
///
/// - A run of more than `maxSentenceBytes` without a sentence end is cut at a space.
///
/// Sentence texts are trimmed and their ranges point at the trimmed text. Runs in linear time.
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { split(bytes: $0) }
    }

    static func split(bytes b: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var sentences: [Sentence] = []
        let n = b.count
        var start = 0
        var i = 0

        func emit(_ s0: Int, _ e0: Int) {
            var (s, e) = trimmed(s0, e0)
            // A run-on "sentence" (a page with no full stops) is cut at spaces so that no
            // sentence is longer than the limit and the work per sentence stays bounded.
            while e - s > maxSentenceBytes {
                let cut = cutPoint(b, from: s, limit: maxSentenceBytes)
                let piece = trimmed(s, cut)
                append(piece.s, piece.e)
                (s, e) = trimmed(cut, e)
            }
            append(s, e)
        }
        func append(_ s: Int, _ e: Int) {
            guard s < e else { return }
            sentences.append(Sentence(range: s..<e, text: String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)))
        }
        func trimmed(_ s0: Int, _ e0: Int) -> (s: Int, e: Int) {
            var s = s0, e = e0
            while s < e {
                let w = UTF8Bytes.isTrimmable(b, at: s)
                if w == 0 { break }
                s += w
            }
            while e > s {
                let p = UTF8Bytes.previousScalarStart(b, before: e)
                if UTF8Bytes.isTrimmable(b, at: p) == 0 { break }
                e = p
            }
            return (s, e)
        }

        while i < n {
            let c = b[i]
            if c == 0x0A {
                emit(start, i)
                start = i + 1
                i += 1
                continue
            }
            let t = terminalLength(b, at: i)
            if t == 0 { i += 1; continue }

            // A run of terminal marks, then closing quotes and brackets.
            var j = i
            var onlyOnePeriod = true
            var count = 0
            while j < n {
                let len = terminalLength(b, at: j)
                if len == 0 { break }
                if !(len == 1 && b[j] == 0x2E) { onlyOnePeriod = false }
                count += 1
                j += len
            }
            if count > 1 { onlyOnePeriod = false }
            while j < n {
                let len = closerLength(b, at: j)
                if len == 0 { break }
                j += len
            }
            guard j == n || UTF8Bytes.isTrimmable(b, at: j) > 0 else { i = j; continue }
            if shouldSplit(b, terminalAt: i, after: j, isPeriod: onlyOnePeriod) {
                emit(start, j)
                start = j
            }
            i = j
        }
        emit(start, n)
        return sentences
    }

    /// The longest sentence, in UTF-8 bytes. Longer runs of text without a sentence end are
    /// cut at a space (or, with none, at a character boundary) into pieces of at most this
    /// size, so that the extractor's work per sentence is bounded and a 4 MB text with no
    /// full stop takes linear time. About four times the longest sentence of real news text.
    public static let maxSentenceBytes = 2048

    /// Where to cut a run-on sentence starting at `s`: after the last space in the second half
    /// of the first `limit` bytes, else at the last character boundary within them.
    static func cutPoint(_ b: UnsafeBufferPointer<UInt8>, from s: Int, limit: Int) -> Int {
        let end = s + limit
        var i = end
        while i > s + limit / 2 {
            if UTF8Bytes.isASCIISpace(b[i - 1]) { return i }
            i -= 1
        }
        i = end
        while i > s + 1 && b[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Length of `.`, `?`, `!` or `…` at `i`, else 0.
    @inline(__always)
    static func terminalLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c == 0x2E || c == 0x3F || c == 0x21 { return 1 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA6 { return 3 }
        return 0
    }

    /// Length of a closing quote or bracket at `i`, else 0.
    @inline(__always)
    static func closerLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x7D { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xBB { return 2 }  // »
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            let d = b[i + 2]
            if d == 0x9D || d == 0x99 || d == 0xBA { return 3 }  // ” ’ ›
        }
        return 0
    }

    /// Length of an opening quote or bracket at `i`, else 0.
    @inline(__always)
    static func openerLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x7B { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xAB { return 2 }  // «
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            let d = b[i + 2]
            if d == 0x9C || d == 0x98 || d == 0xB9 { return 3 }  // “ ‘ ‹
        }
        return 0
    }

    static func shouldSplit(_ b: UnsafeBufferPointer<UInt8>, terminalAt i: Int, after j: Int, isPeriod: Bool) -> Bool {
        let n = b.count
        // The next word, after white space and opening quotes.
        var k = j
        while k < n {
            if b[k] == 0x0A { return true }  // the line break ends the sentence anyway
            let w = UTF8Bytes.isTrimmable(b, at: k)
            if w == 0 { break }
            k += w
        }
        if k >= n { return true }
        var hadOpener = false
        while k < n {
            let len = openerLength(b, at: k)
            if len == 0 { break }
            hadOpener = true
            k += len
        }
        if k >= n { return true }
        let (first, _) = UTF8Bytes.scalar(b, at: k)
        if UTF8Bytes.isLowercase(first) { return false }
        // `“¿Qué?” — left.`, `"Why?", he asked`: a sentence does not start with these.
        if !hadOpener, [",", ";", ":", "—", "–", ")"].contains(first) { return false }
        guard isPeriod else { return true }

        // The word before the period, without leading quotes or brackets.
        var ws = i
        while ws > 0 && i - ws < 40 {
            let p = b[ws - 1]
            if UTF8Bytes.isASCIISpace(p) || p == 0x22 || p == 0x28 || p == 0x5B || p == 0x27 { break }
            if p == 0x9C || p == 0x98, ws >= 3, b[ws - 3] == 0xE2, b[ws - 2] == 0x80 { break }  // “ ‘
            if p == 0xA0, ws >= 2, b[ws - 2] == 0xC2 { break }  // nbsp
            ws -= 1
        }
        guard ws < i, i - ws < 40 else { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: b[ws..<i]), as: UTF8.self)
        let nextIsDigit = UTF8Bytes.isDigit(b[k])

        if Abbreviations.titles.contains(word) { return false }
        if isInitial(word) { return false }
        if nextIsDigit && (Abbreviations.months.contains(word) || Abbreviations.ambiguous.contains(word)) { return false }
        if Abbreviations.neverFinal.contains(word) { return false }
        // "No. 10" abbreviates number; "No. On Tuesday ..." answers a question.
        if word == "No" { return !nextIsDigit }
        if Abbreviations.months.contains(word) || Abbreviations.ambiguous.contains(word) || isDottedInitials(word) {
            if hadOpener { return true }
            return Abbreviations.sentenceStarters.contains(nextWord(b, at: k))
        }
        return true
    }

    /// "E" in "Susan E. Rice": one upper-case letter.
    static func isInitial(_ word: String) -> Bool {
        var it = word.unicodeScalars.makeIterator()
        guard let s = it.next(), it.next() == nil else { return false }
        return UTF8Bytes.isUppercase(s)
    }

    /// "U.S", "a.m", "U.S.A": single letters separated by periods.
    static func isDottedInitials(_ word: String) -> Bool {
        var sawDot = false
        var expectLetter = true
        for s in word.unicodeScalars {
            if expectLetter {
                guard UTF8Bytes.isLetter(s) else { return false }
                expectLetter = false
            } else {
                guard s == "." else { return false }
                sawDot = true
                expectLetter = true
            }
        }
        return sawDot && !expectLetter
    }

    static func nextWord(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> String {
        var e = k
        while e < b.count && e - k < 24 && UTF8Bytes.isASCIILetter(b[e]) { e += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[k..<e]), as: UTF8.self)
    }
}
