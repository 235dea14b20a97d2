import Testing
@testable import AnnalsKit

/// `WordTable` and `WordSet` answer what the `Dictionary` and `Set` they are built from answer.
@Suite struct ExtractWordTableTests {
    @Test func answersLikeTheDictionary() {
        let dictionary = ["the": 1, "co-written": 2, "\u{2019}s": 3, "caf\u{E9}": 4, "\u{037E}": 5, "u.s.": 6]
        let table = WordTable(dictionary)
        // "\u{037E}" (Greek question mark) is canonically ";", "cafe\u{301}" is "caf\u{E9}".
        let probes = ["the", "The", "co-written", "'s", "\u{2019}s", "caf\u{E9}", "cafe\u{301}", ";", "\u{037E}", "u.s.", "",
                      "a-very-long-word-beyond-fifteen-bytes", "th", "thee"]
        for probe in probes {
            #expect(table[probe] == dictionary[probe], "\(probe.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Small and large tables (the large one fills every bit of the in-place filter) answer
    /// every probe, known or not, as the dictionary does.
    @Test func filteredLookupsAnswerLikeTheDictionary() {
        var generator = SeededGenerator(seed: 7)
        func word() -> String {
            String((0..<Int.random(in: 1...12, using: &generator)).map { _ in Character(Unicode.Scalar(UInt8.random(in: 97...122, using: &generator))) })
        }
        for size in [1, 5, 40, 3000] {
            var dictionary: [String: Int] = [:]
            while dictionary.count < size { dictionary[word()] = dictionary.count }
            let table = WordTable(dictionary)
            for key in dictionary.keys { #expect(table[key] == dictionary[key]) }
            for _ in 0..<2000 {
                let probe = word()
                #expect(table[probe] == dictionary[probe], "\(probe)")
            }
        }
    }

    /// A small ASCII string is hashed from its value's bytes (`WordKey`); the same text in a
    /// string with its bytes out of line hashes the same and finds the same entries.
    @Test func smallStringsHashLikeTheirBytes() {
        let letters = "abcdefghijklmnopqrstuvwxyz0123456789-'."
        var dictionary: [String: Int] = [:]
        for n in 0...20 { dictionary[String(letters.prefix(n))] = n }
        let table = WordTable(dictionary)
        for n in 0...20 {
            let small = String(letters.prefix(n))
            // A native string that keeps its storage after being cut short.
            var large = letters + letters
            large.removeSubrange(large.index(large.startIndex, offsetBy: n)...)
            #expect(large == small)
            #expect(WordKey.isSmallASCII(WordKey.bits(small)) == (n <= 15))
            #expect(!WordKey.isSmallASCII(WordKey.bits(large)))
            #expect(WordTable<Int>.hash(asciiBytesOf: small) == WordTable<Int>.hash(asciiBytesOf: large), "\(n)")
            #expect(table[small] == n && table[large] == n)
        }
        #expect(WordTable<Int>.hash(asciiBytesOf: "caf\u{E9}") == nil)
    }

    @Test func setsAnswerLikeSets() {
        let words: Set<String> = ["said", "\u{2014}", "told", "x"]
        let set = WordSet(words)
        for probe in ["said", "Said", "\u{2014}", "-", "told", "x", "y", ""] {
            #expect(set.contains(probe) == words.contains(probe))
        }
        #expect(Set(set) == words && set.count == 4)
        #expect(set.union(["y"]).contains("y"))
    }
}
