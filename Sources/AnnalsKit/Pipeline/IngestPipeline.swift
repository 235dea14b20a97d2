import Dispatch
import Foundation

/// Reads, extracts and stores articles: the whole ingest, streaming.
///
/// Articles are read in order and collected into batches; each batch is extracted on all
/// cores (extraction is a pure function), then written by the one writer in a single
/// transaction, one savepoint per article, so a bad article never undoes the others.
/// With `jobs > 1` the calling thread only writes: another thread reads (decoding, JSON,
/// page cleaning, publication dates) and extracts while the writer writes, so the writer,
/// the stage that does not parallelise, does nothing else. A batch is extracted and handed
/// over in chunks of `chunkSize` articles, and the writer writes each chunk as it comes,
/// inside the batch's one transaction: it starts after the first chunk, not the first
/// batch, and the last batch is extracted while it is written, so neither thread waits
/// for a whole batch at the start or the end. About three batches are in memory at most
/// (one being written, `chunksWaiting` chunks, one being read). With `jobs == 1`
/// everything runs on the calling thread, one batch at a time.
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
    /// With `jobs > 1`: articles extracted and handed to the writer at a time.
    public var chunkSize = 32
    /// With `jobs > 1`: extracted chunks that may wait for the writer (a batch's worth).
    public var chunksWaiting = 8
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
            try write(batch, then: { nil })
        }
        // A batch whose first chunk is `batch`; `next` hands over the following ones.
        func write(_ batch: ReadBatch, then next: @escaping () -> ReadBatch?) throws {
            for event in batch.events { report(event) }
            summary.skipped += batch.skipped
            summary.warnings += batch.warnings
            summary.bytes += batch.bytes
            guard !batch.articles.isEmpty else { return }
            let chunks = BatchChunks(first: batch, next: next)
            let results = try store.write(streaming: chunks)
            for (article, result) in zip(chunks.articles, results) {
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
        if jobs == 1 {
            try read(paths: paths) { batch in
                var batch = batch
                batch.prepared = prepare(batch.articles)
                try write(batch)
                return true
            }
        } else {
            // Reading and extraction on another thread, writing here, a chunk at a time.
            let channel = BatchChannel<ReadBatch>(capacity: chunksWaiting)
            let done = DispatchGroup()
            let failure = ErrorBox()
            let prepare = prepareFunction
            let read = readFunction
            let chunkSize = max(1, self.chunkSize)
            done.enter()
            Thread {
                defer { done.leave() }
                do {
                    try read(paths) { batch in
                        for var chunk in batch.chunks(of: chunkSize) {
                            chunk.prepared = prepare(chunk.articles)
                            guard channel.put(chunk) else { return false }
                        }
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
            while let batch = channel.take() { try write(batch, then: channel.take) }
            if let error = failure.error { throw error }
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
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
        if jobs == 1 || articles.count == 1 { return articles.map(prepared) }
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
    /// The last chunk of its batch (see `chunks(of:)`); a whole batch is its own last chunk.
    var endsBatch = true
}

extension ReadBatch {
    /// The batch as chunks of at most `size` articles, in order, to hand over one by one: the
    /// first carries what reading reported, the last `endsBatch`. A batch without articles
    /// is one chunk.
    func chunks(of size: Int) -> [ReadBatch] {
        guard articles.count > size else { return [self] }
        var chunks: [ReadBatch] = []
        var start = 0
        while start < articles.count {
            let end = min(start + size, articles.count)
            var chunk = start == 0 ? self : ReadBatch()
            chunk.articles = Array(articles[start..<end])
            chunk.prepared = []
            chunk.endsBatch = end == articles.count
            chunks.append(chunk)
            start = end
        }
        return chunks
    }
}

/// The prepared articles of one batch, chunk after chunk, as the writer reads them: the first
/// chunk, then those `next` hands over, up to the one that ends the batch. Keeps the articles
/// handed over, in order, for reporting.
final class BatchChunks: Sequence, IteratorProtocol {
    private var current: ReadBatch?
    private var position = 0
    private let following: () -> ReadBatch?
    private(set) var articles: [Article] = []

    init(first: ReadBatch, next: @escaping () -> ReadBatch?) {
        self.current = first
        self.following = next
    }

    func next() -> PreparedArticle? {
        while let chunk = current {
            if position < chunk.prepared.count {
                defer { position += 1 }
                articles.append(chunk.articles[position])
                return chunk.prepared[position]
            }
            current = chunk.endsBatch ? nil : following()
            position = 0
        }
        return nil
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
