import Testing
import Foundation
import CSQLite
@testable import AnnalsKit

@Suite struct StoreDatabaseTests {
    /// Texts bound by prepared `SQL` statements are copied to the statement's arena and bound
    /// without a copy by SQLite: each binding must read back as given, whatever the sizes (a
    /// binding larger than the arena's chunk, many in a row), small strings held inline, a
    /// NUL (the text ends there), and a statement iterated while another is bound.
    @Test func textsBoundFromTheArenaReadBackAsGiven() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(i INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
            let insert = SQL("INSERT INTO t(i, a, b, c) VALUES (?, ?, ?, ?)")
            func texts(_ i: Int) -> [String?] {
                [String(repeating: "x\(i)", count: i * 37 % 3000),
                 i % 3 == 0 ? nil : "short \(i)",
                 i % 5 == 0 ? "before\u{0}after" : String(repeating: "é", count: i * 101 % 2500)]
            }
            for i in 0..<200 {
                let t = texts(i)
                try db.execute(insert, Int64(i), t[0], t[1], t[2])
            }
            let select = SQL("SELECT a, b, c FROM t WHERE i = ? AND a = ?")
            let count = SQL("SELECT count(*) FROM t WHERE a = ? OR c = ?")
            for i in 0..<200 {
                var t = texts(i)
                if i % 5 == 0 { t[2] = "before" }
                var rows = 0
                try db.forEach(select, [Int64(i), t[0]]) { row in
                    rows += 1
                    #expect(row.columnText(at: 0) == t[0])
                    #expect(row.columnText(at: 1) == t[1])
                    #expect(row.columnText(at: 2) == t[2])
                    // Another statement bound (and its arena used) while this one is iterated.
                    let found = try db.int64(count, "no such text", t[2] ?? "") ?? 0
                    #expect(found >= 1)
                }
                #expect(rows == 1)
            }
        }
    }

    @Test func bindsAndReadsEveryType() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n, flag INTEGER, day TEXT)")
            try db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)",
                           Int64.max, 2.5, "Père Noël \u{1F600}", [UInt8]([0, 1, 255]), Optional<Int>.none, true,
                           CalendarDay(2012, 7, 12))
            let row = try #require(try db.query("SELECT * FROM t").first)
            #expect(row["i", as: Int64.self] == Int64.max)
            #expect(row["r", as: Double.self] == 2.5)
            #expect(row["s", as: String.self] == "Père Noël \u{1F600}")
            #expect(row["b", as: [UInt8].self] == [0, 1, 255])
            #expect(row["n"] == .null)
            #expect(row["n", as: Int.self] == nil)
            #expect(row["flag", as: Bool.self] == true)
            #expect(row["day", as: CalendarDay.self] == CalendarDay(2012, 7, 12))
            #expect(row[0] == .integer(Int64.max))
            #expect(row["S"] == row[2])  // names are case-insensitive
            #expect(row["missing"] == .null)
            #expect(row.columns == ["i", "r", "s", "b", "n", "flag", "day"])
            // Optional conversion: NULL reads as .some(nil).
            #expect(Int?.fromDatabaseValue(.null) == .some(nil))
            #expect(Int?.fromDatabaseValue(.text("x")) == nil)
        }
    }

    @Test func bindsNamedParameters() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(a TEXT, b INTEGER)")
            try db.execute("INSERT INTO t VALUES (:a, :b)", arguments: [":a": "x", "b": 3])
            let rows = try db.query("SELECT a, b FROM t WHERE b = :b", arguments: [":b": 3])
            #expect(rows.map { $0["a", as: String.self] } == ["x"])
            let statement = try db.makeStatement("SELECT :who")
            try statement.bind("Fares", named: ":who")
            #expect(try statement.step())
            #expect(statement.string(at: 0) == "Fares")
            #expect(throws: DatabaseError.self) { try statement.bind(1, named: ":nobody") }
        }
    }

    @Test func wrongArgumentCountIsAnError() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            #expect(throws: DatabaseError.self) { try db.query("SELECT ?, ?", 1) }
        }
    }

    @Test func reusesCachedStatements() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(x INTEGER)")
            let before = db.cachedStatementCount
            for i in 0..<50 { try db.execute("INSERT INTO t VALUES (?)", i) }
            #expect(db.cachedStatementCount == before + 1)
            let a = try db.cachedStatement("SELECT count(*) FROM t")
            let b = try db.cachedStatement("SELECT count(*) FROM t")
            #expect(a === b)
            #expect(try db.scalar(Int.self, "SELECT count(*) FROM t") == 50)
            // A query of the same SQL inside forEach gets its own statement.
            var inner: [Int] = []
            try db.forEach("SELECT x FROM t WHERE x < 2 ORDER BY x") { row in
                inner.append(try db.query("SELECT x FROM t WHERE x < 2 ORDER BY x").count)
            }
            #expect(inner == [2, 2])
        }
    }

    @Test func constraintViolationCarriesCodes() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(k TEXT UNIQUE)")
            try db.execute("INSERT INTO t VALUES ('a')")
            let error = try #require(throws: DatabaseError.self) { try db.execute("INSERT INTO t VALUES ('a')") }
            #expect(error.primaryCode == SQLITE_CONSTRAINT)
            #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
            #expect(error.isConstraintViolation)
            #expect(error.sql == "INSERT INTO t VALUES ('a')")
            #expect(error.description.contains("UNIQUE constraint failed"))
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE p(id INTEGER PRIMARY KEY)")
            try db.execute("CREATE TABLE c(p INTEGER REFERENCES p(id))")
            let error = try #require(throws: DatabaseError.self) { try db.execute("INSERT INTO c VALUES (9)") }
            #expect(error.extendedCode == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
            #expect(try db.scalar(String.self, "PRAGMA journal_mode") == "wal")
        }
    }

    @Test func transactionRollsBackOnThrow() throws {
        struct Boom: Error {}
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(x INTEGER)")
            // (Not #expect(throws:) here: around a closure of type () throws -> Never, Swift 6.3
            // let a Boom escape from the next, unrelated transaction call.)
            do {
                try db.transaction {
                    try db.execute("INSERT INTO t VALUES (1)")
                    throw Boom()
                }
                Issue.record("expected Boom")
            } catch is Boom {
            }
            #expect(db.isAutocommit)
            #expect(try db.scalar(Int.self, "SELECT count(*) FROM t") == 0)
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)")
                // A nested transaction is a savepoint: its failure undoes only itself.
                try? db.transaction {
                    try db.execute("INSERT INTO t VALUES (2)")
                    throw Boom()
                }
            }
            #expect(try db.query("SELECT x FROM t").map { $0[0] } == [.integer(1)])
        }
    }

    @Test func readOnlyConnectionRefusesWrites() throws {
        try withTemporaryDatabasePath { path in
            do {
                let db = try Database(path: path)
                try db.execute("CREATE TABLE t(x INTEGER)")
            }
            let db = try Database(path: path, mode: .readOnly)
            let error = try #require(throws: DatabaseError.self) { try db.execute("INSERT INTO t VALUES (1)") }
            #expect(error.primaryCode == SQLITE_READONLY)
        }
    }

    @Test func missingFileReadOnlyFailsClearly() throws {
        try withTemporaryDatabasePath { path in
            let error = try #require(throws: DatabaseError.self) { try Database(path: path, mode: .readOnly) }
            #expect(error.primaryCode == SQLITE_CANTOPEN)
            #expect(error.description.contains(path))
        }
    }

    @Test func userSQLReportsWrites() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(x INTEGER, y TEXT)")
            try db.execute("INSERT INTO t VALUES (1, 'a'), (2, NULL)")
            let result = try QueryResult.run("SELECT x, y FROM t ORDER BY x", in: db)
            #expect(result.columns == ["x", "y"])
            #expect(result.rows == [[.integer(1), .text("a")], [.integer(2), .null]])
            #expect(throws: SQLError.writeRefused(sql: "DELETE FROM t")) {
                try QueryResult.run("SELECT 1; DELETE FROM t;", in: db)
            }
            #expect(try db.scalar(Int.self, "SELECT count(*) FROM t") == 2)
            let after = try QueryResult.run("DELETE FROM t WHERE x = :x; SELECT count(*) AS n FROM t",
                                            arguments: [":x": 1], in: db, allowWrites: true)
            #expect(after.rows == [[.integer(1)]])
            #expect(throws: SQLError.empty) { try QueryResult.run("  -- nothing\n", in: db) }
            #expect(throws: DatabaseError.self) { try QueryResult.run("SELEC 1", in: db) }
        }
    }
}

