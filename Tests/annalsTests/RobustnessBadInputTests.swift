import Testing
import Foundation
import AnnalsKit

/// Issue 7, item 1: a folder of bad input is ingested whole; what is skipped is said, with why.
@Suite("Robustness: bad input (binary)", .enabled(if: CLIWorkspace.binaryExists))
struct RobustnessBadInputTests {
    /// A scraped folder with one of every kind of bad file, ingested twice.
    @Test func scrapedFolderIngestsWhatItCanAndSaysWhatItSkipped() throws {
        let w = CLIWorkspace()
        w.write("in/image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        w.write("in/bad-utf8.txt", bytes: Array("Le président Élise Marchetti resigned on 3 May 2012. Noise ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" ends here.\n".utf8))
        w.write("in/latin1.txt", bytes: Array("Le ministre a d".utf8) + [0xE9] + Array("missionn".utf8) + [0xE9] + Array(" le 3 mai 2012.\n".utf8))
        w.write("in/empty.txt", "")
        w.write("in/blank.txt", "   \n\n\t\n")
        w.write("in/feed.jsonl", """
            {"title":"Good one","text":"General Amar Tosk of Norland defected on 12 June 2012.","published":"2012-06-14"}
            {broken
            {"title":"Good two","text":"The envoy of Veloria resigned on Tuesday."}
            not json at all
            {"title":"No body"}

            """)
        w.write("in/nested.html", "<html><body>" + String(repeating: "<div><span>", count: 20_000) + "<p>The council adopted the resolution on 4 March 2012.</p></body></html>")
        w.write("in/broken.html", "<html><head><title>Broken &amp; bent</title></head><body><p>The envoy <b>resigned <i>on Monday</b></i>.<p><a href='unclosed>Next <script>var x = '<p>not text</p>';</script> <!-- never closed")
        w.write("in/rtl.txt", "The minister\u{200B} of \u{202E}Dalmor\u{202C} resigned on Tuesday. \u{0627}\u{0644}\u{0648}\u{0632}\u{064A}\u{0631} \u{0627}\u{0633}\u{062A}\u{0642}\u{0627}\u{0644}.\n")
        w.write("in/impossible.txt", "title: Impossible dates\npublished: 2012-02-30\n\nThe ambassador resigned on February 30, 2012, and the minister quit on 31 April 2012.\n")
        w.write("in/notes.pdf", "%PDF-1.4 not an article")

        let first = try w.run(["ingest", "in", "--db", w.db])
        #expect(first.reason == .exit)
        #expect(first.status == 1, "some inputs were skipped")
        let err = first.stderr
        // Each skip with its file (and JSONL line) and reason.
        #expect(err.contains("skipped in/image.txt: not a text file"))
        #expect(err.contains("skipped in/empty.txt: empty file"))
        #expect(err.contains("skipped in/feed.jsonl:2: invalid JSON"))
        #expect(err.contains("skipped in/feed.jsonl:4: invalid JSON"))
        #expect(err.contains("skipped in/feed.jsonl:5:"))
        // Decoding is said.
        #expect(err.contains("warning: in/bad-utf8.txt: \(SourceDecoding.invalidUTF8Warning)"))
        #expect(err.contains("warning: in/latin1.txt: \(SourceDecoding.windows1252Warning)"))
        #expect(err.contains("warning: in/impossible.txt: impossible published date"))
        // The summary, with the reasons grouped.
        let stored = try w.scalar("SELECT count(*) FROM article")
        #expect(stored == 8, "\(err)")
        let skipped = err.split(separator: "\n").filter { $0.hasPrefix("skipped ") }.count
        #expect(err.contains("ingested \(stored) articles, 0 already present, \(skipped) skipped"))
        #expect(err.contains("skipped: 2 × empty file, 2 × invalid JSON"))

        // What went in is right.
        #expect(try w.scalar("SELECT count(*) FROM article WHERE body LIKE '%' || char(65533) || '%' AND path = 'in/bad-utf8.txt'") == 1)
        #expect(try w.scalar("SELECT count(*) FROM article WHERE body LIKE '%démissionné%'") == 1)
        #expect(try w.scalar("SELECT count(*) FROM article WHERE path LIKE 'in/feed.jsonl:%'") == 2)
        // Zero-width and bidi controls are removed (so words and names read as shown);
        // right-to-left letters are kept.
        #expect(try w.scalar("SELECT count(*) FROM article WHERE body LIKE 'The minister of Dalmor resigned%' AND instr(body, char(1575)) > 0") == 1)
        #expect(try w.scalar("SELECT count(*) FROM article WHERE instr(body, char(8203)) > 0 OR instr(body, char(8238)) > 0") == 0)
        #expect(try w.scalar("SELECT count(*) FROM article WHERE path = 'in/nested.html' AND body LIKE '%adopted the resolution%'") == 1)
        #expect(try w.scalar("SELECT count(*) FROM article WHERE path = 'in/broken.html' AND body LIKE 'The envoy resigned on Monday.%' AND title = 'Broken & bent'") == 1)
        // No impossible day is stored anywhere: every date is one SQLite itself accepts.
        #expect(try w.scalar("""
            SELECT count(*) FROM event WHERE (date_start IS NOT NULL AND date(date_start) IS NOT date_start)
                                          OR (date_end IS NOT NULL AND date(date_end) IS NOT date_end)
            """) == 0)
        #expect(try w.scalar("SELECT count(*) FROM article WHERE published IS NOT NULL AND date(published) IS NOT published") == 0)
        #expect(try w.scalar("SELECT count(*) FROM event WHERE date_start LIKE '2012-02-30%' OR date_end LIKE '2012-02-30%' OR date_end LIKE '2012-04-31%'") == 0)
        #expect(try w.strings("PRAGMA integrity_check") == ["ok"])

        // Again: everything is a duplicate, the same files are skipped.
        let second = try w.run(["ingest", "in", "--db", w.db])
        #expect(second.status == 1)
        #expect(second.stderr.contains("ingested 0 articles, \(stored) already present, \(skipped) skipped"))
        #expect(try w.scalar("SELECT count(*) FROM article") == stored)
    }

    /// Input that is missing or unreadable is a skip with a reason, not a crash.
    @Test func missingInputIsReported() throws {
        let w = CLIWorkspace()
        w.write("ok.txt", "The envoy of Veloria resigned on Tuesday.\n")
        let out = try w.run(["ingest", "no-such-folder", "ok.txt", "--db", w.db])
        #expect(out.reason == .exit)
        #expect(out.status == 1)
        #expect(out.stderr.contains("skipped no-such-folder:"))
        #expect(try w.scalar("SELECT count(*) FROM article") == 1)
    }
}
