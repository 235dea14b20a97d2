/// A token of a sentence as the extractor sees it: its text, lower-cased form and shape.
struct Word: Sendable {
    let range: TextRange
    let text: String
    let lower: String
    let isCapitalized: Bool
    let isPunct: Bool
    let isNumber: Bool
    /// Inside a quotation ("...") in the paragraph.
    var inQuote: Bool = false
    /// The word classes and lexicon tables `lower` belongs to.
    var flags: WordFlags = []

    init(range: TextRange, text: String, kind: Token.Kind) {
        self.range = range
        self.text = text
        // Most words are already lower case: skip the copy when no byte is a capital or non-ASCII.
        self.lower = text.utf8.contains(where: { ($0 >= 65 && $0 <= 90) || $0 >= 0x80 }) ? text.lowercased() : text
        self.isPunct = kind == .punct
        self.isNumber = kind == .number
        if let b = text.utf8.first, b < 0x80 {
            self.isCapitalized = kind == .word && b >= 65 && b <= 90  // ASCII: only A-Z are upper case
        } else {
            let first = text.unicodeScalars.first
            self.isCapitalized = kind == .word && first.map { $0.properties.isUppercase } == true
        }
    }

    /// "’s" and "'s".
    var isPossessive: Bool { lower == "'s" || lower == "\u{2019}s" || lower == "'" }

    var isQuote: Bool { text == "\"" || text == "\u{201C}" || text == "\u{201D}" }
}

/// The words of one sentence plus lookup helpers.
struct SentenceWords {
    let index: Int
    let words: [Word]
    let range: TextRange

    init(index: Int, sentence: Sentence, article: String, utf8 text: [UInt8], flags table: [String: WordFlags], quoteDepth: inout Bool) {
        self.index = index
        self.range = sentence.range
        var words: [Word] = []
        let tokens = Tokenizer.tokens(in: article, range: sentence.range)
        words.reserveCapacity(tokens.count)
        for t in tokens {
            let r = t.range
            let s = String(decoding: text[r], as: UTF8.self)
            var w = Word(range: r, text: s, kind: t.kind)
            var f = table[w.lower] ?? []
            if text[r].contains(45) { f.insert(.hyphen) }
            w.flags = f
            if w.isQuote {
                if s == "\u{201C}" { quoteDepth = true } else if s == "\u{201D}" { quoteDepth = false } else { quoteDepth.toggle() }
                w.inQuote = true
            } else {
                w.inQuote = quoteDepth
            }
            words.append(w)
        }
        self.words = words
    }

    var count: Int { words.count }
    subscript(i: Int) -> Word { words[i] }

    func lower(_ i: Int) -> String { i >= 0 && i < words.count ? words[i].lower : "" }

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
