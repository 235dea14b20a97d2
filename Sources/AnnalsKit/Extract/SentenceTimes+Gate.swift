extension Extractor {
    /// Whether `TemporalTagger.tagDated` can find anything in the sentence `sw`, whose text is
    /// `utf8[sw.range]`: false only when the tagger's own gate would refuse the text (no
    /// number and no date word among its tokens), so a false answer lets the caller skip the
    /// tagging and the reference date it would be tagged under.
    ///
    /// The tagger reads a number at every ASCII digit, and a word at every run of ASCII
    /// letters and non-ASCII bytes. Every date word is lower-case ASCII letters, so a token
    /// that is one is a maximal run of ASCII letters in the text: each such run is looked up,
    /// through the flags of the sentence word it coincides with, else in the tagger's own
    /// table (parts of "mid-July", "didn't", "Friday's").
    static func mayHoldDate(_ sw: SentenceWords, _ utf8: [UInt8]) -> Bool {
        let lo = max(0, sw.range.lowerBound), hi = min(utf8.count, sw.range.upperBound)
        return utf8.withUnsafeBufferPointer { b -> Bool in
            var w = 0
            var k = lo
            @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
            while k < hi {
                let c = b[k]
                if c >= 48 && c <= 57 { return true }
                guard isLetter(c) else { k += 1; continue }
                let start = k
                k += 1
                while k < hi, isLetter(b[k]) { k += 1 }
                while w < sw.count, sw[w].range.lowerBound < start { w += 1 }
                if w < sw.count, sw[w].range == start..<k {
                    if sw[w].flags.contains(.dateWord) { return true }
                } else {
                    let run = String(unsafeUninitializedCapacity: k - start) { out in
                        for j in start..<k { out[j - start] = b[j] | 0x20 }
                        return k - start
                    }
                    if TemporalWordTags.table[run]?.contains(.dateWord) == true { return true }
                }
            }
            return false
        }
    }
}
