import Foundation
import AnnalsKit

/// Runs the built `annals` binary in a temporary folder of its own (robustness tests).
final class CLIWorkspace {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/annals").path
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary) }
    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Output { var status: Int32; var reason: Process.TerminationReason; var stdout: String; var stderr: String }

    let path: String
    var db: String { path + "/kb.sqlite" }

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("annals-robust-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let full = path + "/" + name
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }

    /// Starts `annals ARGS` in this folder; output goes to files read by `finish`.
    func start(_ arguments: [String], executable: String = CLIWorkspace.binary) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        let id = UUID().uuidString
        FileManager.default.createFile(atPath: path + "/.out-\(id)", contents: nil)
        FileManager.default.createFile(atPath: path + "/.err-\(id)", contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: path + "/.out-\(id)")
        process.standardError = FileHandle(forWritingAtPath: path + "/.err-\(id)")
        process.standardInput = FileHandle.nullDevice
        process.environment = ["PATH": "/usr/bin:/bin", "ANNALS_DB": db]
        outputs[ObjectIdentifier(process)] = id
        try process.run()
        return process
    }

    private var outputs: [ObjectIdentifier: String] = [:]

    func finish(_ process: Process) -> Output {
        process.waitUntilExit()
        let id = outputs[ObjectIdentifier(process)] ?? ""
        func read(_ p: String) -> String {
            let s = (try? Data(contentsOf: URL(fileURLWithPath: p))).map { String(decoding: $0, as: UTF8.self) } ?? ""
            try? FileManager.default.removeItem(atPath: p)
            return s
        }
        return Output(status: process.terminationStatus, reason: process.terminationReason,
                      stdout: read(path + "/.out-\(id)"), stderr: read(path + "/.err-\(id)"))
    }

    /// Runs `annals ARGS` to the end.
    func run(_ arguments: [String], executable: String = CLIWorkspace.binary) throws -> Output {
        finish(try start(arguments, executable: executable))
    }

    /// One value from the knowledge base, read through a read-only connection.
    func scalar(_ sql: String, db: String? = nil) throws -> Int {
        let database = try Database(path: db ?? self.db, mode: .readOnly)
        return try database.scalar(Int.self, sql) ?? -1
    }

    /// The rows of a query, read through a read-only connection, as text.
    func strings(_ sql: String, db: String? = nil) throws -> [String] {
        let database = try Database(path: db ?? self.db, mode: .readOnly)
        return try database.query(sql).map { row in (0..<row.count).map { row[$0].description }.joined(separator: "|") }
    }

    /// The bytes of a file and what its write-ahead log holds, for "nothing changed" checks.
    /// (A reader of a WAL database may leave an empty `-wal` and a `-shm` index behind:
    /// SQLite's own bookkeeping, holding no data.)
    func snapshot(_ file: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for p in [file, file + "-wal", file + "-journal"] {
            if let d = FileManager.default.contents(atPath: p), !d.isEmpty { out[p] = d }
        }
        return out
    }
}

extension Process {
    /// A crash shows up as a signal; a refusal as a plain non-zero exit.
    var exitedNormally: Bool { terminationReason == .exit }
}
