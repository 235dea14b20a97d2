import Foundation
import Testing
@testable import AnnalsKit

/// The story that started Annals (dev article 001), read from ../shared when it is there:
/// the done-when of the foundation issue, checked through the library.
@Suite("seed story")
struct SeedStoryTests {
    static let file = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/dev/articles/001-voa-us-defections-weakening-syrian-government.txt")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: SeedStoryTests.file.path)))
    func seedStoryEndToEnd() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            let summary = try IngestPipeline(store: store).run(paths: [Self.file.path])
            #expect(summary.ingested == 1)
            #expect(try store.database.scalar(String.self, "SELECT published FROM article") == "2012-07-12")
            let names = Set(try store.database.query("SELECT name FROM actor").compactMap { $0["name", as: String.self] })
            for expected in ["Hillary Rodham Clinton", "Bashar al-Assad", "Nawaf Fares", "Kofi Annan", "Yang Jiechi",
                             "United States", "Syria", "Iraq", "Russia", "China", "U.N. Security Council", "Arab League"] {
                #expect(names.contains(expected), "missing actor \(expected)")
            }
            for furniture in ["Accessibility", "Breaking News", "Thursday", "PHNOM PENH"] {
                #expect(!names.contains(furniture))
            }
            let defectors = try store.defectors()
            #expect(defectors.map(\.actor) == ["Nawaf Fares"])
            #expect(defectors.first?.role == "Syria's ambassador to Iraq")
            #expect(defectors.first.flatMap { $0.date.flatMap(CalendarDay.init(iso:)) }.map { $0 <= CalendarDay(2012, 7, 12) } == true)
            let vetoers = Set(try store.events(EventQuery(type: "veto")).flatMap(\.participants).filter { $0.part == "agent" }.map(\.name))
            #expect(vetoers == ["Russia", "China"])
            let appeals = try store.events(EventQuery(type: "appeal", actor: "Nawaf Fares"))
            #expect(!appeals.isEmpty)
            // Re-ingest adds nothing.
            let again = try IngestPipeline(store: store).run(paths: [Self.file.path])
            #expect(again.ingested == 0 && again.duplicates == 1)
        }
    }
}
