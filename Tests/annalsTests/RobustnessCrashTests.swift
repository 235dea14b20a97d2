import Testing
import Foundation
import AnnalsKit

/// Issue 7, items 2 and 3: `kill -9` mid-ingest, two ingests at once, a reader during ingest.
@Suite("Robustness: crashes and concurrency (binary)", .enabled(if: CLIWorkspace.binaryExists))
struct RobustnessCrashTests {
    /// `count` distinct short articles as JSONL.
    static func feed(_ count: Int, tag: String) -> String {
        (0..<count).map { i in
            let text = "The envoy of Veloria resigned on Tuesday, officials said in dispatch \(tag)-\(i). The council adopted resolution \(i) after a long debate."
            return "{\"title\":\"Dispatch \(tag) \(i)\",\"published\":\"2012-06-14\",\"text\":\"\(text)\"}"
        }.joined(separator: "\n") + "\n"
    }

    /// Articles, or nil while the file is not yet a migrated knowledge base.
    static func articleCount(_ db: String) -> Int? {
        guard FileManager.default.fileExists(atPath: db),
              let database = try? Database(path: db, mode: .readOnly) else { return nil }
        return try? database.scalar(Int.self, "SELECT count(*) FROM article")
    }

    /// What a knowledge base must always be: whole, and made of complete articles.
    static func expectWhole(_ db: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let database = try Database(path: db, mode: .readWrite)
        #expect(try database.query("PRAGMA integrity_check").map { $0[0].description } == ["ok"], sourceLocation: sourceLocation)
        #expect(try database.query("PRAGMA foreign_key_check").isEmpty, sourceLocation: sourceLocation)
        // Complete: each article has exactly the sentences its text splits into, and every
        // event keeps a mention.
        var incomplete = 0
        try database.forEach("SELECT a.body, (SELECT count(*) FROM sentence s WHERE s.article_id = a.id) FROM article a") { row in
            let body = row[0].description
            if Int(row[1].description) != SentenceSplitter.split(body).count { incomplete += 1 }
        }
        #expect(incomplete == 0, sourceLocation: sourceLocation)
        #expect(try database.scalar(Int.self, "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id)") == 0,
                sourceLocation: sourceLocation)
        #expect(try database.scalar(Int.self, "SELECT count(*) - count(DISTINCT content_hash) FROM article") == 0, sourceLocation: sourceLocation)
    }

    @Test func killNineMidIngestLeavesWholeDatabaseAndRerunFinishes() throws {
        let w = CLIWorkspace()
        let total = 1500
        w.write("feed.jsonl", Self.feed(total, tag: "k"))
        let process = try w.start(["ingest", "feed.jsonl", "--db", w.db, "--jobs", "1"])
        // Wait for the first committed batch, then kill -9.
        let deadline = Date().addingTimeInterval(120)
        var seen = 0
        while process.isRunning && Date() < deadline {
            if let n = Self.articleCount(w.db), n > 0 { seen = n; break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, SIGKILL)
        let killed = w.finish(process)
        #expect(killed.reason == .uncaughtSignal, "the ingest ended before it could be killed")
        #expect(seen > 0 && seen < total)

        try Self.expectWhole(w.db)
        let kept = try #require(Self.articleCount(w.db))
        #expect(kept >= seen && kept < total)

        // A rerun finishes the job: no duplicates, nothing lost.
        let rerun = try w.run(["ingest", "feed.jsonl", "--db", w.db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("ingested \(total - kept) articles, \(kept) already present, 0 skipped"))
        #expect(Self.articleCount(w.db) == total)
        try Self.expectWhole(w.db)
    }

    @Test func twoIngestsOfOneFileAndAReaderAtOnce() throws {
        let w = CLIWorkspace()
        let total = 150
        w.write("feed.jsonl", Self.feed(total, tag: "c"))
        // Both start on a database that does not exist yet: creation and migration race too.
        let a = try w.start(["ingest", "feed.jsonl", "--db", w.db])
        let b = try w.start(["ingest", "feed.jsonl", "--db", w.db])
        // A reader meanwhile (the sqlite3 shell when there is one): each read is one
        // snapshot, so it never sees an article without its sentences, and counts only grow.
        var reads = 0, inconsistent = 0, last = 0, shrank = false
        let query = "SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.article_id = a.id))"
        while a.isRunning || b.isRunning {
            var values: [Int]?
            if let sqlite3 = CLIWorkspace.sqlite3, FileManager.default.fileExists(atPath: w.db) {
                let r = try w.run(["-readonly", "-cmd", ".timeout 5000", w.db, query], executable: sqlite3)
                if r.status == 0 { values = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").compactMap { Int($0) } }
            } else if let database = try? Database(path: w.db, mode: .readOnly), let row = try? database.query(query).first {
                values = [Int(row[0].description) ?? -1, Int(row[1].description) ?? -1]
            }
            if let values, values.count == 2 {
                reads += 1
                if values[1] != 0 { inconsistent += 1 }
                if values[0] < last { shrank = true }
                last = values[0]
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let outA = w.finish(a), outB = w.finish(b)
        #expect(outA.status == 0, "\(outA.stderr)")
        #expect(outB.status == 0, "\(outB.stderr)")
        #expect(reads > 0)
        #expect(inconsistent == 0)
        #expect(!shrank)
        #expect(Self.articleCount(w.db) == total)
        func ingested(_ s: String) -> Int? {
            guard let r = s.range(of: #"ingested (\d+) article"#, options: .regularExpression) else { return nil }
            return Int(s[r].split(separator: " ")[1])
        }
        #expect(ingested(outA.stderr).map { $0 + (ingested(outB.stderr) ?? -1) } == total)
        try Self.expectWhole(w.db)
    }
}
