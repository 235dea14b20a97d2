import Foundation
import Testing
@testable import AnnalsKit

/// The tagger skips starts that cannot reach a core word within the scanner's vocabulary;
/// these tests keep that filter exact.
@Suite("Time: scanner vocabulary and start filter")
struct TimeVocabularyTests {
    static let timeSources = packageRoot.appendingPathComponent("Sources/AnnalsKit/Time")

    /// Every word of every string literal of the grammars and tables is in the vocabulary.
    @Test func vocabularyCoversEveryLiteralOfTheGrammars() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.timeSources.path)
            .filter { ($0.hasPrefix("TemporalScanner") || $0 == "TemporalLexicon.swift") && $0.hasSuffix(".swift") }
        #expect(files.count >= 5)
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
        let letters = try NSRegularExpression(pattern: "[A-Za-z]+")
        var missing: Set<String> = []
        for file in files {
            let source = try String(contentsOf: Self.timeSources.appendingPathComponent(file), encoding: .utf8)
            let ns = source as NSString
            for m in literal.matches(in: source, range: NSRange(location: 0, length: ns.length)) {
                let text = ns.substring(with: m.range(at: 1)) as NSString
                for w in letters.matches(in: text as String, range: NSRange(location: 0, length: text.length)) {
                    let word = text.substring(with: w.range).lowercased()
                    if !TemporalScanner.vocabulary.contains(word) { missing.insert(word) }
                }
            }
        }
        #expect(missing.isEmpty, "add to TemporalScanner.vocabulary: \(missing.sorted())")
    }

    static let sentences = [
        "The government said on Thursday that the talks will resume next week, two years after they broke down.",
        "By the end of the third quarter of 2012 the council had met at least 14 times, more than the year before.",
        "The army of the regime shelled the city for the past five days, about 20 miles from the border.",
        "In the coming months, officials expect the vote to take place in early March or late April.",
        "The resolution was vetoed at 9 a.m. Tuesday, a decade after the last one, activists said.",
        "The government of the new state and the people of the city have not spoken since the summer of 2011.",
        "He defected in the late nineties, then returned in the spring; she left the year-ago quarter.",
    ]

    @Test(arguments: sentences)
    func filteredStartsFindTheSameExpressions(_ sentence: String) {
        for anchor in [CalendarDay(2012, 7, 12), nil] {
            let tagger = TemporalTagger(anchor: anchor)
            let a = tagger.tag(sentence), b = tagger.tagTryingEveryStart(sentence)
            #expect(a.map(\.range) == b.map(\.range))
            #expect(a.map(\.value) == b.map(\.value))
        }
    }

    /// The same over the development corpus, sentence by sentence, when it is there.
    @Test func filteredStartsFindTheSameExpressionsInTheCorpus() throws {
        let dir = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev/articles")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        let tagger = TemporalTagger(anchor: CalendarDay(2012, 7, 12))
        var checked = 0
        for name in names.sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for s in SentenceSplitter.split(text) {
                let a = tagger.tag(s.text), b = tagger.tagTryingEveryStart(s.text)
                #expect(a.map(\.range) == b.map(\.range) && a.map(\.value) == b.map(\.value), "\(name): \(s.text)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}
