import ArgumentParser
import AnnalsKit
import Foundation

/// `annals bench`: ingest throughput (against the SQLite FTS5 floor) and query latency at
/// 1 thousand, 100 thousand and 1 million events, on a synthetic corpus.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure ingest throughput and query latency on a synthetic corpus.",
        discussion: """
            Builds a deterministic corpus of made-up articles (2-5 KB each), times extraction alone,
            the same texts stored in SQLite with an FTS5 index (the floor), and the full ingest with
            each --jobs count; then builds knowledge bases of each --sizes events (a few articles
            extracted, the rest padded by SQL) and times `ask "who defected and when"`, an actor
            profile and a filtered events query (medians). Build with `swift build -c release` first.
            Examples:
              annals bench
              annals bench --articles 10000 --jobs 1,2 --json bench.json
              annals bench --sizes 1000,100000 --runs 5
            """)
    @Option(help: "Articles in the ingest corpus.") var articles = 3_000
    @Option(help: "Thread counts to ingest with, comma separated.") var jobs = "1,2"
    @Option(help: "Event counts of the query knowledge bases, comma separated.") var sizes = "1000,100000,1000000"
    @Option(help: "Timed runs per query.") var runs = 20
    @Option(help: "Corpus seed.") var seed: UInt64 = 20120712
    @Option(help: "Also write the JSON report to this file.") var json: String?
    @Option(help: "Scratch folder (default: a temporary one, removed afterwards).") var directory: String?
    @Flag(name: .shortAndLong, help: "Print only the report.") var quiet = false
    @Option(help: "Only write the synthetic corpus as JSONL to this file (with --megabytes or --articles), then stop.")
    var writeCorpus: String?
    @Option(help: "With --write-corpus: stop at this many MB of file.") var megabytes: Int?

    func run() async throws {
        if let writeCorpus {
            let written = try SyntheticCorpus(seed: seed).writeJSONL(count: megabytes == nil ? articles : .max,
                                                                    maxBytes: (megabytes ?? Int.max / 1_000_000) * 1_000_000, to: writeCorpus)
            if !quiet { printError("wrote \(written.articles) articles (\(written.textBytes / 1_000_000) MB of text) to \(writeCorpus)") }
            return
        }
        var options = Benchmark.Options()
        options.articles = max(1, articles)
        options.jobs = try list(jobs, "--jobs")
        options.eventSizes = try list(sizes, "--sizes")
        options.runs = max(1, runs)
        options.seed = seed
        options.directory = directory
        let quiet = self.quiet
        let report = try Benchmark(options: options).run { if !quiet { printError($0) } }
        let data = try report.jsonData()
        if let json { try data.write(to: URL(fileURLWithPath: json)) }
        print(String(decoding: data, as: UTF8.self))
        print(report.table, terminator: "")
    }

    func list(_ s: String, _ option: String) throws -> [Int] {
        let values = s.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 > 0 }) else { throw ValidationError("\(option) wants positive numbers, comma separated") }
        return values
    }
}
