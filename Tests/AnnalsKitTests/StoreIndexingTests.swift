import Testing
@testable import AnnalsKit

/// The writer indexes each transaction's articles for full-text search at its end
/// (migration 0013); everyone else's inserts are indexed by the trigger, as before.
@Suite struct StoreIndexingTests {
    func matches(_ store: Store, _ query: String) throws -> [String] {
        try store.database.query("""
            SELECT a.title FROM article_fts JOIN article a ON a.id = article_fts.rowid
            WHERE article_fts MATCH ? ORDER BY a.id
            """, query).compactMap { $0[0, as: String.self] }
    }

    /// A batch with a failing article (written again with a savepoint per article): the
    /// index holds the articles that went in, and only those, and passes FTS5's own check.
    @Test func batchIndexesTheArticlesThatWentIn() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            try store.database.execute("""
                CREATE TEMP TRIGGER refuse_bad BEFORE INSERT ON main.event_mention
                WHEN (SELECT title FROM main.article WHERE id = new.article_id) = 'bad'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
            let items = [StoreFixtures.vetoArticle(day: CalendarDay(2012, 2, 4), title: "Veto one"),
                         StoreFixtures.vetoArticle(day: CalendarDay(2012, 7, 19), title: "bad"),
                         StoreFixtures.vetoArticle(day: CalendarDay(2011, 10, 4), title: "Veto three"),
                         StoreFixtures.faresArticle()]
            let results = try store.write(items.map { (article: $0.0, extraction: $0.1) })
            #expect(results.map { (try? $0.get()) != nil } == [true, false, true, true])
            #expect(try matches(store, "vetoed") == ["Veto one", "Veto three"])
            #expect(try matches(store, "defected") == ["Envoy quits"])
            #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM article_fts_deferred") == 0)
            try store.database.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")

            // A second batch, and one article written alone, index theirs.
            _ = try store.write([StoreFixtures.vetoArticle(day: CalendarDay(2013, 1, 1), title: "Veto four")]
                .map { (article: $0.0, extraction: $0.1) })
            let (article, extraction) = StoreFixtures.faresArticle(title: "Envoy quits again")
            _ = try store.write(article: article, extraction: extraction)
            #expect(try matches(store, "vetoed") == ["Veto one", "Veto three", "Veto four"])
            #expect(try matches(store, "defected") == ["Envoy quits", "Envoy quits again"])
            try store.database.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
        }
    }

    /// An article inserted by SQL, outside the writer, is indexed by the trigger.
    @Test func otherInsertsAreIndexedByTheTrigger() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            try store.database.execute("""
                INSERT INTO article(content_hash, title, ingested_at, body)
                VALUES ('x', 'By hand', '2012-07-12T00:00:00Z', 'The envoy defected in July.')
                """)
            #expect(try matches(store, "envoy") == ["By hand"])
            try store.database.execute("DELETE FROM article WHERE content_hash = 'x'")
            #expect(try matches(store, "envoy") == [])
            try store.database.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
        }
    }
}
