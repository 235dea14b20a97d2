import Testing
import Foundation
@testable import AnnalsKit

@Suite struct StoreQueryTests {
    func storeWithFaresAndVetoes(_ path: String) throws -> Store {
        let store = try Store(path: path)
        store.now = { "2026-01-01T00:00:00Z" }
        let (a1, x1) = StoreFixtures.faresArticle(title: "One")
        try store.write(article: a1, extraction: x1)
        for (day, title) in [(CalendarDay(2011, 10, 4), "V1"), (CalendarDay(2012, 2, 4), "V2")] {
            let (v, xv) = StoreFixtures.vetoArticle(day: day, title: title)
            try store.write(article: v, extraction: xv)
        }
        return store
    }

    @Test func eventJSONFollowsTheContract() throws {
        try withTemporaryDatabasePath { path in
            let store = try storeWithFaresAndVetoes(path)
            let records = try EventQuery(type: "defection").fetch(store.database)
            #expect(records.count == 1)
            let json = Render.json(records)
            let expected = """
                [
                {"id":1,"type":"defection","date":"2012-07-12","date_precision":"before","date_start":null,\
                "date_end":"2012-07-12","date_basis":"publication date","status":"asserted","cameo_code":null,\
                "plover_type":null,"object":null,"summary":"Nawaf Fares defected from Syria",\
                "participants":[{"name":"Nawaf Fares","kind":"person","part":"agent","role":"ambassador to Iraq","of":"Syria"},\
                {"name":"Syria","kind":"country","part":"from","role":null,"of":null}],\
                "sources":[{"article_id":1,"title":"One","url":"https://example.org/3","published":"2012-07-12",\
                "status":"asserted","evidence":"Syria's ambassador to Iraq, Nawaf Fares, defected and joined the opposition."}]}
                ]

                """
            #expect(json == expected)
            // Valid JSON, and the Encodable form has the same keys (nulls included).
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
            #expect(parsed?.first?.keys.count == 14)
            let encoded = try JSONEncoder().encode(records)
            let viaEncoder = try JSONSerialization.jsonObject(with: encoded) as? [[String: Any]]
            #expect(Set(viaEncoder?.first?.keys.map { $0 } ?? []) == Set(parsed?.first?.keys.map { $0 } ?? []))
        }
    }

    @Test func filtersByTypeActorDateAndStatus() throws {
        try withTemporaryDatabasePath { path in
            let store = try storeWithFaresAndVetoes(path)
            let db = store.database
            #expect(try EventQuery().fetch(db).map(\.type) == ["veto", "veto", "defection"])
            #expect(try EventQuery(type: "veto").fetch(db).map(\.date) == ["2011-10-04", "2012-02-04"])
            #expect(try EventQuery(actor: "fares").fetch(db).map(\.type) == ["defection"])
            #expect(try EventQuery(actor: "Nawaf Farès").fetch(db).count == 1)
            #expect(try EventQuery(actor: "Damascus").fetch(db).count == 1)  // alias of Syria, a participant
            #expect(try EventQuery(actor: "Russia").fetch(db).count == 2)
            #expect(try EventQuery(actor: "awaf").fetch(db).isEmpty)
            #expect(try EventQuery(actor: "'; DROP TABLE event; --").fetch(db).isEmpty)
            #expect(try EventQuery(since: CalendarDay(2012, 1, 1)).fetch(db).map(\.date) == ["2012-02-04", "2012-07-12"])
            #expect(try EventQuery(until: CalendarDay(2011, 12, 31)).fetch(db).map(\.date) == ["2011-10-04"])
            #expect(try EventQuery(statuses: [.rumored]).fetch(db).isEmpty)
            #expect(try EventQuery(limit: 1).fetch(db).count == 1)
            #expect(try EventQuery.event(id: 1, in: db)?.type == "defection")
        }
    }

    @Test func defectorsMergeAcrossEvents() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let (a1, x1) = StoreFixtures.faresArticle(title: "Rumour", status: .rumored,
                                                      sentenceText: "Nawaf Fares, the ambassador to Iraq, was rumoured to have defected.")
            let (a2, x2) = StoreFixtures.faresArticle(title: "Confirmed", published: CalendarDay(2012, 7, 13),
                                                      date: .day(CalendarDay(2012, 7, 11), basis: "Wednesday"),
                                                      sentenceText: "Nawaf Fares, Syria's ambassador to Iraq, defected on Wednesday.")
            let (a3, x3) = StoreFixtures.faresArticle(title: "Appeal", status: .calledFor,
                                                      sentenceText: "Rebels urged Nawaf Fares to defect.")
            for (a, x) in [(a1, x1), (a2, x2), (a3, x3)] { try store.write(article: a, extraction: x) }
            let defectors = try Defectors().fetch(store.database)
            #expect(defectors.count == 1)
            let fares = try #require(defectors.first)
            #expect(fares.actor == "Nawaf Fares")
            #expect(fares.date == "2012-07-11" && fares.datePrecision == "day")
            #expect(fares.status == "asserted")
            #expect(fares.from == "Syria")
            #expect(fares.role == "Syria's ambassador to Iraq")
            #expect(fares.sources.map(\.status).sorted() == ["asserted", "rumored"])
            let json = Render.json(defectors)
            #expect(json.hasPrefix(#"[\#n{"actor":"Nawaf Fares","kind":"person","role":"Syria's ambassador to Iraq","from":"Syria","to":null,"date":"2012-07-11","date_precision":"day","status":"asserted","sources":["#))
            #expect(try Defectors(includeUnrealized: true).fetch(store.database).first?.eventIDs.count == 2)
        }
    }

    @Test func hedgedOnlyDefectorKeepsHedge() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let (a, x) = StoreFixtures.faresArticle(status: .claimed)
            try store.write(article: a, extraction: x)
            #expect(try Defectors().fetch(store.database).map(\.status) == ["claimed"])
        }
    }

    @Test func readOnlyStoreServesQueries() throws {
        try withTemporaryDatabasePath { path in
            _ = try storeWithFaresAndVetoes(path)
            let store = try Store(path: path, readOnly: true)
            let result = try QueryResult.run("SELECT actor, date FROM defections", in: store.database)
            #expect(result.rows == [[.text("Nawaf Fares"), .text("2012-07-12")]])
            #expect(throws: SQLError.self) { try QueryResult.run("DELETE FROM event", in: store.database) }
            #expect(throws: DatabaseError.self) {
                try QueryResult.run("DELETE FROM event", in: store.database, allowWrites: true)
            }
        }
    }
}
