import Testing
import Foundation
@testable import AnnalsKit

@Suite struct MigrationTests {
    @Test func freshDatabaseIsMigrated() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let db = store.database
            let latest = Migrator().latestVersion
            #expect(latest >= 1)
            #expect(try db.scalar(Int.self, "PRAGMA user_version") == latest)
            #expect(try db.scalar(Int64.self, "PRAGMA application_id") == Int64(Migrator.applicationID))
            #expect(try db.query("SELECT version FROM annals_migration ORDER BY version").map { $0[0, as: Int.self] }
                    == Migration.embedded.map(\.version))
            #expect(try db.scalar(String.self, "PRAGMA journal_mode") == "wal")
            #expect(try db.scalar(Int.self, "SELECT count(*) FROM sqlite_master WHERE name = 'event'") == 1)
        }
    }

    @Test func reopeningIsIdempotent() throws {
        try withTemporaryDatabasePath { path in
            _ = try Store(path: path)
            let store = try Store(path: path)
            #expect(try Migrator().migrate(store.database) == [])
            #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM annals_migration") == Migration.embedded.count)
            _ = try Store(path: path, readOnly: true)
        }
    }

    @Test func appliesOnlyMissingMigrationsInOrder() throws {
        try withTemporaryDatabasePath { path in
            let one = Migration(version: 1, name: "one", sql: "CREATE TABLE a(x INTEGER);")
            let two = Migration(version: 2, name: "two", sql: "CREATE TABLE b(y INTEGER); INSERT INTO a VALUES (1);")
            let db = try Database(path: path)
            #expect(try Migrator(migrations: [one]).migrate(db) == [1])
            #expect(try Migrator(migrations: [two, one]).migrate(db) == [2])
            #expect(try db.scalar(Int.self, "PRAGMA user_version") == 2)
            #expect(try db.scalar(Int.self, "SELECT count(*) FROM a") == 1)
        }
    }

    @Test func failingMigrationLeavesPreviousVersion() throws {
        try withTemporaryDatabasePath { path in
            let one = Migration(version: 1, name: "one", sql: "CREATE TABLE a(x INTEGER);")
            let bad = Migration(version: 2, name: "bad", sql: "CREATE TABLE b(y INTEGER); CREATE TABLE a(z);")
            let db = try Database(path: path)
            #expect(throws: DatabaseError.self) { try Migrator(migrations: [one, bad]).migrate(db) }
            #expect(try db.scalar(Int.self, "PRAGMA user_version") == 1)
            #expect(try db.scalar(Int.self, "SELECT count(*) FROM sqlite_master WHERE name = 'b'") == 0)
        }
    }

    @Test func newerDatabaseIsRefused() throws {
        try withTemporaryDatabasePath { path in
            let known = Migrator().latestVersion
            do {
                let store = try Store(path: path)
                try store.database.execute("PRAGMA user_version = \(known + 1)")
            }
            let error = try #require(throws: MigrationError.self) { try Store(path: path) }
            #expect(error == .newerSchema(found: known + 1, known: known))
            #expect(error.description.contains("newer Annals (schema \(known + 1), this build knows \(known))"))
            #expect(throws: MigrationError.self) { try Store(path: path, readOnly: true) }
        }
    }

    @Test func foreignDatabaseIsRefusedAndUnchanged() throws {
        try withTemporaryDatabasePath { path in
            do {
                let db = try Database(path: path, enableWAL: false)
                try db.execute("CREATE TABLE notes(body TEXT)")
                try db.execute("INSERT INTO notes VALUES ('keep me')")
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let error = try #require(throws: MigrationError.self) { try Store(path: path) }
            guard case .notAnAnnalsDatabase = error else {
                Issue.record("expected notAnAnnalsDatabase, got \(error)")
                return
            }
            #expect(error.description.contains("not an Annals database"))
            let after = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(before == after)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    @Test func nonSQLiteFileIsRefusedAndUnchanged() throws {
        try withTemporaryDatabasePath { path in
            let text = String(repeating: "These are my notes, not a database.\n", count: 200)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let error = try #require(throws: MigrationError.self) { try Store(path: path) }
            #expect(error.description.contains("not a SQLite file"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        }
    }

    @Test func foreignApplicationIDIsRefused() throws {
        try withTemporaryDatabasePath { path in
            do {
                let db = try Database(path: path, enableWAL: false)
                try db.execute("PRAGMA application_id = 1234")
            }
            let error = try #require(throws: MigrationError.self) { try Store(path: path) }
            #expect(error.description.contains("application_id is 1234"))
        }
    }

    @Test func readOnlyOfEmptyDatabaseAsksForIngest() throws {
        try withTemporaryDatabasePath { path in
            _ = try Database(path: path, enableWAL: false)
            let error = try #require(throws: MigrationError.self) { try Store(path: path, readOnly: true) }
            #expect(error == .needsMigration(path: path, found: 0, latest: Migrator().latestVersion))
        }
    }

    /// The schema file describes exactly what migrating from zero produces.
    @Test func schemaFileMatchesMigratedDatabase() throws {
        let schema = try readPackageFile("Schema/schema.sql")
        try withTemporaryDatabasePath { migratedPath in
            try withTemporaryDatabasePath { schemaPath in
                let migrated = try Store(path: migratedPath).database
                let fromSchema = try Database(path: schemaPath)
                try fromSchema.executeScript(schema)
                let a = try MigrationTests.objects(migrated), b = try MigrationTests.objects(fromSchema)
                #expect(a.count > 10)
                let byName = Dictionary(b.map { ($0[0] + " " + $0[1], $0) }, uniquingKeysWith: { x, _ in x })
                let names = Set(a.map { $0[0] + " " + $0[1] })
                for x in a where byName[x[0] + " " + x[1]] != x {
                    Issue.record("Schema/schema.sql differs from the migrations for \(x[0]) \(x[1]):\nmigrated:   \(x[3])\nschema.sql: \(byName[x[0] + " " + x[1]]?[3] ?? "(missing)")")
                }
                for name in byName.keys where !names.contains(name) {
                    Issue.record("Schema/schema.sql has \(name), which the migrations do not create")
                }
            }
        }
    }

    /// The SQL embedded in the binary is the SQL on disk.
    @Test func embeddedMigrationsAreFresh() throws {
        let onDisk = try packageFiles(in: "Migrations", ext: "sql")
        #expect(!onDisk.isEmpty)
        MigrationTests.expectFresh(EmbeddedMigrations.files, onDisk, generated: "EmbeddedMigrations.swift")
        #expect(Migration.embedded.count == onDisk.count, "every migration file must be named NNNN_name.sql")
        #expect(Set(Migration.embedded.map(\.version)).count == Migration.embedded.count)
    }

    @Test func embeddedLexiconIsFresh() throws {
        let onDisk = try packageFiles(in: "Sources/AnnalsKit/Lexicon", ext: "tsv")
        MigrationTests.expectFresh(EmbeddedLexicon.files, onDisk, generated: "EmbeddedLexicon.swift")
    }

    @Test func embeddedExamplesAreFresh() throws {
        let onDisk = try packageFiles(in: "Sources/AnnalsKit/Examples", ext: "txt")
        #expect(!onDisk.isEmpty)
        MigrationTests.expectFresh(EmbeddedExamples.files, onDisk, generated: "EmbeddedExamples.swift")
    }

    static func expectFresh(_ embedded: [String: String], _ onDisk: [String: String], generated: String) {
        let stale = Set(embedded.keys).union(onDisk.keys).filter { embedded[$0] != onDisk[$0] }.sorted()
        #expect(stale.isEmpty, "Generated/\(generated) is stale for \(stale.joined(separator: ", ")): run swift run annals-embed")
    }

    static func objects(_ db: Database) throws -> [[String]] {
        try db.query("""
            SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master
            WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name
            """).map { row in
            [row[0, as: String.self] ?? "", row[1, as: String.self] ?? "", row[2, as: String.self] ?? "",
             normalizeSQL(row[3, as: String.self] ?? "")]
        }
    }

    /// Drops `--` comments (outside quotes) and collapses whitespace.
    static func normalizeSQL(_ sql: String) -> String {
        var out = ""
        var quote: Character? = nil
        var inComment = false
        var previous: Character? = nil
        for c in sql {
            if inComment {
                if c == "\n" { inComment = false; out.append(" "); previous = nil }
                continue
            }
            if let q = quote {
                out.append(c)
                if c == q { quote = nil }
            } else if c == "-" && previous == "-" {
                out.removeLast()
                inComment = true
            } else {
                if c == "'" || c == "\"" { quote = c }
                out.append(c)
            }
            previous = c
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: " )", with: ")")
    }
}
