import Testing
import Foundation
import AnnalsKit

/// Issue 7, item 4: unusable places and foreign or newer databases: a clear message, a
/// non-zero exit, no crash, nothing changed.
@Suite("Robustness: files and versions (binary)", .enabled(if: CLIWorkspace.binaryExists))
struct RobustnessFilesTests {
    static let article = "The envoy of Veloria resigned on Tuesday.\n"

    @Test func missingFolderForTheDatabase() throws {
        let w = CLIWorkspace()
        w.write("a.txt", Self.article)
        let out = try w.run(["ingest", "a.txt", "--db", "no/such/folder/kb.sqlite"])
        #expect(out.reason == .exit)
        #expect(out.status != 0)
        #expect(out.stderr.contains("cannot create the knowledge base no/such/folder/kb.sqlite: the folder no/such/folder does not exist"))
        #expect(!FileManager.default.fileExists(atPath: w.path + "/no"))
        // A reader on a missing file says how to make one, and creates nothing.
        let events = try w.run(["events", "--db", "missing.sqlite"])
        #expect(events.status != 0)
        #expect(events.stderr.contains("no knowledge base at missing.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: w.path + "/missing.sqlite"))
    }

    /// A folder the process may not write to (root may write anywhere, so then a place no
    /// one can create files in stands in for it).
    @Test func readOnlyFolderForTheDatabase() throws {
        let w = CLIWorkspace()
        w.write("a.txt", Self.article)
        let db: String
        if getuid() == 0 {
            db = "/proc/annals-\(UUID().uuidString).sqlite"
        } else {
            try FileManager.default.createDirectory(atPath: w.path + "/ro", withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: w.path + "/ro")
            db = w.path + "/ro/kb.sqlite"
        }
        let out = try w.run(["ingest", "a.txt", "--db", db])
        #expect(out.reason == .exit)
        #expect(out.status != 0)
        #expect(out.stderr.contains("cannot create the knowledge base") || out.stderr.contains("cannot open"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// A read-only knowledge base file: readers work, ingest fails cleanly and changes nothing.
    @Test func readOnlyDatabaseFile() throws {
        let w = CLIWorkspace()
        w.write("a.txt", Self.article)
        #expect(try w.run(["ingest", "a.txt", "--db", w.db]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: w.db)
        guard getuid() != 0 else { return }  // root writes read-only files
        w.write("b.txt", "The council adopted the resolution on Monday.\n")
        let before = w.snapshot(w.db)
        let out = try w.run(["ingest", "b.txt", "--db", w.db])
        #expect(out.reason == .exit && out.status != 0)
        #expect(w.snapshot(w.db) == before)
        #expect(try w.run(["events", "--db", w.db]).status == 0)
    }

    /// Files that are not Annals databases, for every command that opens one.
    @Test func foreignFilesAreRefusedAndUnchanged() throws {
        let w = CLIWorkspace()
        w.write("a.txt", Self.article)
        let other = w.path + "/other.sqlite"
        do {
            let db = try Database(path: other, enableWAL: false)
            try db.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
            try db.execute("INSERT INTO notes(body) VALUES ('mine')")
        }
        let text = w.write("text.sqlite", "just some notes, not a database at all\n")
        let empty = w.write("empty-named.sqlite", bytes: Array(repeating: 0x41, count: 4096))
        for file in [other, text, empty] {
            let before = w.snapshot(file)
            for arguments in [["ingest", "a.txt"], ["events"], ["sql", "select 1"], ["ask", "who defected and when"], ["query", "list"]] {
                let out = try w.run(arguments + ["--db", file])
                #expect(out.reason == .exit, "\(arguments) crashed on \(file)")
                #expect(out.status != 0, "\(arguments) on \(file)")
                #expect(out.stderr.contains("not an Annals database"), "\(arguments) on \(file): \(out.stderr)")
                #expect(w.snapshot(file) == before, "\(arguments) changed \(file)")
            }
        }
    }

    /// A knowledge base written by a newer Annals is refused, untouched.
    @Test func newerDatabaseIsRefusedAndUnchanged() throws {
        let w = CLIWorkspace()
        w.write("a.txt", Self.article)
        #expect(try w.run(["ingest", "a.txt", "--db", w.db]).status == 0)
        do {
            let db = try Database(path: w.db)
            try db.execute("PRAGMA user_version = 999")
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = w.snapshot(w.db)
        for arguments in [["ingest", "a.txt"], ["events"], ["sql", "select 1"]] {
            let out = try w.run(arguments + ["--db", w.db])
            #expect(out.reason == .exit)
            #expect(out.status != 0)
            #expect(out.stderr.contains("999"), "\(out.stderr)")
            #expect(w.snapshot(w.db) == before, "\(arguments)")
        }
    }

    /// An older knowledge base is upgraded: every pending migration runs, each in a
    /// transaction (a failing one leaves the previous version, see MigrationTests).
    @Test func olderDatabaseIsUpgradedByIngest() throws {
        let w = CLIWorkspace()
        let latest = Migrator().latestVersion
        guard latest > 1 else { return }
        do {
            let db = try Database(path: w.db, enableWAL: false)
            try Migrator(migrations: Array(Migration.embedded.prefix(1))).migrate(db)
        }
        w.write("a.txt", Self.article)
        let out = try w.run(["ingest", "a.txt", "--db", w.db])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try w.scalar("PRAGMA user_version") == latest)
        #expect(try w.scalar("SELECT count(*) FROM annals_migration") == latest)
        #expect(try w.scalar("SELECT count(*) FROM article") == 1)
    }
}
