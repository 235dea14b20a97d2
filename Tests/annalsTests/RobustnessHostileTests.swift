import Testing
import Foundation
import AnnalsKit

/// Issue 7, item 5: what is in an article or a parameter is data, never code or a path.
@Suite("Robustness: hostile content (binary)", .enabled(if: CLIWorkspace.binaryExists))
struct RobustnessHostileTests {
    /// A knowledge base holding articles written to attack it.
    static func hostileBase() throws -> CLIWorkspace {
        let w = CLIWorkspace()
        w.write("attack.txt", """
            title: <script>alert('title')</script> Robert'); DROP TABLE article;--
            source: <img src=x onerror=alert(1)>
            url: javascript:alert(document.cookie)
            published: 2012-07-19

            General Amar Tosk defected on 12 June 2012 <script>alert('body')</script>, said the "envoy" & 'others'.
            Read ../../../../etc/passwd and file:///etc/shadow and /etc/hostname for more.
            The council adopted resolution 2042 on 14 April 2012. <img src=x onerror=alert(2)>

            """)
        w.write("feed.jsonl", #"{"title":"Paths","path":"/etc/passwd","url":"file:///etc/passwd","source":"../../x","text":"Russia vetoed the resolution on 19 July 2012, see ../../../etc/passwd and \u003cscript\u003ealert(3)\u003c/script\u003e."}"# + "\n")
        let out = try w.run(["ingest", "attack.txt", "feed.jsonl", "--db", w.db])
        #expect(out.status == 0, "\(out.stderr)")
        return w
    }

    @Test func articlesAreStoredAsTextAndReadNothingElse() throws {
        let w = try Self.hostileBase()
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: w.path))
        #expect(try w.scalar("SELECT count(*) FROM article") == 2, "the DROP TABLE in a title is text")
        #expect(try w.strings("SELECT title FROM article WHERE path = 'attack.txt'") == ["<script>alert('title')</script> Robert'); DROP TABLE article;--"])
        // Paths and addresses in an article are never opened: no other file's content gets in,
        // and the JSONL "path" field does not replace where the article came from.
        #expect(try w.strings("SELECT path FROM article ORDER BY id") == ["attack.txt", "feed.jsonl:1"])
        #expect(try w.scalar("SELECT count(*) FROM article WHERE body LIKE '%root:%' OR body LIKE '%daemon:%'") == 0)
        #expect(try w.scalar("SELECT count(*) FROM sentence WHERE text LIKE '%root:%'") == 0)
        // Nothing was written beside the knowledge base.
        #expect(files.subtracting(["attack.txt", "feed.jsonl", "kb.sqlite", "kb.sqlite-wal", "kb.sqlite-shm"]).isEmpty, "\(files)")
    }

    @Test func sqlIsReadOnlyUnlessWriteAndParametersAreBound() throws {
        let w = try Self.hostileBase()
        let before = try w.scalar("SELECT count(*) FROM article")
        for sql in ["DELETE FROM article", "select 1; delete from article", "DROP TABLE article", "UPDATE article SET title = 'x'",
                    "PRAGMA journal_mode = DELETE", "VACUUM INTO '\(w.path)/copy.sqlite'", "ATTACH DATABASE '\(w.path)/new.sqlite' AS x",
                    "SELECT load_extension('\(w.path)/evil')", "CREATE TABLE t(x)"] {
            let out = try w.run(["sql", sql, "--db", w.db])
            #expect(out.reason == .exit)
            #expect(out.status != 0, "\(sql) ran without --write")
        }
        #expect(try w.scalar("SELECT count(*) FROM article") == before)
        #expect(!FileManager.default.fileExists(atPath: w.path + "/copy.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: w.path + "/new.sqlite"))
        #expect(try w.scalar("SELECT count(*) FROM sqlite_master WHERE name = 't'") == 0)

        // A parameter is a value, never SQL.
        let injected = try w.run(["sql", "select count(*) as n from article where title = :t", "--param", "t=x' OR '1'='1", "--format", "csv", "--db", w.db])
        #expect(injected.status == 0)
        #expect(injected.stdout.split(separator: "\n").last == "0")
        let exact = try w.run(["sql", "select count(*) as n from article where title = :t", "--param", "t=Paths", "--format", "csv", "--db", w.db])
        #expect(exact.stdout.split(separator: "\n").last == "1")

        // --write does write.
        #expect(try w.run(["sql", "DELETE FROM saved_query", "--write", "--db", w.db]).status == 0)
    }

    @Test func savedQueryParametersAreBound() throws {
        let w = try Self.hostileBase()
        #expect(try w.run(["query", "save", "by-title", "select title from article where title = :title", "--db", w.db]).status == 0)
        let injected = try w.run(["query", "run", "by-title", "--param", "title=' OR 1=1 --", "--format", "csv", "--db", w.db])
        #expect(injected.status == 0, "\(injected.stderr)")
        #expect(!injected.stdout.contains("Paths"))
        let drop = try w.run(["query", "run", "by-title", "--param", "title='); DROP TABLE article;--", "--db", w.db])
        #expect(drop.status == 0)
        #expect(try w.scalar("SELECT count(*) FROM article") == 2)
        // A query that writes cannot be saved.
        let save = try w.run(["query", "save", "wipe", "delete from article where title = :title", "--db", w.db])
        #expect(save.status != 0)
        #expect(try w.scalar("SELECT count(*) FROM saved_query WHERE name = 'wipe'") == 0)
        // A name cannot be a path.
        let path = try w.run(["query", "save", "../../evil", "select 1", "--db", w.db])
        #expect(path.status != 0)
    }

    @Test func htmlOutputEscapesEverythingFromArticles() throws {
        let w = try Self.hostileBase()
        #expect(try w.run(["query", "save", "all", "select * from event_timeline", "--title", "<script>alert('t')</script>", "--db", w.db]).status == 0)
        for format in ["html", "timelinejs"] {
            let out = try w.run(["timeline", "all", "--format", format, "--db", w.db])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(!out.stdout.isEmpty)
            let lower = out.stdout.lowercased()
            #expect(!lower.contains("<script>alert"), "\(format)")
            #expect(!lower.contains("<img src=x"), "\(format)")
            #expect(!lower.contains("href=\"javascript:"), "\(format)")
            #expect(!lower.contains("href=\"file:") && !lower.contains("\"url\":\"file:"), "\(format): only http(s) addresses become links")
        }
        // Every output format of `events` keeps the text as text (JSON escapes, CSV quotes).
        let json = try w.run(["sql", "select title, source, url from article", "--format", "json", "--db", w.db])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { ($0["source"] as? String) == "<img src=x onerror=alert(1)>" })
    }
}
