import Testing
import Foundation
import AnnalsKit

/// End to end: the built `annals` binary on a database holding Tests/Fixtures/ask-sample.sql.
@Suite("annals ask, query, timeline (binary)")
struct QueryCommandsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/annals")
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A temporary folder with `kb.sqlite` holding the sample.
    static func withSample(_ body: (URL, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("kb.sqlite").path
        do {
            let store = try Store(path: db)
            try store.database.executeScript(try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/ask-sample.sql"), encoding: .utf8))
        }
        try body(folder, db)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: QueryCommandsTests.binary.path)))
    func askAnswersAndRefuses() throws {
        try Self.withSample { _, db in
            let a = Self.binary.path
            let defectors = try Self.run(a, ["ask", "who defected and when", "--format", "json", "--db", db])
            #expect(defectors.status == 0)
            let array = try #require(try JSONSerialization.jsonObject(with: Data(defectors.stdout.utf8)) as? [[String: Any]])
            #expect(array.count == 2)
            for key in ["actor", "role", "date", "date_precision", "status", "sources"] { #expect(array.first?.keys.contains(key) == true, "\(key)") }

            let sql = try Self.run(a, ["ask", "--sql", "who vetoed and when", "--db", db])
            #expect(sql.status == 0)
            #expect(sql.stdout.contains("FROM event_timeline t"))
            #expect(sql.stdout.contains("-- :since = NULL"))
            #expect(sql.stdout.contains("Russia"))

            let unknown = try Self.run(a, ["ask", "what is the weather like in Damascus", "--db", db])
            #expect(unknown.status != 0)
            #expect(unknown.stderr.contains("I don't know how to answer"))
            #expect(unknown.stderr.contains("Closest questions I understand:\n  what did Russia do in July 2012"))
            #expect(unknown.stdout.isEmpty)

            let saved = try Self.run(a, ["ask", "what did Russia do in July 2012", "--save", "russia-july", "--db", db])
            #expect(saved.status == 0)
            let rerun = try Self.run(a, ["query", "run", "russia-july", "--format", "csv", "--db", db])
            #expect(rerun.stdout.contains("Russia vetoes a draft resolution on Syria"))
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: QueryCommandsTests.binary.path)))
    func savedQueryTimelines() throws {
        try Self.withSample { folder, db in
            let a = Self.binary.path
            let save = try Self.run(a, ["query", "save", "by-type", "select * from event_timeline where type = :type", "--db", db])
            #expect(save.status == 0)
            #expect(try Self.run(a, ["query", "list", "--db", db]).stdout.contains("by-type"))
            #expect(try Self.run(a, ["query", "show", "by-type", "--db", db]).stdout.contains(":type"))

            let js = try Self.run(a, ["timeline", "by-type", "--param", "type=veto", "--format", "timelinejs", "--db", db])
            #expect(js.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(js.stdout.utf8)) as? [String: Any])
            let events = try #require(object["events"] as? [[String: Any]])
            #expect(events.count == 2)
            #expect(events.allSatisfy { ($0["start_date"] as? [String: Any])?["year"] as? Int == 2012 })

            let missing = try Self.run(a, ["timeline", "by-type", "--db", db])
            #expect(missing.status != 0)
            #expect(missing.stderr.contains("--param type="))

            let html = folder.appendingPathComponent("t.html").path
            let written = try Self.run(a, ["timeline", "by-type", "--param", "type=veto", "--format", "html", "-o", html, "--db", db])
            #expect(written.status == 0)
            let page = try String(contentsOfFile: html, encoding: .utf8)
            #expect(page.components(separatedBy: "class=\"ev\"").count - 1 == 2)

            #expect(try Self.run(a, ["query", "delete", "by-type", "--db", db]).status == 0)
            #expect(try Self.run(a, ["query", "run", "by-type", "--db", db]).status != 0)
        }
    }

    /// The HTML loads in headless Chromium and its script runs without error.
    @Test(.enabled(if: QueryCommandsTests.chromium != nil && FileManager.default.isExecutableFile(atPath: QueryCommandsTests.binary.path)))
    func htmlLoadsInChromium() throws {
        try Self.withSample { folder, db in
            let html = folder.appendingPathComponent("all.html").path
            #expect(try Self.run(Self.binary.path, ["timeline", "defections", "--format", "html", "-o", html, "--db", db]).status == 0)
            let profile = folder.appendingPathComponent("chromium-profile").path
            let result = try Self.run(Self.chromium ?? "", ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)",
                                                             "--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + html])
            #expect(result.stdout.contains("data-ready=\"2\""), "the page's script did not finish")
            #expect(!result.stderr.contains("Uncaught"), "\(result.stderr)")
            #expect(result.stdout.contains("Nawaf Fares, Syria's ambassador to Iraq, defects"))
        }
    }
}
