import Dispatch
import Foundation

/// Reads, extracts and stores articles: the whole ingest, streaming.
///
/// Articles are read in order and collected into batches; each batch is extracted on all
/// cores (extraction is a pure function), then written by the one writer in a single
/// transaction, one savepoint per article, so a bad article never undoes the others.
/// With `jobs > 1` the writer stores batch k while batch k+1 is extracted; with
/// `jobs == 1` everything runs on the calling thread. At most two batches are in memory.
///
/// ```swift
/// let store = try Store(path: "kb.sqlite")
/// let summary = try IngestPipeline(store: store).run(paths: ["articles/"]) { event in
///     if case .skipped(let error) = event { print("skipped", error) }
/// }
/// print(summary.ingested, summary.duplicates, summary.skipped.count)
/// ```
public final class IngestPipeline {
    public enum Event: Sendable {
        case ingested(path: String?, articleID: Int64)
        case duplicate(path: String?, articleID: Int64)
        case skipped(ReadError)
        case warning(path: String?, message: String)
        case note(ReadNote)
        /// Progress after each batch: articles seen and bytes of text read so far.
        case progress(articles: Int, bytes: Int)
    }

    public struct Summary: Sendable {
        public var ingested = 0
        public var duplicates = 0
        public var skipped: [ReadError] = []
        public var warnings = 0
        public var bytes = 0
        public var seconds = 0.0
    }

    public let store: Store
    public let extractor: Extractor
    public var jobs: Int
    public var batchSize: Int
    public var overrides: ArticleOverrides
    public var options: ReadOptions

    public init(store: Store, extractor: Extractor = Extractor(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                batchSize: Int = 64, overrides: ArticleOverrides = ArticleOverrides(), options: ReadOptions = ReadOptions()) {
        self.store = store
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        self.overrides = overrides
        self.options = options
    }

    /// Ingests every article under `paths` (files, folders, `-`). Throws only when the
    /// database itself fails (a full disk, a lock held too long); bad inputs are reported
    /// through `report` and counted in the summary.
    @discardableResult
    public func run(paths: [String], report: (Event) -> Void = { _ in }) throws -> Summary {
        let start = Date()
        var summary = Summary()
        var batch: [Article] = []
        batch.reserveCapacity(batchSize)
        // With more than one job, batch k is written while batch k+1 is being extracted.
        var inFlight: PendingExtraction?
        func write(_ articles: [Article], _ extractions: [Extraction]) throws {
            let results = try store.write(Array(zip(articles, extractions)).map { (article: $0.0, extraction: $0.1) })
            for (article, result) in zip(articles, results) {
                switch result {
                case .success(.inserted(let id)):
                    summary.ingested += 1
                    report(.ingested(path: article.path, articleID: id))
                case .success(.duplicate(let id)):
                    summary.duplicates += 1
                    report(.duplicate(path: article.path, articleID: id))
                case .failure(let error):
                    let e = ReadError(path: article.path ?? "-", reason: "not stored: \(error)")
                    summary.skipped.append(e)
                    report(.skipped(e))
                }
            }
            report(.progress(articles: summary.ingested + summary.duplicates + summary.skipped.count, bytes: summary.bytes))
        }
        func flush(last: Bool = false) throws {
            if jobs == 1 {
                if !batch.isEmpty { try write(batch, extract(batch)) }
                batch.removeAll(keepingCapacity: true)
                return
            }
            let started = batch.isEmpty ? nil : PendingExtraction(batch, pipeline: self)
            batch = []
            batch.reserveCapacity(batchSize)
            if let previous = inFlight { try write(previous.articles, previous.wait()) }
            inFlight = started
            if last, let pending = inFlight {
                inFlight = nil
                try write(pending.articles, pending.wait())
            }
        }
        try ArticleReader.read(paths: paths, overrides: overrides, options: options, onNote: { report(.note($0)) }) { result in
            switch result {
            case .failure(let error):
                summary.skipped.append(error)
                report(.skipped(error))
            case .success(var article):
                summary.bytes += article.text.utf8.count
                for w in article.warnings {
                    summary.warnings += 1
                    report(.warning(path: article.path, message: w))
                }
                IngestPipeline.datePublication(&article)
                batch.append(article)
                if batch.count >= batchSize { try flush() }
            }
        }
        try flush(last: true)
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Fills in a missing publication date from the text (dateline, caption, weekday).
    public static func datePublication(_ article: inout Article) {
        guard article.published == nil, let inferred = PublicationDateInference.infer(title: article.title, text: article.text) else { return }
        article.published = inferred.day
        article.publishedBasis = inferred.basis
    }

    /// Extracts a batch on up to `jobs` threads, keeping the order.
    func extract(_ articles: [Article]) -> [Extraction] { extractFunction(articles) }

    /// `extract` as a value that other threads may call.
    var extractFunction: @Sendable ([Article]) -> [Extraction] {
        let extractor = self.extractor, jobs = self.jobs
        return { articles in IngestPipeline.extract(articles, extractor: extractor, jobs: jobs) }
    }

    static func extract(_ articles: [Article], extractor: Extractor, jobs: Int) -> [Extraction] {
        if jobs == 1 || articles.count == 1 { return articles.map(extractor.extract) }
        let results = ResultSlots(count: articles.count)
        let chunks = min(jobs, articles.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < articles.count {
                results.set(i, extractor.extract(articles[i]))
                i += chunks
            }
        }
        return results.values()
    }
}

/// A batch being extracted on other threads while the caller writes the previous one.
private final class PendingExtraction: @unchecked Sendable {
    let articles: [Article]
    private let group = DispatchGroup()
    private var results: [Extraction] = []

    init(_ articles: [Article], pipeline: IngestPipeline) {
        self.articles = articles
        let extract = pipeline.extractFunction
        group.enter()
        DispatchQueue.global().async {
            self.results = extract(articles)
            self.group.leave()
        }
    }

    func wait() -> [Extraction] {
        group.wait()
        return results
    }
}

/// Slots filled from several threads, each slot by exactly one of them.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Extraction?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Extraction) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [Extraction] { slots.map { $0 ?? Extraction() } }
}
