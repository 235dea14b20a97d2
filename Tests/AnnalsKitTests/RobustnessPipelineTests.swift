import Testing
import Foundation
@testable import AnnalsKit

/// Issue 7, items 1 and 6, in process: fuzz seeds as regression tests, run-on text in linear time.
@Suite("Robustness: pipeline")
struct RobustnessPipelineTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-seeds")

    /// Every input the fuzzer found interesting (and every reproducer of a past crash) runs
    /// through reader → extractor → store, the way the fuzz target runs it, with no problem.
    @Test func fuzzSeedsRunThroughThePipeline() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count >= 6)
        let store = try Store(path: ":memory:")
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.seeds.appendingPathComponent(name)))
            guard let first = bytes.first else { continue }
            // The fuzz target's framing: the first byte picks the format.
            let format: ArticleFormat? = [.text, .html, .jsonl, nil][Int(first % 4)]
            let problems = PipelineSelfCheck.run(bytes: Array(bytes.dropFirst()), format: format, store: store)
            #expect(problems.isEmpty, "\(name): \(problems.prefix(3))")
        }
        #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM article") == 0, "the self-check rolls back")
    }

    /// The self-check finds what it is meant to find.
    @Test func selfCheckReportsBadOffsets() {
        let article = Article(text: "Él vetoed it.")
        var x = Extraction()
        x.sentences = [Sentence(range: 0..<40, text: "")]
        x.mentions = [ActorMention(actor: 3, sentence: 0, range: 1..<2, text: "")]
        let problems = PipelineSelfCheck.problems(in: x, of: article)
        #expect(problems.contains { $0.contains("outside") })
        #expect(problems.contains { $0.contains("splits a character") })
        #expect(problems.contains { $0.contains("actor 3 of 0") })
    }

    static func runOn(bytes: Int) -> String {
        let words = ["the", "envoy", "said", "that", "the", "council", "of", "Norland", "would", "meet", "again", "and", "General", "Amar",
                     "Tosk", "resigned", "on", "Tuesday", "while", "Veloria", "vetoed", "a", "draft", "résolution", "—", "officials"]
        var s = "", i = 0
        s.reserveCapacity(bytes + 16)
        while s.utf8.count < bytes { s += words[(i * 7 + i / 26) % words.count] + " "; i += 1 }
        return s
    }

    /// A "sentence" with no full stop is cut into bounded pieces at spaces (what keeps the
    /// extractor linear: its work per sentence is bounded), covering the text in order.
    /// Operation-count check on 4 MB: the number of sentences grows with the text.
    @Test func runOnTextIsCutIntoBoundedSentences() {
        let text = Self.runOn(bytes: 4 << 20)
        let sentences = SentenceSplitter.split(text)
        let utf8 = Array(text.utf8)
        #expect(sentences.allSatisfy { $0.range.count <= SentenceSplitter.maxSentenceBytes })
        #expect(sentences.count >= (4 << 20) / SentenceSplitter.maxSentenceBytes)
        #expect(sentences.count <= 2 * (4 << 20) / SentenceSplitter.maxSentenceBytes + 1)
        // In order, no overlap, cuts between words, nothing but spaces left out.
        var end = 0, dropped = 0
        for s in sentences {
            #expect(s.range.lowerBound >= end)
            dropped += utf8[end..<s.range.lowerBound].filter { $0 != 0x20 }.count
            end = s.range.upperBound
        }
        #expect(dropped == 0)
        #expect(sentences.allSatisfy { !$0.text.hasPrefix(" ") && !$0.text.hasSuffix(" ") })
        // Without spaces, cuts fall on character boundaries.
        let solid = String(repeating: "é", count: 5000)
        #expect(SentenceSplitter.split(solid).map(\.text).joined() == solid)
    }

    /// Time stays linear: 4× the run-on text takes well under 16× (quadratic) the time.
    /// A generous ratio bound (< 8×) on small sizes, best of two runs; the 1 MB / 4 MB and
    /// 50 MB checks on the release build are in Tests/Scripts/robustness-large.sh.
    @Test func runOnExtractionTimeIsLinear() {
        let extractor = Extractor()
        func seconds(_ bytes: Int) -> Double {
            let article = Article(text: Self.runOn(bytes: bytes))
            return (0..<3).map { _ in
                let start = DispatchTime.now().uptimeNanoseconds
                _ = extractor.extract(article)
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }.min() ?? 0
        }
        // 4x the text; linear work gives ~4x the time, quadratic 16x. Sizes large enough
        // that scheduling noise on a loaded machine does not dominate the small run.
        let small = seconds(16_000), large = seconds(64_000)
        #expect(large / max(small, 1e-6) < 8, "16 KB: \(small) s, 64 KB: \(large) s")
    }
}
