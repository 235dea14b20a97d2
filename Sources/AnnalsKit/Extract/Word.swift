/// A token of a sentence as the extractor sees it: its text, lower-cased form and shape.
struct Word: Sendable {
    let range: TextRange
    let text: String
    let lower: String
    let isCapitalized: Bool
    let isPunct: Bool
    let isNumber: Bool
    /// "’s", "'s" or a bare "'" (`lower`).
    let isPossessive: Bool
    /// A straight or curly double quote.
    let isQuote: Bool
    /// Inside a quotation ("...") in the paragraph.
    var inQuote: Bool = false
    /// The word classes and lexicon tables `lower` belongs to.
    var flags: WordFlags = []

    /// The word spelled by `bytes` (its UTF-8, at `range` of the article). The shape tests read
    /// the bytes once.
    init(range: TextRange, bytes: UnsafeBufferPointer<UInt8>, kind: Token.Kind) {
        self.range = range
        let text = String(decoding: bytes, as: UTF8.self)
        self.text = text
        // Most words are already lower case: skip the copy when no byte is a capital or non-ASCII.
        self.lower = bytes.contains(where: { ($0 >= 65 && $0 <= 90) || $0 >= 0x80 }) ? text.lowercased() : text
        self.isPunct = kind == .punct
        self.isNumber = kind == .number
        if let b = bytes.first, b < 0x80 {
            self.isCapitalized = kind == .word && b >= 65 && b <= 90  // ASCII: only A-Z are upper case
        } else {
            let first = text.unicodeScalars.first
            self.isCapitalized = kind == .word && first.map { $0.properties.isUppercase } == true
        }
        // Compared as bytes, once (no other spelling is canonically equivalent to these).
        self.isPossessive = lower.utf8.withContiguousStorageIfAvailable { Word.isPossessive($0) } ?? Array(lower.utf8).withUnsafeBufferPointer(Word.isPossessive)
        self.isQuote = bytes.count == 1 ? bytes[0] == 0x22 : bytes.count == 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x9C || bytes[2] == 0x9D)
    }

    /// "'s", "\u{2019}s" or "'".
    private static func isPossessive(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch b.count {
        case 1: return b[0] == 0x27
        case 2: return b[0] == 0x27 && b[1] == 0x73
        case 4: return b[0] == 0xE2 && b[1] == 0x80 && b[2] == 0x99 && b[3] == 0x73
        default: return false
        }
    }
}

/// The words of one sentence plus lookup helpers.
struct SentenceWords {
    let index: Int
    let words: [Word]
    let range: TextRange

    init(index: Int, sentence: Sentence, article: String, utf8 text: [UInt8], flags table: WordTable<WordFlags>, quoteDepth: inout Bool) {
        self.index = index
        self.range = sentence.range
        var words: [Word] = []
        let tokens = Tokenizer.tokens(in: article, range: sentence.range)
        words.reserveCapacity(tokens.count)
        text.withUnsafeBufferPointer { all in
            for t in tokens {
                let r = t.range
                let bytes = UnsafeBufferPointer(rebasing: all[r])
                var w = Word(range: r, bytes: bytes, kind: t.kind)
                var f = table[w.lower] ?? []
                if bytes.contains(45) { f.insert(.hyphen) }
                w.flags = f
                if w.isQuote {
                    // A straight quote (one byte) toggles; curly ones open (U+201C) and close (U+201D).
                    if bytes.count == 1 { quoteDepth.toggle() } else { quoteDepth = bytes[2] == 0x9C }
                    w.inQuote = true
                } else {
                    w.inQuote = quoteDepth
                }
                words.append(w)
            }
        }
        self.words = words
    }

    var count: Int { words.count }
    subscript(i: Int) -> Word { words[i] }

    func lower(_ i: Int) -> String { i >= 0 && i < words.count ? words[i].lower : "" }

    /// Word `i` (lower case) is `a` or `b`: `s.lower(k, isEither: "after", or: "when")` answers
    /// `["after", "when"].contains(s.lower(k))` without building the array, which a long
    /// function would put on the heap at every call.
    @inline(__always) func lower(_ i: Int, isEither a: String, or b: String) -> Bool {
        let w = lower(i)
        return w == a || w == b
    }

    /// Word `i` exists and is in any of the classes of `f`: `has(i, .preposition)` is
    /// `WordClass.prepositions.contains(lower(i))`.
    @inline(__always) func has(_ i: Int, _ f: WordFlags) -> Bool {
        i >= 0 && i < words.count && !words[i].flags.isDisjoint(with: f)
    }

    /// The flags of word `i`, empty past either end.
    @inline(__always) func flags(_ i: Int) -> WordFlags { i >= 0 && i < words.count ? words[i].flags : [] }

    /// True when words[i...] spell `phrase` (lower case).
    func matches(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= words.count else { return false }
        for (k, p) in phrase.enumerated() where words[i + k].lower != p { return false }
        return true
    }

    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        var out = ""
        var prevEnd = -1
        for i in r {
            let w = words[i]
            if prevEnd >= 0 && w.range.lowerBound > prevEnd { out += " " }
            out += w.text
            prevEnd = w.range.upperBound
        }
        return out
    }
}
