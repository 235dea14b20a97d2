import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `annals bench`: ingest throughput against the SQLite FTS5 floor, and query latency at
/// growing knowledge-base sizes, on a deterministic synthetic corpus.
///
/// ```swift
/// var options = Benchmark.Options()
/// options.articles = 500
/// let report = try Benchmark(options: options).run { print($0) }
/// print(report.table)
/// ```
public struct Benchmark {
    public struct Options: Sendable {
        /// Articles in the ingest corpus.
        public var articles = 3_000
        /// Thread counts to ingest with.
        public var jobs: [Int] = [1, 2]
        /// Event counts of the query knowledge bases.
        public var eventSizes: [Int] = [1_000, 100_000, 1_000_000]
        /// Timed runs per query (the median is reported).
        public var runs = 20
        /// Articles extracted and stored for the query knowledge bases (the rest is padding).
        public var baseArticles = 100
        public var seed: UInt64 = 20120712
        /// Scratch folder (removed afterwards unless `keep`).
        public var directory: String?
        public var keep = false
        public init() {}
    }

    public struct IngestRun: Encodable, Sendable {
        public var stage: String
        public var jobs: Int
        public var articles: Int
        public var megabytes: Double
        public var seconds: Double
        public var articlesPerSecond: Double { Double(articles) / max(seconds, 1e-9) }
        public var megabytesPerSecond: Double { megabytes / max(seconds, 1e-9) }
        public var events: Int?

