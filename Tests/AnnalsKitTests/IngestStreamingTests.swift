import Foundation
import Testing
@testable import AnnalsKit

/// With `jobs > 1` the writer takes each article of a batch as soon as it is extracted,
/// inside the batch's one transaction: the knowledge base is the one a whole batch at a
/// time gives.
@Suite struct IngestStreamingTests {
    @Test func streamedBatchesGiveTheSameKnowledgeBase() throws {
        let paths = try KnowledgeBaseTests.fixturePaths()
        func ingest(jobs: Int, batchSize: Int) throws -> (snapshot: [String], ids: [String]) {
            try withTemporaryDatabasePath { path in
                let store = try Store(path: path)
                let summary = try IngestPipeline(store: store, jobs: jobs, batchSize: batchSize).run(paths: paths)
                #expect(summary.ingested == paths.count)
                let ids = try store.database.query("SELECT id, path FROM article ORDER BY id").map { row in
                    "\(row[0, as: Int64.self] ?? -1) \(((row[1, as: String.self] ?? "") as NSString).lastPathComponent)"
                }
                return (try KnowledgeBaseTests.snapshot(store), ids)
            }
        }
        let whole = try ingest(jobs: 1, batchSize: 64)
        #expect(whole.snapshot.count > 20)
        for batchSize in [1, 2, 5, 64] {
            let streamed = try ingest(jobs: 2, batchSize: batchSize)
            #expect(streamed.ids == whole.ids, "batches of \(batchSize)")
            #expect(streamed.snapshot == whole.snapshot, "batches of \(batchSize): \(Set(streamed.snapshot).symmetricDifference(whole.snapshot).sorted())")
        }
    }

    @Test func pendingExtractionsAreTakenInOrder() throws {
        let corpus = SyntheticCorpus(seed: 7)
        let articles = (0..<9).map(corpus.article)
        let extractor = Extractor()
        let pending = PendingExtractions(count: articles.count)
        let done = DispatchGroup()
        done.enter()
        Thread {
            pending.fill(articles, extractor: extractor, jobs: 3)
            done.leave()
        }.start()
        let taken = articles.indices.map { pending.take($0) }
        done.wait()
        #expect(taken.map(\.article.text) == articles.map(\.text))
        #expect(taken.map(\.extraction.events.count) == articles.map { extractor.extract($0).events.count })
    }
}
