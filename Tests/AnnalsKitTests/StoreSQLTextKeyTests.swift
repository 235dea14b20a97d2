import Testing
@testable import AnnalsKit

/// `SQLTextKey` is equal exactly when SQLite's `=` on the bound texts is.
@Suite struct StoreSQLTextKeyTests {
    @Test func comparesAsSQLiteDoes() throws {
        let db = try Database(path: ":memory:")
        let texts = ["country:SYR", "country:SYR\u{0}tail", "country:syr", "caf\u{E9}", "cafe\u{301}", "", "\u{0}", "person:~assad"]
        for a in texts {
            for b in texts {
                let sqlite = try db.scalar(Int.self, "SELECT ? = ?", a, b) == 1
                #expect((SQLTextKey(a) == SQLTextKey(b)) == sqlite, "\(Array(a.utf8)) \(Array(b.utf8))")
            }
        }
    }
}
