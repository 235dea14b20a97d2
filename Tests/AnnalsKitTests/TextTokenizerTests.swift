import Testing
@testable import AnnalsKit

@Suite struct TextTokenizerTests {
    func words(_ text: String) -> [String] {
        Tokenizer.tokens(in: text).map { String(text.substring(utf8: $0.range)) }
    }

    @Test func possessivesAndClitics() {
        #expect(words("Syria's envoy, Britain’s envoy and the rebels' demands") ==
                ["Syria", "'s", "envoy", ",", "Britain", "’s", "envoy", "and", "the", "rebels", "'", "demands"])
        #expect(words("They've said it didn't matter; I'm sure we'll see.") ==
                ["They", "'ve", "said", "it", "did", "n't", "matter", ";", "I", "'m", "sure", "we", "'ll", "see", "."])
        let kinds = Tokenizer.tokens(in: "Syria's").map(\.kind)
        #expect(kinds == [.word, .clitic])
    }

    @Test func apostrophesInsideNamesStay() {
        #expect(words("O'Brien visited Côte d'Ivoire and N’Djamena.") == ["O'Brien", "visited", "Côte", "d'Ivoire", "and", "N’Djamena", "."])
    }

    @Test func hyphenatedWords() {
        #expect(words("U.S.-backed anti-government forces of al-Assad held a 10-day truce.") ==
                ["U.S.-backed", "anti-government", "forces", "of", "al-Assad", "held", "a", "10-day", "truce", "."])
        #expect(words("a well - known man -- twice") == ["a", "well", "-", "known", "man", "--", "twice"])
    }

    @Test func abbreviationsKeepTheirDots() {
        #expect(words("The U.S. and U.N. envoy Gen. Tlas met Mr. Fares at 9 a.m. in Washington, D.C.") ==
                ["The", "U.S.", "and", "U.N.", "envoy", "Gen.", "Tlas", "met", "Mr.", "Fares", "at", "9", "a.m.",
                 "in", "Washington", ",", "D.C."])
        #expect(words("Susan E. Rice spoke. It ended.") == ["Susan", "E.", "Rice", "spoke", ".", "It", "ended", "."])
    }

    @Test func numbers() {
        let text = "More than 23,500 people, 3.5 percent, a 11-2 vote on 2012-07-19, the 6th time in the 1990s, 1,20 and 12."
        #expect(words(text) == ["More", "than", "23,500", "people", ",", "3.5", "percent", ",", "a", "11-2", "vote", "on",
                                "2012-07-19", ",", "the", "6th", "time", "in", "the", "1990s", ",", "1", ",", "20", "and", "12", "."])
        let kinds = Tokenizer.tokens(in: "23,500 3.5 11-2 10-day").map(\.kind)
        #expect(kinds == [.number, .number, .number, .word])
    }

    @Test func unicodeLettersAndPunctuation() {
        let text = "Señor Núñez — “¿Qué?” — said Ðorđe …"
        #expect(words(text) == ["Señor", "Núñez", "—", "“", "¿", "Qué", "?", "”", "—", "said", "Ðorđe", "…"])
        let caps = Tokenizer.tokens(in: "Émile ünter 7").map(\.isCapitalized)
        #expect(caps == [true, false, false])
    }

    @Test func rangesAreUTF8OffsetsIntoTheWholeText() {
        let text = "Zürich. Then Bern’s turn."
        let start = "Zürich. ".utf8.count
        let tokens = Tokenizer.tokens(in: text, range: start..<text.utf8.count)
        #expect(tokens.first?.range == start..<(start + 4))
        #expect(tokens.map { String(text.substring(utf8: $0.range)) } == ["Then", "Bern", "’s", "turn", "."])
        // Out-of-range input is clamped, not a crash.
        #expect(Tokenizer.tokens(in: text, range: 20..<10_000).count >= 1)
        #expect(Tokenizer.tokens(in: "", range: 0..<5).isEmpty)
    }

    @Test func tokensOfSentencesMatchTheirText() {
        let text = "OSLO — The U.S.-led plan, backed by Gen. Ortiz's 3.5% budget, failed. “Why?” asked Mrs. Lee."
        for s in SentenceSplitter.split(text) {
            for t in Tokenizer.tokens(in: text, range: s.range) {
                #expect(s.range.contains(t.range.lowerBound) && t.range.upperBound <= s.range.upperBound)
                #expect(!text.substring(utf8: t.range).contains(" "))
            }
        }
    }

    @Test func longInputIsLinear() {
        let run = String(repeating: "al-Assad's U.S.-backed 23,500 ", count: 40_000)  // ~1.2 MB
        let tokens = Tokenizer.tokens(in: run)
        #expect(tokens.count == 160_000)
        let noSpace = String(repeating: "a-", count: 500_000) + "a"
        #expect(Tokenizer.tokens(in: noSpace).count == 1)
    }
}
