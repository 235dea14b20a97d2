import Foundation
import Testing
@testable import AnnalsKit

/// Resolution speed as the base grows (not a timed test: it only runs with
/// ANNALS_KB_BENCH=N, e.g. `ANNALS_KB_BENCH=100000 swift test --filter KnowledgeBaseBenchmark`).
/// Writes N synthetic articles (people from a pool of 20,000 names, 60 countries, a
/// defection and a statement each), then times 500 more, and 500 into an empty base.
@Suite struct KnowledgeBaseBenchmark {
    static func article(_ i: Int) -> (article: Article, extraction: Extraction) {
        let person = "Given\(i % 20_000 / 100) Family\(i % 20_000 % 100)x\(i % 20_000 / 7)"
        let country = "C\(i % 60)"
        let text = "\(person) of \(country) defected on day \(i). Officials of \(country) spoke about it, story \(i)."
        var x = Extraction()
        x.sentences = [Sentence(range: 0..<text.utf8.count, text: text)]
        x.actors = [ExtractedActor(name: person, kind: .person, aliases: [String(person.split(separator: " ").last ?? "")], country: country),
                    ExtractedActor(name: country, kind: .country, country: country),
                    ExtractedActor(name: "Officials", kind: .group, isNamed: false)]
        x.mentions = [ActorMention(actor: 0, sentence: 0, range: 0..<person.utf8.count, text: person)]
        x.roles = [ExtractedRole(actor: 0, title: "minister", of: 1, sentence: 0, range: 0..<1)]
        let day = CalendarDay(2000 + i % 20, 1 + i % 12, 1 + i % 28)
        x.events = [ExtractedEvent(type: "defection", date: .day(day, basis: "on day"), participants: [.init(actor: 0, part: .agent), .init(actor: 1, part: .from)],
                                   sentence: 0, trigger: 0..<1, summary: "\(person) defected"),
                    ExtractedEvent(type: "statement", date: .before(day, basis: "publication date"), participants: [.init(actor: 1, part: .agent)],
                                   sentence: 0, trigger: 1..<2, summary: "\(country) made a statement")]
        return (Article(title: "story \(i)", published: day, publishedBasis: "metadata", text: text), x)
    }

    static func timePerArticle(_ store: Store, _ range: Range<Int>) throws -> Double {
        let start = Date()
        var i = range.lowerBound
        while i < range.upperBound {
            let end = min(i + 64, range.upperBound)
            _ = try store.write((i..<end).map(article))
            i = end
        }
        return Date().timeIntervalSince(start) / Double(range.count)
    }

    @Test func resolutionSpeedAsTheBaseGrows() throws {
        guard let n = ProcessInfo.processInfo.environment["ANNALS_KB_BENCH"].flatMap(Int.init) else { return }
        try withTemporaryDatabasePath { emptyPath in
            try withTemporaryDatabasePath { bigPath in
                let empty = try Store(path: emptyPath)
                let big = try Store(path: bigPath)
                let buildStart = Date()
                _ = try KnowledgeBaseBenchmark.timePerArticle(big, 0..<n)
                let built = Date().timeIntervalSince(buildStart)
                let intoEmpty = try KnowledgeBaseBenchmark.timePerArticle(empty, n..<(n + 500))
                let intoBig = try KnowledgeBaseBenchmark.timePerArticle(big, (n + 500)..<(n + 1000))
                print("kb-bench: built \(n) articles in \(String(format: "%.1f", built)) s; per article: empty \(String(format: "%.3f", intoEmpty * 1000)) ms, base of \(n) \(String(format: "%.3f", intoBig * 1000)) ms, ratio \(String(format: "%.2f", intoBig / intoEmpty))")
            }
        }
    }
}
