import Foundation
import Testing
@testable import AnnalsKit

/// The writer writes its batches with foreign-key enforcement off (`withoutForeignKeyChecks`)
/// and does the cascades of its own deletes itself; these check that they delete what the
/// enforced foreign keys' actions delete, and that multi-row inserts fail as single rows did.
@Suite struct StoreWriterCascadeTests {
    /// Every table's rows as text, sorted.
    static func tables(_ db: Database) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        let names = try db.query("""
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'article_fts%' AND name NOT LIKE 'sqlite_%'
            """).compactMap { $0[0, as: String.self] }
        for table in names where table != "annals_migration" && table != "saved_query" {
            out[table] = try db.query("SELECT * FROM \(table)").map { row in
                row.columns.map { row[$0, as: String.self] ?? "NULL" }.joined(separator: "|")
            }.sorted()
        }
        return out
    }

    /// A knowledge base of the example articles, written to `path` by the ingest pipeline.
    static func examples(at path: String) throws {
        let store = try Store(path: path)
        try store.write(ExampleArticles.articles().map { ($0, Extractor().extract($0)) }).forEach { _ = try $0.get() }
    }

    static func copy(_ path: String, to other: String) throws {
        let db = try Database(path: path)
        try db.execute("VACUUM INTO ?", other)
    }

    /// Two fresh copies of the database at `path`: one for the writer's own delete, one for the
    /// enforced cascade.
    static func withTwoCopies(of path: String, _ body: (_ byHand: String, _ cascaded: String) throws -> Void) throws {
        try withTemporaryDatabasePath { byHand in
            try withTemporaryDatabasePath { cascaded in
                try copy(path, to: byHand)
                try copy(path, to: cascaded)
                try body(byHand, cascaded)
            }
        }
    }

    /// `deleteActor` with enforcement off leaves the tables as `DELETE FROM actor` with it on:
    /// for the actors named in the most rows of each kind that points at actors.
    @Test func deletingAnActorIsWhatTheCascadesDo() throws {
        try withTemporaryDatabasePath { path in
            try Self.examples(at: path)
            let db = try Database(path: path)
            var actors: [Int64] = []
            for (table, column) in [("mention", "actor_id"), ("role", "of_actor_id"), ("relation", "object_id"),
                                    ("event_participant", "actor_id"), ("actor_link", "actor_id")] {
                if let id = try db.scalar(Int64.self, "SELECT \(column) FROM \(table) WHERE \(column) IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1") {
                    actors.append(id)
                }
            }
            #expect(actors.count == 5)
            let actorRows = try Self.tables(db)["actor"]?.count ?? 0
            for id in actors {
                try Self.withTwoCopies(of: path) { byHand, cascaded in
                    let store = try Store(path: byHand)
                    try store.withoutForeignKeyChecks {
                        try store.database.transaction { try store.deleteActor(id) }
                    }
                    let other = try Database(path: cascaded)
                    try other.execute("DELETE FROM actor WHERE id = ?", id)
                    let a = try Self.tables(store.database), b = try Self.tables(other)
                    #expect(a == b, "actor \(id)")
                    #expect(a["actor"]?.count == actorRows - 1)
                    #expect(try store.database.query("PRAGMA foreign_key_check").isEmpty)
                }
            }
        }
    }

    /// `deleteEventIfWithoutMentions` with enforcement off, after an event's mentions went, leaves
    /// the tables as the enforced cascade does; an event that still has a mention stays.
    @Test func deletingAnEventIsWhatTheCascadesDo() throws {
        try withTemporaryDatabasePath { path in
            try Self.examples(at: path)
            let db = try Database(path: path)
            guard let id = try db.scalar(Int64.self, """
                SELECT event_id FROM event_participant GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1
                """) else { Issue.record("no event"); return }
            try Self.withTwoCopies(of: path) { byHand, cascaded in
                let store = try Store(path: byHand)
                try store.withoutForeignKeyChecks {
                    try store.database.transaction {
                        try store.deleteEventIfWithoutMentions(id)  // (it has mentions: stays)
                        #expect(try store.database.scalar(Int64.self, "SELECT id FROM event WHERE id = ?", id) == id)
                        try store.database.execute("DELETE FROM event_mention_participant WHERE mention_id IN (SELECT id FROM event_mention WHERE event_id = ?)", id)
                        try store.database.execute("DELETE FROM event_mention WHERE event_id = ?", id)
                        try store.database.execute("INSERT OR IGNORE INTO event_participant_stale(event_id) VALUES (?)", id)
                        try store.deleteEventIfWithoutMentions(id)
                    }
                }
                let other = try Database(path: cascaded)
                try other.execute("DELETE FROM event_mention WHERE event_id = ?", id)
                try other.execute("INSERT OR IGNORE INTO event_participant_stale(event_id) VALUES (?)", id)
                try other.execute("DELETE FROM event WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = event.id)", id)
                #expect(try Self.tables(store.database) == Self.tables(other))
                #expect(try store.database.scalar(Int64.self, "SELECT id FROM event WHERE id = ?", id) == nil)
                #expect(try store.database.query("PRAGMA foreign_key_check").isEmpty)
            }
        }
    }

    /// Rows inserted many a statement get consecutive rowids in order, the last returned; a
    /// row that breaks a constraint makes the insert throw (as a single-row INSERT did).
    @Test func multiRowInsertsKeepOrderAndFailLikeOneRow() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER NOT NULL, s TEXT NOT NULL, UNIQUE (n))")
            try db.execute("INSERT INTO t(n, s) VALUES (-1, 'first')")
            let insert = MultiRowInsert("INSERT OR IGNORE INTO t(n, s)", columns: 2)
            let texts = (0..<37).map { i in i % 4 == 0 ? "row \(i) \u{E9}" : String(repeating: "x", count: i * 50) }
            let last = try insert.insert(texts.count, in: db) { s, i, p in s.bind(i, p); s.bind(texts[i], p + 1) }
            #expect(last == 38)
            #expect(try db.query("SELECT id, n, s FROM t WHERE n >= 0 ORDER BY id").map {
                "\($0[0, as: Int64.self]!) \($0[1, as: Int64.self]!) \($0[2, as: String.self]!)"
            } == texts.indices.map { "\($0 + 2) \($0) \(texts[$0])" })
            #expect(try insert.insert(0, in: db) { _, _, _ in } == nil)
            #expect(throws: DatabaseError.self) {
                try insert.insert(3, in: db) { s, i, p in s.bind(100 + i, p); s.bind((i == 1 ? nil : "ok") as String?, p + 1) }
            }
            #expect(throws: DatabaseError.self) {
                try insert.insert(2, in: db) { s, i, p in s.bind(5, p); s.bind("duplicate", p + 1) }
            }
        }
    }
}
