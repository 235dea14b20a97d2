import Dispatch
import Foundation

/// Reads, extracts and stores articles: the whole ingest, streaming.
///
/// Articles are read in order and collected into batches; each batch is extracted on all
/// cores (extraction is a pure function), then written by the one writer in a single
/// transaction, one savepoint per article, so a bad article never undoes the others.
/// With `jobs > 1` the calling thread only writes: another thread reads (decoding, JSON,
/// page cleaning, publication dates) and extracts while the writer writes, so the writer,
/// the stage that does not parallelise, does nothing else. A batch is handed to the writer
/// as soon as it is read, and the writer writes each article as soon as it is extracted
/// (`PendingExtractions`), in order, inside the batch's one transaction: it starts after
/// the first article, not the first batch, and the last batch is extracted while it is
/// written, so neither side waits for a whole batch at the start or the end. At most three
/// batches are in memory (one being written, one waiting, one being read). With
/// `jobs == 1` everything runs on the calling thread, one batch at a time.
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
    /// Articles per batch (one transaction). 256 rather than 64: every commit writes each
    /// page the batch touched (index pages that many articles share, the tails of the
    /// tables), so bigger batches write fewer pages per article (writer CPU about a tenth
    /// less); a batch also ends at `batchBytes` of text, so big articles do not pile up.
    public var batchSize: Int
    /// A batch ends when its articles' text reaches this many bytes (8 MB).
    public var batchBytes: Int = 8 << 20
    public var overrides: ArticleOverrides
    public var options: ReadOptions

    public init(store: Store, extractor: Extractor = Extractor(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                batchSize: Int = 256, overrides: ArticleOverrides = ArticleOverrides(), options: ReadOptions = ReadOptions()) {
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
        func write(_ batch: ReadBatch) throws {
            for event in batch.events { report(event) }
            summary.skipped += batch.skipped
            summary.warnings += batch.warnings
            summary.bytes += batch.bytes
            guard !batch.articles.isEmpty else { return }
            let results = try store.write(streaming: PreparedInOrder(batch))
            for (article, result) in zip(batch.articles, results) {
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
        // Foreign-key enforcement off once for every batch, not on and off around each
        // (see `Store.withoutForeignKeyChecks`): nothing but the writer's batches uses the
        // connection meanwhile.
        try store.withoutForeignKeyChecks { try run(paths: paths, write: write) }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Reads, extracts and hands each batch to `write` (see `run(paths:report:)`).
    private func run(paths: [String], write: (ReadBatch) throws -> Void) throws {
        if jobs == 1 {
            try read(paths: paths) { batch in
                var batch = batch
                batch.prepared = prepare(batch.articles)
                try write(batch)
                return true
            }
        } else {
            // Reading and extraction on another thread, writing here, an article as it is ready.
            let channel = BatchChannel<ReadBatch>(capacity: 1)
            let done = DispatchGroup()
            let failure = ErrorBox()
            let read = readFunction
            let extractor = self.extractor, jobs = self.jobs
            done.enter()
            Thread {
                defer { done.leave() }
                do {
                    try read(paths) { batch in
                        var batch = batch
                        let pending = PendingExtractions(count: batch.articles.count)
                        batch.pending = pending
                        guard channel.put(batch) else { return false }
                        pending.fill(batch.articles, extractor: extractor, jobs: jobs)
                        return true
                    }
                } catch {
                    failure.error = error
                }
                channel.finish()
            }.start()
            defer {
                channel.close()
                done.wait()
            }
            while let batch = channel.take() { try write(batch) }
            if let error = failure.error { throw error }
        }
    }

    /// Reads `paths` into batches of up to `batchSize` articles (publication dates filled
    /// in) with what reading reported on the way, and hands each to `body`; stops when
    /// `body` returns false.
    func read(paths: [String], _ body: (ReadBatch) throws -> Bool) throws {
        try readFunction(paths, body)
    }

    /// `read` as a value that another thread may call.
    var readFunction: @Sendable ([String], (ReadBatch) throws -> Bool) throws -> Void {
        let overrides = self.overrides, options = self.options, batchSize = self.batchSize, batchBytes = self.batchBytes
        return { paths, body in
            var batch = ReadBatch()
            batch.articles.reserveCapacity(batchSize)
            do {
                try ArticleReader.read(paths: paths, overrides: overrides, options: options, onNote: { batch.events.append(.note($0)) }) { result in
                    switch result {
                    case .failure(let error):
                        batch.skipped.append(error)
                        batch.events.append(.skipped(error))
                    case .success(var article):
                        batch.bytes += article.text.utf8.count
                        for w in article.warnings {
                            batch.warnings += 1
                            batch.events.append(.warning(path: article.path, message: w))
                        }
                        IngestPipeline.datePublication(&article)
                        batch.articles.append(article)
                        if batch.articles.count >= batchSize || batch.bytes >= batchBytes {
                            let full = batch
                            batch = ReadBatch()
                            batch.articles.reserveCapacity(batchSize)
                            guard try body(full) else { throw ReadingStopped() }
                        }
                    }
                }
            } catch is ReadingStopped {
                return
            }
            if !batch.articles.isEmpty || !batch.events.isEmpty { _ = try body(batch) }
        }
    }

    /// Fills in a missing publication date from the text (dateline, caption, weekday).
    public static func datePublication(_ article: inout Article) {
        guard article.published == nil, let inferred = PublicationDateInference.infer(title: article.title, text: article.text) else { return }
        article.published = inferred.day
        article.publishedBasis = inferred.basis
    }

    /// Extracts a batch and prepares it for the writer (`PreparedArticle`) on up to `jobs`
    /// threads, keeping the order.
    func prepare(_ articles: [Article]) -> [PreparedArticle] { prepareFunction(articles) }

    /// `prepare` as a value that other threads may call.
    var prepareFunction: @Sendable ([Article]) -> [PreparedArticle] {
        let extractor = self.extractor, jobs = self.jobs
        return { articles in IngestPipeline.prepare(articles, extractor: extractor, jobs: jobs) }
    }

    static func prepare(_ articles: [Article], extractor: Extractor, jobs: Int) -> [PreparedArticle] {
        @Sendable func prepared(_ article: Article) -> PreparedArticle {
            PreparedArticle(article: article, extraction: extractor.extract(article))
        }
        if jobs == 1 || articles.count == 1 {
            // Every extraction first, then what the writer derives from each: each stage's
            // code stays in cache through the batch.
            let extractions = articles.map(extractor.extract)
            return zip(articles, extractions).map { PreparedArticle(article: $0, extraction: $1) }
        }
        let results = ResultSlots<PreparedArticle>(count: articles.count)
        let chunks = min(jobs, articles.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < articles.count {
                results.set(i, prepared(articles[i]))
                i += chunks
            }
        }
        return results.values()
    }
}

/// Articles read in order, prepared for the writer once extracted, and what reading reported
/// on the way (skipped inputs, warnings, notes), to be reported before the batch is written.
struct ReadBatch: Sendable {
    var articles: [Article] = []
    /// The articles with their extractions (`PreparedArticle`), once made.
    var prepared: [PreparedArticle] = []
    var events: [IngestPipeline.Event] = []
    var skipped: [ReadError] = []
    var warnings = 0
    /// Bytes of article text read.
    var bytes = 0
    /// The articles' extractions as other threads make them, when not in `prepared`.
    var pending: PendingExtractions?
}

/// The prepared articles of a batch in order, as the writer reads them: from `prepared`, or
/// from `pending`, waiting for each to be extracted.
struct PreparedInOrder: Sequence, IteratorProtocol {
    private let batch: ReadBatch
    private var position = 0

    init(_ batch: ReadBatch) { self.batch = batch }

    mutating func next() -> PreparedArticle? {
        guard position < batch.articles.count else { return nil }
        defer { position += 1 }
        return batch.pending?.take(position) ?? batch.prepared[position]
    }
}

/// The extractions of one batch, made by `jobs` threads that claim articles in order (so the
/// first are ready first) and taken in order by the writer as each is ready: no thread waits
/// for the others' share, and the writer starts on the first article, not the whole batch.
///
/// ```swift
/// let pending = PendingExtractions(count: articles.count)
/// Thread { pending.fill(articles, extractor: Extractor(), jobs: 2) }.start()
/// for i in articles.indices { write(pending.take(i)) }
/// ```
final class PendingExtractions: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [PreparedArticle?]
    private var claimed = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Extracts `articles` (one per slot) on `jobs` threads, the calling one among them;
    /// returns when all are done.
    func fill(_ articles: [Article], extractor: Extractor, jobs: Int) {
        precondition(articles.count == slots.count)
        guard !articles.isEmpty else { return }
        DispatchQueue.concurrentPerform(iterations: min(max(1, jobs), articles.count)) { _ in
            while let i = claim() {
                let prepared = PreparedArticle(article: articles[i], extraction: extractor.extract(articles[i]))
                condition.lock()
                slots[i] = prepared
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// The next article no thread has claimed, if any.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard claimed < slots.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Article `i` prepared, waiting until it is (each slot is taken once).
    func take(_ i: Int) -> PreparedArticle {
        condition.lock()
        defer { condition.unlock() }
        while slots[i] == nil { condition.wait() }
        let prepared = slots[i]!
        slots[i] = nil
        return prepared
    }
}

/// Thrown through `ArticleReader.read` to stop it when the writer wants no more batches.
private struct ReadingStopped: Error {}

/// The error that ended the reading thread, for the writing thread to rethrow.
private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// Slots filled from several threads, each slot by exactly one of them.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    /// The values (every slot must have been set).
    func values() -> [Value] { slots.map { $0! } }
}