        enum CodingKeys: String, CodingKey { case stage, jobs, articles, megabytes, seconds, articlesPerSecond = "articles_per_s", megabytesPerSecond = "mb_per_s", events }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(stage, forKey: .stage); try c.encode(jobs, forKey: .jobs); try c.encode(articles, forKey: .articles)
            try c.encode(megabytes, forKey: .megabytes); try c.encode(seconds, forKey: .seconds)
            try c.encode(articlesPerSecond, forKey: .articlesPerSecond); try c.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
            try c.encodeIfPresent(events, forKey: .events)
        }
    }

    public struct QueryRun: Encodable, Sendable {
        public var query: String
        public var events: Int
        public var paddedEvents: Int
        public var rows: Int
        public var medianMilliseconds: Double
        public var minMilliseconds: Double
        public var runs: Int
        enum CodingKeys: String, CodingKey { case query, events, paddedEvents = "padded_events", rows, medianMilliseconds = "median_ms", minMilliseconds = "min_ms", runs }
    }

    public struct Report: Encodable, Sendable {
        public var ingest: [IngestRun] = []
        public var peakRSSMegabytesAfterIngest = 0.0
        public var queries: [QueryRun] = []
        public var queryPlans: [String: [String]] = [:]
        public var peakRSSMegabytes = 0.0
        public var notes: [String] = []
        /// spaCy en_core_web_sm, names only, on these machines (quoted, not measured here).
        public var spacySmallMegabytesPerSecond = 0.03

        enum CodingKeys: String, CodingKey {
            case ingest, peakRSSMegabytesAfterIngest = "peak_rss_mb_after_ingest", queries, queryPlans = "query_plans",
                 peakRSSMegabytes = "peak_rss_mb", notes, spacySmallMegabytesPerSecond = "spacy_sm_mb_per_s_quoted"
        }
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    /// Peak resident memory of this process so far, in MB (`getrusage`, `ru_maxrss`).
    public static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    public func run(log: (String) -> Void = { _ in }) throws -> Report {
        let fm = FileManager.default
        let dir = options.directory ?? (NSTemporaryDirectory() + "annals-bench-\(getpid())")
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if !options.keep { try? fm.removeItem(atPath: dir) } }
        var report = Report()
        let corpus = SyntheticCorpus(seed: options.seed)

        // 1. The corpus as JSONL (ingest reads it like any user file).
        let jsonl = dir + "/corpus.jsonl"
        let written = try corpus.writeJSONL(count: options.articles, to: jsonl)
        let mb = Double(written.textBytes) / 1_000_000
        log(String(format: "corpus: %d articles, %.1f MB of text (%@)", written.articles, mb, jsonl))

        // 2. Extraction alone, one thread (for the profile: what storage adds).
        let sample = (0..<min(options.articles, 1_000)).map(corpus.article)
        let sampleMB = Double(sample.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
        let extractor = Extractor()
        var events = 0
        let extractSeconds = Benchmark.seconds { for a in sample { events += extractor.extract(a).events.count } }
        report.ingest.append(IngestRun(stage: "extract only", jobs: 1, articles: sample.count, megabytes: sampleMB, seconds: extractSeconds, events: events))
        log(String(format: "extract only, 1 thread: %.2f MB/s", sampleMB / extractSeconds))

        // 3. The floor: the same texts into a table with an FTS5 index.
        let floorSeconds = try Benchmark.fts5Floor(path: dir + "/floor.sqlite", corpus: corpus, count: options.articles)
        report.ingest.append(IngestRun(stage: "sqlite fts5 floor", jobs: 1, articles: options.articles, megabytes: mb, seconds: floorSeconds))
        log(String(format: "fts5 floor: %.1f MB/s", mb / floorSeconds))

        // 4. Full ingest (read, extract, store) with each thread count.
        for jobs in options.jobs {
            let path = dir + "/ingest-\(jobs).sqlite"
            let store = try Store(path: path)
            let pipeline = IngestPipeline(store: store, jobs: jobs)
            let summary = try pipeline.run(paths: [jsonl])
            let n = try store.database.scalar(Int.self, "SELECT count(*) FROM event") ?? 0
            report.ingest.append(IngestRun(stage: "ingest", jobs: jobs, articles: summary.ingested + summary.duplicates,
                                           megabytes: Double(summary.bytes) / 1_000_000, seconds: summary.seconds, events: n))
            log(String(format: "ingest, %d job%@: %.2f MB/s, %.0f articles/s, %d events", jobs, jobs == 1 ? "" : "s",
                       Double(summary.bytes) / 1_000_000 / summary.seconds, Double(summary.ingested) / summary.seconds, n))
        }
        report.peakRSSMegabytesAfterIngest = Benchmark.peakRSSMegabytes()
        try? fm.removeItem(atPath: jsonl)

        // 5. Query latency at each size.
        for size in options.eventSizes {
            let path = dir + "/kb-\(size).sqlite"
            let store = try Store(path: path)
            let base = (0..<options.baseArticles).map { i -> (article: Article, extraction: Extraction) in
                var a = corpus.article(i)
                IngestPipeline.datePublication(&a)
                return (a, extractor.extract(a))
            }
            _ = try store.write(base)
            let have = try store.database.scalar(Int.self, "SELECT count(*) FROM event") ?? 0
            let padded = max(0, size - have)
            let padSeconds = try Benchmark.seconds { try Padding.add(events: padded, to: store.database) }
            log(String(format: "kb of %d events: %d extracted from %d articles, %d padded by SQL (%.1f s)",
                       have + padded, have, options.baseArticles, padded, padSeconds))
            try store.database.execute("ANALYZE")
            report.queries += try measureQueries(store, events: have + padded, padded: padded, log: log)
            if size == options.eventSizes.max() {
                report.queryPlans = try Benchmark.queryPlans(store.database)
            }
            try? fm.removeItem(atPath: path)
            try? fm.removeItem(atPath: path + "-wal")
            try? fm.removeItem(atPath: path + "-shm")
        }
        report.peakRSSMegabytes = Benchmark.peakRSSMegabytes()
        report.notes = [
            "Corpus: \(options.articles) synthetic articles (seed \(options.seed)), 2-5 KB each, read from JSONL.",
            "Query knowledge bases: \(options.baseArticles) synthetic articles extracted and stored, then padded to the size with events inserted directly by SQL (types other than defection, spread over 2000-2019, with participants, mentions, sentences and articles); so the defections, and the rows of 'who defected and when', are the same at every size.",
            "spaCy small model figure is quoted from the issue (0.03 MB/s on these machines), not measured here.",
            "Medians of \(options.runs) runs after one warm-up.",
        ]
        return report
    }

    // MARK: Queries

    static let actorName = "Nawaf Fares"

    func measureQueries(_ store: Store, events: Int, padded: Int, log: (String) -> Void) throws -> [QueryRun] {
        // The actor with the most event participations among the extracted ones.
        let actor = try store.database.scalar(String.self, """
            SELECT a.name FROM actor a JOIN event_participant p ON p.actor_id = a.id
            WHERE a.kind = 'person' AND a.key NOT LIKE 'person:padding%'
            GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1
            """) ?? Benchmark.actorName
        let cases: [(String, () throws -> Int)] = [
            ("ask \"who defected and when\"", {
                guard case .defectors(let r) = try store.ask("who defected and when").answer else { return 0 }
                return r.count
            }),
            ("actor profile (ask \"who is \(actor)\" + events --actor)", {
                guard case .rows(let r) = try store.ask("who is \(actor)").answer else { return 0 }
                return r.rows.count + (try store.events(EventQuery(actor: actor, limit: 100)).count)
            }),
            ("events --type meeting --since 2012-01-01 --until 2012-03-31 --limit 100", {
                try store.events(EventQuery(type: "meeting", since: CalendarDay(2012, 1, 1), until: CalendarDay(2012, 3, 31), limit: 100)).count
            }),
        ]
        var out: [QueryRun] = []
        for (name, body) in cases {
            var rows = try body()  // warm-up
            var times: [Double] = []
            for _ in 0..<max(1, options.runs) {
                times.append(try Benchmark.seconds { rows = try body() } * 1000)
            }
            times.sort()
            let median = times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
            out.append(QueryRun(query: name, events: events, paddedEvents: padded, rows: rows, medianMilliseconds: median,
                                minMilliseconds: times[0], runs: times.count))
            log(String(format: "  %@: %.2f ms (%d rows)", name, median, rows))
        }
        return out
    }

    /// `EXPLAIN QUERY PLAN` of the statements behind the measured queries.
    static func queryPlans(_ db: Database) throws -> [String: [String]] {
        var plans: [String: [String]] = [:]
        let ask = try Question.parse("who defected and when").plan
        plans["ask who defected (SQL)"] = try plan(db, ask.sql, ask.statementArguments)
        let events = EventQuery(type: "meeting", since: CalendarDay(2012, 1, 1), until: CalendarDay(2012, 3, 31), limit: 100)
        plans["events --type meeting --since --until --limit (EventQuery)"] = try plan(db, events.sql, events.arguments)
        let defections = EventQuery(type: "defection")
        plans["defection events (Defectors, EventQuery)"] = try plan(db, defections.sql, defections.arguments)
        plans["participants of an event"] = try plan(db, """
            SELECT a.id, a.name, a.kind, p.part FROM event_participant p JOIN actor a ON a.id = p.actor_id WHERE p.event_id = ?
            """, [1])
        plans["sources of an event"] = try plan(db, """
            SELECT m.article_id, ar.title FROM event_mention m JOIN article ar ON ar.id = m.article_id
            JOIN sentence s ON s.id = m.sentence_id WHERE m.event_id = ?
            """, [1])
        plans["merge candidates (store)"] = try plan(db, """
            SELECT e.id FROM event_participant p JOIN event e ON e.id = p.event_id
            WHERE p.actor_id = ? AND p.part = 'agent' AND e.type = ?
              AND NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id AND m.article_id = ?)
            """, [1, "meeting", 1])
        return plans
    }

    static func plan(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try db.query("EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { row in
            (row["detail", as: String.self] ?? "")
        }
    }

    // MARK: Floor

    /// Seconds to store the corpus texts in a table with an FTS5 index, in batches of 64
    /// per transaction with a reused statement: what SQLite alone costs.
    static func fts5Floor(path: String, corpus: SyntheticCorpus, count: Int) throws -> Double {
        let db = try Database(path: path)
        try db.executeScript("""
            CREATE TABLE doc(id INTEGER PRIMARY KEY, title TEXT, body TEXT NOT NULL);
            CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, content='doc', content_rowid='id');
            CREATE TRIGGER doc_ai AFTER INSERT ON doc BEGIN
                INSERT INTO doc_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            """)
        let articles = (0..<count).map(corpus.article)
        return try seconds {
            var i = 0
            while i < articles.count {
                let end = min(i + 64, articles.count)
                try db.transaction {
                    for a in articles[i..<end] { try db.execute("INSERT INTO doc(title, body) VALUES (?, ?)", a.title, a.text) }
                }
                i = end
            }
        }
    }
}
