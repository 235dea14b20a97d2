import Foundation
import Testing
@testable import AnnalsKit

/// `Extractor.mayHoldDate` skips time tagging only where the tagger's own gate (a number or a
/// date word among its tokens) would refuse the text.
@Suite struct ExtractDateGateTests {
    /// The gate finds date words as runs of ASCII letters: every date word must be one.
    @Test func dateWordsAreLowerCaseASCIILetters() {
        for w in TemporalTagger.dateWords {
            #expect(!w.isEmpty && w.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }, "\(w)")
        }
    }

    /// Each sentence of `text`: its words as the extractor reads them and its text.
    static func sentences(_ text: String) -> [(words: SentenceWords, text: String)] {
        let utf8 = Array(text.utf8)
        var quote = false
        return SentenceSplitter.split(text).enumerated().map { n, sentence in
            (SentenceWords(index: n, sentence: sentence, article: text, utf8: utf8, flags: Lexicon.standard.wordFlags, quoteDepth: &quote), sentence.text)
        }
    }

    /// Whether the tagger's gate lets `text` through.
    static func taggerMayFind(_ text: String) -> Bool {
        TemporalToken.tokenize(Array(text.utf8)).contains { $0.kind == .number || $0.tags.contains(.dateWord) }
    }

    @Test func gatesOnlyWhatTheTaggerRefuses() {
        let texts = [
            "The council met behind closed doors.", "He defected in mid-July.", "They didn't vote.", "Friday's vote failed.",
            "It happened in the '90s.", "The year-end review came.", "Talks resumed Jan. 5.", "Revenue rose in FY2012.",
            "The twenty-first session opened.", "Ten days passed.", "The envoy, M\u{FC}ller, left.", "Some said it was Christmas\u{2019}s end.",
            "Caf\u{E9}s closed\u{2014}mayhem followed.", "\u{201C}We will stay,\u{201D} she said.", "Troops held the line.",
            "He left (quietly) last week.", "Observers visited 371 sites.", "May\u{E9} was there.", "Q3 results came.",
        ]
        let utf8 = { (t: String) in Array(t.utf8) }
        for text in texts {
            for (sw, sentence) in ExtractDateGateTests.sentences(text) {
                if !Extractor.mayHoldDate(sw, utf8(text)) {
                    #expect(!ExtractDateGateTests.taggerMayFind(sentence), "\(sentence)")
                    #expect(TemporalTagger(anchor: CalendarDay(2012, 7, 12)).tagDated(sentence).isEmpty, "\(sentence)")
                }
            }
        }
        // Gated: no digit and no date word.
        for text in ["The council met behind closed doors.", "Troops held the line.", "They didn't vote."] {
            #expect(ExtractDateGateTests.sentences(text).allSatisfy { !Extractor.mayHoldDate($0.words, utf8(text)) }, "\(text)")
        }
        // Not gated: a date word inside a hyphenated word, a contraction's neighbour, a number.
        for text in ["He defected in mid-July.", "Friday's vote failed.", "Observers visited 371 sites.", "Q3 results came."] {
            #expect(ExtractDateGateTests.sentences(text).contains { Extractor.mayHoldDate($0.words, utf8(text)) }, "\(text)")
        }
    }

    /// Every sentence of the fixture articles: gated only when the tagger's gate refuses it.
    @Test func gatesOnlyWhatTheTaggerRefusesInTheFixtures() throws {
        let root = packageRoot.appendingPathComponent("Tests/Fixtures")
        var files: [URL] = []
        for set in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let dir = root.appendingPathComponent(set).appendingPathComponent("articles")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            files += names.sorted().filter { $0.hasSuffix(".txt") }.map { dir.appendingPathComponent($0) }
        }
        #expect(files.count >= 100)
        var gated = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let utf8 = Array(text.utf8)
            for (sw, sentence) in ExtractDateGateTests.sentences(text) where !Extractor.mayHoldDate(sw, utf8) {
                gated += 1
                #expect(!ExtractDateGateTests.taggerMayFind(sentence), "\(file.lastPathComponent): \(sentence)")
            }
        }
        #expect(gated > 0)
    }
}