/// The write-ahead log checkpointed on a thread of its own (`WALCheckpointer`).
@Suite struct WALCheckpointerTests {
    /// Small thresholds so that a few hundred small articles checkpoint many times, in the
    /// background and (when it falls behind) in the writer: the log stays bounded, and the
    /// knowledge base is whole and the same as one written with SQLite's own checkpoints.
    @Test func backgroundCheckpointsKeepTheLogBoundedAndTheBaseWhole() throws {
        func dump(_ store: Store) throws -> [String] {
            try ["article", "actor", "event", "event_mention", "event_participant", "actor_link"].flatMap { table in
                try store.database.query("SELECT * FROM \(table)").map { row in
                    table + ": " + (0..<row.count).map { i in table == "article" && i == 8 ? "" : row[i].description }.joined(separator: "|")
                }
            }.sorted()  // (rows, not the order of rowids a Set's order gave)
        }
        try withTemporaryDatabasePath { path in
            try withTemporaryDatabasePath { referencePath in
                let store = try Store(path: path)
                #expect(try store.database.checkpointInBackground(threshold: 32, limit: 256))
                let reference = try Store(path: referencePath)
                var largestLog: UInt64 = 0
                for start in stride(from: 0, to: 600, by: 20) {
                    let batch = (start..<(start + 20)).map(KnowledgeBaseBenchmark.article)
                    _ = try store.write(batch)
                    _ = try reference.write(batch)
                    let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? UInt64) ?? 0
                    largestLog = max(largestLog, size)
                }
                // 256 frames of 4 KB, and what one batch adds past them.
                #expect(largestLog < 4 * 1024 * 1024)
                #expect((store.database.walCheckpointer?.backgroundCheckpoints ?? 0) > 0)
                #expect(try store.database.scalar(String.self, "PRAGMA integrity_check") == "ok")
                let (a, b) = (try dump(store), try dump(reference))
                #expect(a.count == b.count)
                if let i = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) { Issue.record("differs at \(i): \(a[i]) vs \(b[i])") }
            }
        }
    }

    @Test func closingStopsTheThreadAndKeepsEverything() throws {
        try withTemporaryDatabasePath { path in
            do {
                let store = try Store(path: path)
                #expect(try store.database.checkpointInBackground(threshold: 16, limit: 64))
                for start in stride(from: 0, to: 200, by: 20) {
                    _ = try store.write((start..<(start + 20)).map(KnowledgeBaseBenchmark.article))
                }
            }
            let reopened = try Store(path: path)
            #expect(try reopened.database.scalar(Int.self, "SELECT count(*) FROM article") == 200)
            #expect(try reopened.database.scalar(String.self, "PRAGMA integrity_check") == "ok")
        }
    }
}
