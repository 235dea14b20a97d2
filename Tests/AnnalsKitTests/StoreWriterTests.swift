import Testing
@testable import AnnalsKit

/// Articles written for these tests (not from any corpus).
enum StoreFixtures {
    /// "Syria's ambassador to Iraq, Nawaf Fares, defected ..." published 2012-07-12, the
    /// defection dated `before` publication.
    static func faresArticle(title: String = "Envoy quits", published: CalendarDay = CalendarDay(2012, 7, 12),
                             date: EventDate? = nil, status: EventStatus = .asserted,
                             sentenceText: String = "Syria's ambassador to Iraq, Nawaf Fares, defected and joined the opposition.")
        -> (Article, Extraction) {
        let text = "BAGHDAD — " + sentenceText + " Officials in Damascus said nothing."
        var b = ExtractionBuilder(text: text)
        let s0 = b.sentence(sentenceText)
        b.sentence("Officials in Damascus said nothing.")
        let fares = b.actor(ExtractedActor(name: "Nawaf Fares", kind: .person, aliases: ["Fares"], country: "SYR"))
        let syria = b.actor(ExtractedActor(name: "Syria", kind: .country, aliases: ["Damascus"], country: "SYR", cameoCode: "SYR"))
        b.mention(fares, "Nawaf Fares", sentence: s0)
        if sentenceText.contains("Syria") { b.mention(syria, "Syria", sentence: s0) }
        if sentenceText.contains("ambassador to Iraq") {
            b.extraction.roles.append(ExtractedRole(actor: fares, title: "ambassador to Iraq", of: syria, sentence: s0,
                                                    range: b.range(of: "ambassador to Iraq")))
        }
        b.extraction.relations.append(ExtractedRelation(subject: fares, predicate: "ambassador_of", object: syria, sentence: s0))
        b.extraction.events.append(ExtractedEvent(
            type: "defection", status: status, date: date ?? .before(published, basis: "publication date"),
            participants: [EventParticipant(actor: fares, part: .agent), EventParticipant(actor: syria, part: .from)],
            sentence: s0, trigger: b.range(of: "defect"), summary: "Nawaf Fares defected from Syria"))
        let article = Article(title: title, source: "Test Wire", url: "https://example.org/\(title.count)",
                              path: "fares.txt", published: published, publishedBasis: "metadata", text: text)
        return (article, b.extraction)
    }

    /// "Russia and China vetoed ..." on `day`.
    static func vetoArticle(day: CalendarDay, title: String) -> (Article, Extraction) {
        let sentence = "Russia and China vetoed the draft resolution on \(day.iso)."
        var b = ExtractionBuilder(text: sentence)
        let s0 = b.sentence(sentence)
        let russia = b.actor(ExtractedActor(name: "Russia", kind: .country, cameoCode: "RUS"))
        let china = b.actor(ExtractedActor(name: "China", kind: .country, cameoCode: "CHN"))
        b.extraction.events.append(ExtractedEvent(
            type: "veto", cameoCode: "129", date: .day(day, basis: day.iso),
            participants: [EventParticipant(actor: russia, part: .agent), EventParticipant(actor: china, part: .agent)],
            sentence: s0, trigger: b.range(of: "vetoed"), summary: "Russia and China vetoed a resolution"))
        return (Article(title: title, published: day, publishedBasis: "metadata", text: sentence), b.extraction)
    }
}

@Suite struct StoreWriterTests {
    func count(_ store: Store, _ table: String) throws -> Int {
        try store.database.scalar(Int.self, "SELECT count(*) FROM \(table)") ?? -1
    }

