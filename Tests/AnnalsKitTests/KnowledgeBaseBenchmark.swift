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

    /// Wall time per article (seconds); `cpu` gets the calling thread's CPU time per article.
    static func timePerArticle(_ store: Store, _ range: Range<Int>, cpu: inout Double) throws -> Double {
        let start = Date()
        let startCPU = StatementProfile.threadCPUNanoseconds()
        var i = range.lowerBound
        while i < range.upperBound {
            let end = min(i + 64, range.upperBound)
            _ = try store.write((i..<end).map(article))
            i = end
        }
        cpu = Double(StatementProfile.threadCPUNanoseconds() - startCPU) / 1e9 / Double(range.count)
        return Date().timeIntervalSince(start) / Double(range.count)
    }

    /// With ANNALS_SQL_PROFILE=1: microseconds per article of the statements that cost most
    /// in either phase, into the empty base and into the big one.
    static func compareProfiles(_ empty: [String: (calls: Int, nanoseconds: UInt64)],
                                _ big: [String: (calls: Int, nanoseconds: UInt64)], articles: Int) {
        let keys = Set(empty.keys).union(big.keys).sorted {
            max(empty[$0]?.nanoseconds ?? 0, big[$0]?.nanoseconds ?? 0) > max(empty[$1]?.nanoseconds ?? 0, big[$1]?.nanoseconds ?? 0)
        }
        var text = "kb-bench profile (us per article: empty -> big, calls per article):\n"
        for sql in keys.prefix(30) {
            let e = empty[sql] ?? (0, 0), b = big[sql] ?? (0, 0)
            let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            text += String(format: "%8.1f -> %8.1f  %6.2f -> %6.2f  ", Double(e.nanoseconds) / 1e3 / Double(articles),
                           Double(b.nanoseconds) / 1e3 / Double(articles), Double(e.calls) / Double(articles),
                           Double(b.calls) / Double(articles)) + String(flat.prefix(120)) + "\n"
        }
        print(text)
    }

    @Test func resolutionSpeedAsTheBaseGrows() throws {
        guard let n = ProcessInfo.processInfo.environment["ANNALS_KB_BENCH"].flatMap(Int.init) else { return }
        try withTemporaryDatabasePath { emptyPath in
            try withTemporaryDatabasePath { bigPath in
                let empty = try Store(path: emptyPath)
                let big = try Store(path: bigPath)
                let buildStart = Date()
                var cpuEmpty = 0.0, cpuBig = 0.0
                _ = try KnowledgeBaseBenchmark.timePerArticle(big, 0..<n, cpu: &cpuBig)
                let built = Date().timeIntervalSince(buildStart)
                _ = StatementProfile.take()
                let intoEmpty = try KnowledgeBaseBenchmark.timePerArticle(empty, n..<(n + 500), cpu: &cpuEmpty)
                let emptyProfile = StatementProfile.take()
                let intoBig = try KnowledgeBaseBenchmark.timePerArticle(big, (n + 500)..<(n + 1000), cpu: &cpuBig)
                let bigProfile = StatementProfile.take()
                print("kb-bench: built \(n) articles in \(String(format: "%.1f", built)) s; per article: empty \(String(format: "%.3f", intoEmpty * 1000)) ms, base of \(n) \(String(format: "%.3f", intoBig * 1000)) ms, ratio \(String(format: "%.2f", intoBig / intoEmpty)); CPU \(String(format: "%.3f", cpuEmpty * 1000)) -> \(String(format: "%.3f", cpuBig * 1000)) ms, ratio \(String(format: "%.2f", cpuBig / cpuEmpty))")
                if StatementProfile.isEnabled {
                    KnowledgeBaseBenchmark.compareProfiles(emptyProfile, bigProfile, articles: 500)
                }
            }
        }
    }
}
