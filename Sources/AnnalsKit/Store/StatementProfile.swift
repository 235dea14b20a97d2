import Foundation
import Synchronization

/// Time spent in `sqlite3_step` per SQL text, collected only when the environment variable
/// `ANNALS_SQL_PROFILE` is set, and printed to standard error when the process exits.
///
/// ```sh
/// ANNALS_SQL_PROFILE=1 annals ingest articles.jsonl
/// ```
/// prints the statements that took the most time, with their call counts.
enum StatementProfile {
    /// Per-statement timing (`ANNALS_SQL_PROFILE` set to anything but `writes`).
    static let isEnabled: Bool = {
        guard let value = ProcessInfo.processInfo.environment["ANNALS_SQL_PROFILE"], value != "writes" else { return false }
        atexit { StatementProfile.report() }
        return true
    }()

    /// Time in `Store.write` only (`ANNALS_SQL_PROFILE=writes`, or with per-statement timing).
    static let timesWrites: Bool = {
        guard ProcessInfo.processInfo.environment["ANNALS_SQL_PROFILE"] != nil else { return false }
        if !isEnabled { atexit { StatementProfile.report() } }
        return true
    }()

    private static let totals = Mutex<[String: (calls: Int, nanoseconds: UInt64)]>([:])
    private static let writes = Mutex<(calls: Int, nanoseconds: UInt64)>((0, 0))

    /// CPU time of the calling thread (user and system), unaffected by other processes.
    static func threadCPUNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// CPU time spent in `Store.write` for a batch (Swift and SQLite together).
    static func recordWrite(nanoseconds: UInt64) {
        writes.withLock { $0 = ($0.calls + 1, $0.nanoseconds + nanoseconds) }
    }

    static func record(_ sql: String, nanoseconds: UInt64) {
        totals.withLock { totals in
            let old = totals[sql] ?? (0, 0)
            totals[sql] = (old.calls + 1, old.nanoseconds + nanoseconds)
        }
    }

    /// The per-statement totals so far, cleared (to profile one phase of a run).
    static func take() -> [String: (calls: Int, nanoseconds: UInt64)] {
        totals.withLock { totals in
            defer { totals = [:] }
            return totals
        }
    }

    static func report() {
        let rows = totals.withLock { $0 }.sorted { $0.value.nanoseconds > $1.value.nanoseconds }
        let all = rows.reduce(0) { $0 + $1.value.nanoseconds }
        let written = writes.withLock { $0 }
        let steps = rows.reduce(0) { $0 + $1.value.calls }
        var text = String(format: "sql profile: %.3f s CPU in Store.write (%d batches), %.3f s of it in sqlite3_step (%d steps of %d statements)\n",
                          Double(written.nanoseconds) / 1e9, written.calls, Double(all) / 1e9, steps, rows.count)
        // (`ANNALS_SQL_PROFILE=all`: every statement, not the 25 that took longest.)
        let shown = ProcessInfo.processInfo.environment["ANNALS_SQL_PROFILE"] == "all" ? rows.count : 25
        for (sql, value) in rows.prefix(shown) {
            let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            text += String(format: "%9.3f s %9d calls  ", Double(value.nanoseconds) / 1e9, value.calls) + String(flat.prefix(160)) + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