    /// A batch is written without savepoints first; when an article fails, the batch is
    /// written again with one savepoint per article: the failing one is left out, the others
    /// go in exactly as they would have alone (same ids, same rows).
    @Test func failingArticleInBatchLeavesTheOthers() throws {
        func dump(_ store: Store) throws -> [String] {
            var lines: [String] = []
            for table in ["article", "sentence_span", "actor", "actor_alias", "mention", "role", "relation", "event",
                          "event_participant", "event_mention", "actor_link"] {
                for row in try store.database.query("SELECT * FROM \(table)") {
                    lines.append(table + ": " + (0..<row.count).map { i in
                        table == "article" && i == 8 ? "" : row[i].description   // (ingested_at)
                    }.joined(separator: "|"))
                }
            }
            return lines.sorted()  // (rows, not the order of rowids a Set's order gave)
        }
        let days = [CalendarDay(2012, 2, 4), CalendarDay(2012, 7, 19), CalendarDay(2011, 10, 4)]
        let good = [StoreFixtures.faresArticle(), StoreFixtures.vetoArticle(day: days[0], title: "Veto one"),
                    StoreFixtures.vetoArticle(day: days[2], title: "Veto three")]
        let bad = StoreFixtures.vetoArticle(day: days[1], title: "bad")
        try withTemporaryDatabasePath { withFailure in
            try withTemporaryDatabasePath { alone in
                let store = try Store(path: withFailure)
                try store.database.execute("""
                    CREATE TEMP TRIGGER refuse_bad BEFORE INSERT ON main.event_mention
                    WHEN (SELECT title FROM main.article WHERE id = new.article_id) = 'bad'
                    BEGIN SELECT RAISE(ABORT, 'refused'); END
                    """)
                let results = try store.write([good[0], good[1], bad, good[2]].map { (article: $0.0, extraction: $0.1) })
                #expect(results.count == 4)
                #expect((try? results[0].get()) != nil)
                #expect((try? results[1].get()) != nil)
                #expect((try? results[2].get()) == nil)
                #expect((try? results[3].get()) != nil)
                let reference = try Store(path: alone)
                _ = try reference.write(good.map { (article: $0.0, extraction: $0.1) })
                #expect(try dump(store) == dump(reference))
            }
        }
    }

