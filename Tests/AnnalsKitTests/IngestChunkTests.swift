import Foundation
import Testing
@testable import AnnalsKit

/// With `jobs > 1` a batch reaches the writer in chunks, written as they come inside the
/// batch's one transaction: the knowledge base is the one a whole batch at a time gives.
@Suite struct IngestChunkTests {
    @Test func chunkedBatchesGiveTheSameKnowledgeBase() throws {
        let paths = try KnowledgeBaseTests.fixturePaths()
        func ingest(_ configure: (inout IngestPipeline) -> Void) throws -> (snapshot: [String], ids: [String]) {
            try withTemporaryDatabasePath { path in
                let store = try Store(path: path)
                var pipeline = IngestPipeline(store: store, jobs: 1, batchSize: 5)
                configure(&pipeline)
                let summary = try pipeline.run(paths: paths)
                #expect(summary.ingested == paths.count)
                let ids = try store.database.query("SELECT id, path FROM article ORDER BY id").map { row in
                    "\(row[0, as: Int64.self] ?? -1) \(((row[1, as: String.self] ?? "") as NSString).lastPathComponent)"
                }
                return (try KnowledgeBaseTests.snapshot(store), ids)
            }
        }
        let whole = try ingest { _ in }
        #expect(whole.snapshot.count > 20)
        for (chunkSize, waiting) in [(1, 1), (2, 1), (3, 8), (64, 8)] {
            let chunked = try ingest { $0.jobs = 2; $0.chunkSize = chunkSize; $0.chunksWaiting = waiting }
            #expect(chunked.ids == whole.ids, "chunks of \(chunkSize)")
            #expect(chunked.snapshot == whole.snapshot, "chunks of \(chunkSize): \(Set(chunked.snapshot).symmetricDifference(whole.snapshot).sorted())")
        }
    }

    @Test func aBatchSplitsIntoOrderedChunks() {
        var batch = ReadBatch()
        batch.articles = (0..<7).map { Article(title: "t\($0)", text: "text \($0)") }
        batch.bytes = 42
        batch.warnings = 1
        let chunks = batch.chunks(of: 3)
        #expect(chunks.map(\.articles.count) == [3, 3, 1])
        #expect(chunks.flatMap(\.articles).map(\.title) == batch.articles.map(\.title))
        #expect(chunks.map(\.endsBatch) == [false, false, true])
        #expect(chunks.map(\.bytes) == [42, 0, 0] && chunks.map(\.warnings) == [1, 0, 0])
        #expect(ReadBatch().chunks(of: 3).count == 1)
    }
}
