import Testing
import Foundation
@testable import AnnalsKit

@Suite("saved queries")
struct SavedQueryTests {
    @Test func builtInsArePresentAndRun() throws {
        try withSampleStore { (store: Store) throws in
            #expect(try store.savedQueries().map(\.name) == ["actor-timeline", "defections", "resolutions", "vetoes"])
            #expect(try column(store.runSavedQuery("vetoes"), "title")
                    == ["Russia vetoes a draft resolution on Syria", "China vetoes a draft resolution on Syria"])
            #expect(try column(store.runSavedQuery("actor-timeline", parameters: ["actor": "Fares"]), "type") == ["defection"])
            #expect(try store.savedQuery(named: "actor-timeline")?.parameters == ["actor"])
        }
    }

    @Test func saveListShowRunDelete() throws {
        try withSampleStore { (store: Store) throws in
            let saved = try store.saveQuery(name: "by-type", sql: "select * from event_timeline where type = :type",
                                            title: "Events by type", description: "one type")
            #expect(saved.parameters == ["type"])
            #expect(saved.title == "Events by type")
            #expect(try store.savedQueries().map(\.name).contains("by-type"))
            #expect(try store.runSavedQuery("by-type", parameters: ["type": "veto"]).rows.count == 2)
            #expect(try store.runSavedQuery("by-type", parameters: [":type": "defection"]).rows.count == 2)
            // Visible from plain SQL too.
            #expect(try store.database.scalar(String.self, "SELECT parameters FROM saved_query WHERE name = 'by-type'") == "[\"type\"]")
            #expect(try store.deleteSavedQuery(named: "by-type"))
            #expect(try !store.deleteSavedQuery(named: "by-type"))
            #expect(try store.savedQuery(named: "by-type") == nil)
        }
    }

    @Test func refusals() throws {
        try withSampleStore { (store: Store) throws in
            #expect(throws: SavedQueryError.badName("no spaces")) { try store.saveQuery(name: "no spaces", sql: "select 1") }
            #expect(throws: SavedQueryError.writes("delete from event")) { try store.saveQuery(name: "oops", sql: "delete from event") }
            #expect(throws: DatabaseError.self) { try store.saveQuery(name: "typo", sql: "selec 1") }
            try store.saveQuery(name: "x", sql: "select :a as a")
            #expect(throws: SavedQueryError.exists("x")) { try store.saveQuery(name: "x", sql: "select 2") }
            try store.saveQuery(name: "x", sql: "select :a || :b as ab", replace: true)
            #expect(throws: SavedQueryError.missingParameters(name: "x", missing: ["b"])) { try store.runSavedQuery("x", parameters: ["a": "1"]) }
            #expect(throws: SavedQueryError.unknownParameters(name: "x", unknown: ["c"], known: ["a", "b"])) {
                try store.runSavedQuery("x", parameters: ["a": "1", "b": "2", "c": "3"])
            }
            #expect(throws: SavedQueryError.notFound("nope")) { try store.runSavedQuery("nope") }
            #expect(try column(store.runSavedQuery("x", parameters: ["a": "1", "b": "2"]), "ab") == ["12"])
        }
    }

    @Test func parameterValuesAreBound() throws {
        try withSampleStore { (store: Store) throws in
            try store.saveQuery(name: "by-type", sql: "select count(*) as n from event_timeline where type = :type")
            #expect(try column(store.runSavedQuery("by-type", parameters: ["type": "veto' OR '1'='1"]), "n") == ["0"])
        }
    }
}

@Suite("event_timeline view")
struct EventTimelineViewTests {
    @Test func oneReadableRowPerReportedEvent() throws {
        try withSampleStore { (store: Store) throws in
            let result = try store.run(sql: "select * from event_timeline order by event_id")
            #expect(result.columns.starts(with: ["date", "date_precision", "end_date", "type", "title", "text", "actors", "source_url"]))
            #expect(result.columns.contains("event_id"))
            #expect(column(result, "event_id") == ["1", "2", "3", "4", "5", "6", "8"])  // 7 is hypothetical
            let titles = column(result, "title")
            #expect(titles[0] == "Nawaf Fares, Syria's ambassador to Iraq, defects")
            #expect(titles[1] == "Russia vetoes a draft resolution on Syria")
            #expect(titles[3] == "United Nations Security Council fails to adopt the text")
            #expect(titles[4] == "United Nations Security Council adopts resolution 2043")
            #expect(titles[6] == "Karim Haddad, Syria's deputy minister, defects (claimed)")
            #expect(column(result, "text")[0] == "Nawaf Fares, Syria's ambassador to Iraq, defected on Wednesday.")
            #expect(column(result, "actors")[0] == "Nawaf Fares; Syria")
            #expect(column(result, "source_url")[0] == "https://example.org/2012/07/envoy-leaves")
            // A month is a span; a day and a `before` date have no end.
            #expect(column(result, "end_date") == ["", "", "", "", "", "", "2012-03-31"])
        }
    }
}