    @Test func insertsThenIgnoresDuplicate() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let (article, extraction) = StoreFixtures.faresArticle()
            let first = try store.write(article: article, extraction: extraction)
            guard case .inserted(let id) = first else { Issue.record("expected insert, got \(first)"); return }
            let tables = ["article", "sentence", "actor", "actor_alias", "mention", "role", "relation", "event",
                          "event_participant", "event_mention"]
            let before = try tables.map { try count(store, $0) }
            #expect(before == [1, 2, 2, 4, 2, 1, 1, 1, 2, 1])
            #expect(try store.write(article: article, extraction: extraction) == .duplicate(id))
            #expect(try tables.map { try count(store, $0) } == before)
            let hash = try store.database.scalar(String.self, "SELECT content_hash FROM article")
            #expect(hash == SHA256.hex("Envoy quits\n" + article.text))
            // Full-text search sees the body.
            #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'defected'") == 1)
        }
    }

    @Test func offsetsAreCodePoints() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let sentence = "Le président Nawaf Farès a quitté l’ambassade 🇸🇾 hier."
            let text = "«Édition» " + sentence
            var b = ExtractionBuilder(text: text)
            let s0 = b.sentence(sentence)
            let fares = b.actor(ExtractedActor(name: "Nawaf Farès", kind: .person))
            b.mention(fares, "Nawaf Farès", sentence: s0)
            b.mention(fares, "hier", sentence: s0)
            try store.write(article: Article(text: text), extraction: b.extraction)
            let rows = try store.database.query("""
                SELECT m.text, substr(a.body, m.start + 1, m.end - m.start) AS cut
                FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN article a ON a.id = s.article_id
                """)
            #expect(rows.count == 2)
            for row in rows { #expect(row["text"] == row["cut"]) }
            let cut = try store.database.scalar(String.self,
                "SELECT substr(a.body, s.start + 1, s.end - s.start) FROM sentence s JOIN article a ON a.id = s.article_id")
            #expect(cut == sentence)
        }
    }

    @Test func codePointOffsetsTable() {
        let offsets = CodePointOffsets("aé😀b")  // bytes: a(1) é(2) 😀(4) b(1)
        #expect((0...8).map { offsets[$0] } == [0, 1, 1, 2, 2, 2, 2, 3, 4])
        #expect(offsets[-5] == 0 && offsets[99] == 4)
        #expect(offsets.convert(3..<7) == 2..<3)
    }

    /// Every byte offset of texts with runs of multi-byte characters, at the ends and none at
    /// all, against a table of every byte built from the scalars.
    @Test func codePointOffsetsAgreeWithTable() {
        for text in ["", "plain", "é", "😀", "éé😀€x", "a“quoted”—b", "Père Noël a dit « oui »…", "x\u{0301}y", "end—"] {
            var table: [Int] = []
            var index = 0
            for scalar in text.unicodeScalars {
                for _ in 0..<UTF8.width(scalar) { table.append(index) }
                index += 1
            }
            table.append(index)
            let offsets = CodePointOffsets(text)
            #expect(offsets.byteCount == text.utf8.count && offsets.codePointCount == text.unicodeScalars.count)
            #expect((-2...table.count + 2).map { offsets[$0] } == (-2...table.count + 2).map { table[min(max($0, 0), table.count - 1)] })
        }
    }

    @Test func mergesEventAcrossArticlesKeepingBestDate() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let (a1, x1) = StoreFixtures.faresArticle(title: "One")
            let (a2, x2) = StoreFixtures.faresArticle(title: "Two", published: CalendarDay(2012, 7, 13),
                                                      date: .day(CalendarDay(2012, 7, 11), basis: "Wednesday"),
                                                      sentenceText: "Nawaf Fares, the ambassador to Iraq, defected on Wednesday.")
            try store.write(article: a1, extraction: x1)
            try store.write(article: a2, extraction: x2)
            #expect(try count(store, "event") == 1)
            #expect(try count(store, "event_mention") == 2)
            #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM actor WHERE key = 'person:nawaf faras'") == 1)
            #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM actor WHERE key = 'country:SYR'") == 1)
            let event = try #require(try store.database.query("SELECT * FROM event").first)
            #expect(event["date", as: String.self] == "2012-07-11")
            #expect(event["date_precision", as: String.self] == "day")
            #expect(event["date_basis", as: String.self] == "Wednesday")
            // The per-source readings keep what each article said.
            #expect(try store.database.query("SELECT date_precision FROM event_mention ORDER BY id").map { $0[0, as: String.self] }
                    == ["before", "day"])
        }
    }

    @Test func doesNotMergeDifferentDaysOrAppeals() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            try store.write(article: StoreFixtures.vetoArticle(day: CalendarDay(2011, 10, 4), title: "A").0,
                            extraction: StoreFixtures.vetoArticle(day: CalendarDay(2011, 10, 4), title: "A").1)
            let (b, xb) = StoreFixtures.vetoArticle(day: CalendarDay(2012, 2, 4), title: "B")
            try store.write(article: b, extraction: xb)
            #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM event WHERE type = 'veto'") == 2)
            // Same day again: merged.
            let (c, xc) = StoreFixtures.vetoArticle(day: CalendarDay(2012, 2, 4), title: "C")
            try store.write(article: c, extraction: xc)
            #expect(try store.database.scalar(Int.self, "SELECT count(*) FROM event WHERE type = 'veto'") == 2)

            let (a1, x1) = StoreFixtures.faresArticle(title: "Asserted")
            let (a2, x2) = StoreFixtures.faresArticle(title: "Appeal", status: .calledFor,
                                                      sentenceText: "Rebels urged Nawaf Fares to defect.")
            try store.write(article: a1, extraction: x1)
            try store.write(article: a2, extraction: x2)
            #expect(try store.database.query("SELECT status FROM event WHERE type = 'defection' ORDER BY id")
                        .map { $0[0, as: String.self] } == ["asserted", "called_for"])
        }
    }

    @Test func dateCompatibility() {
        let d = { (m: Int, day: Int) in EventDate.day(CalendarDay(2012, m, day), basis: "") }
        #expect(EventDate.compatible(d(7, 12), d(7, 12)))
        #expect(!EventDate.compatible(d(7, 12), d(7, 11)))
        #expect(EventDate.compatible(.month(year: 2012, month: 7, basis: ""), d(7, 11)))
        #expect(EventDate.compatible(d(7, 11), .year(2012, basis: "")))
        #expect(!EventDate.compatible(.month(year: 2012, month: 6, basis: ""), d(7, 11)))
        #expect(EventDate.compatible(.before(CalendarDay(2012, 7, 12), basis: ""), d(7, 11)))
        #expect(!EventDate.compatible(.before(CalendarDay(2012, 7, 12), basis: ""), d(7, 13)))
        #expect(EventDate.compatible(.before(CalendarDay(2012, 7, 12), basis: ""), .before(CalendarDay(2012, 8, 1), basis: "")))
        #expect(EventDate.compatible(.before(CalendarDay(2012, 8, 1), basis: ""), .before(CalendarDay(2012, 7, 12), basis: "")))
        #expect(EventDate.compatible(d(7, 13), .unknown))
        #expect(EventDate.compatible(.before(nil, basis: ""), d(7, 13)))
        #expect(EventDate.better(.before(CalendarDay(2012, 7, 12), basis: "a"), .before(CalendarDay(2012, 7, 10), basis: "b")).basis == "b")
        #expect(EventDate.better(.year(2012, basis: ""), d(7, 1)).precision == .day)
    }

    @Test func foreignKeysAndIntegrityStayClean() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let (a, x) = StoreFixtures.faresArticle()
            try store.write(article: a, extraction: x)
            #expect(try store.database.query("PRAGMA foreign_key_check").isEmpty)
            #expect(try store.database.scalar(String.self, "PRAGMA integrity_check") == "ok")
        }
    }

    @Test func badIndexesAreSkippedNotTrusted() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            var (article, x) = StoreFixtures.faresArticle()
            x.mentions.append(ActorMention(actor: 42, sentence: 0, range: 0..<3, text: "BAG"))
            x.mentions.append(ActorMention(actor: 0, sentence: 99, range: 0..<3, text: "BAG"))
            x.mentions.append(ActorMention(actor: 0, sentence: 0, range: 5000..<9000, text: "past the end"))
            x.roles.append(ExtractedRole(actor: -1, title: "x", sentence: 0, range: 0..<1))
            x.events.append(ExtractedEvent(type: "veto", date: .unknown, participants: [EventParticipant(actor: 7, part: .agent)],
                                           sentence: 12, trigger: 0..<1, summary: "nothing"))
            try store.write(article: article, extraction: x)
            #expect(try count(store, "mention") == 3)  // two good ones + the clamped one
            #expect(try count(store, "role") == 1)
            #expect(try count(store, "event") == 1)
            #expect(try store.database.query("PRAGMA foreign_key_check").isEmpty)
        }
    }

    @Test func batchWriteDetectsDuplicatesInside() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let one = StoreFixtures.faresArticle(title: "One")
            let two = StoreFixtures.faresArticle(title: "Two")
            let results = try store.write([(one.0, one.1), (two.0, two.1), (one.0, one.1)])
            let outcomes = results.compactMap { try? $0.get() }
            #expect(outcomes.count == 3)
            #expect(outcomes.map(\.isDuplicate) == [false, false, true])
            #expect(outcomes[2].articleID == outcomes[0].articleID)
            #expect(try count(store, "article") == 2)
            #expect(try count(store, "event") == 1)
        }
    }

    @Test func asciiNamesNormalizeAsTheUnicodePathDoes() {
        // An ASCII name takes a byte-by-byte path; a trailing "é" sends the same name
        // through the Unicode path, which must then only add " e".
        let ascii = String(decoding: (1...127).map { UInt8($0) }, as: UTF8.self)
        for name in [ascii, "U.N. Security-Council", "O'Brien`s  ca$h\t99", "A.B.C", " x ", "Al-Qaeda (AQ)"] {
            let viaASCII = normalizedName(name)
            let viaUnicode = normalizedName(name + " é")
            #expect(viaUnicode == (viaASCII.isEmpty ? "e" : viaASCII + " e"), "\(name)")
        }
    }

    @Test func actorKeysAndNames() {
        #expect(normalizedName("U.N. Security Council") == "un security council")
        #expect(normalizedName("Bashar al-Assad") == "bashar al assad")
        #expect(normalizedName("  François\tHOLLANDE ") == "francois hollande")
        #expect(normalizedName("Sana’a") == "sanaa")
        #expect(normalizedName("Łódź") == "lodz")
        #expect(normalizedName("...") == "")
        let syria = ExtractedActor(name: "Syria", kind: .country, cameoCode: "SYR")
        #expect(Store.actorKey(syria, articleID: 1, index: 0) == "country:SYR")
        #expect(Store.actorKey(ExtractedActor(name: "Nawaf Farès", kind: .person), articleID: 1, index: 0) == "person:nawaf faras")  // transliteration skeleton
        #expect(Store.actorKey(ExtractedActor(name: "a Syrian general", kind: .person, isNamed: false), articleID: 3, index: 2)
                == "unnamed:3:2")
        #expect(Store.actorKey(ExtractedActor(name: "U.N.", kind: .organization), articleID: 1, index: 0) == "organization:un")
    }

    @Test func removingAnArticleRemovesWhatOnlyItSupported() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let (a1, x1) = StoreFixtures.faresArticle(title: "One")
            let (v, xv) = StoreFixtures.vetoArticle(day: CalendarDay(2012, 2, 4), title: "Veto")
            let id = try store.write(article: a1, extraction: x1).articleID
            try store.write(article: v, extraction: xv)
            #expect(try store.removeArticle(id: id))
            #expect(try !store.removeArticle(id: id))
            #expect(try count(store, "article") == 1)
            #expect(try store.database.query("SELECT type FROM event").map { $0[0, as: String.self] } == ["veto"])
            #expect(try store.database.query("SELECT key FROM actor ORDER BY key").map { $0[0, as: String.self] }
                    == ["country:CHN", "country:RUS"])
            #expect(try store.database.query("PRAGMA foreign_key_check").isEmpty)
        }
    }
}
